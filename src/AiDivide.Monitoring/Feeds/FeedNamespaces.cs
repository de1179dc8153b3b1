namespace AiDivide.Monitoring.Feeds;

/// <summary>Namespaces feeds use, and the URI each customary prefix stands for when a feed forgets to declare it.</summary>
internal static class FeedNamespaces
{
    public const string Atom = "http://www.w3.org/2005/Atom";
    public const string Atom03 = "http://purl.org/atom/ns#";
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";
    public const string DcTerms = "http://purl.org/dc/terms/";
    public const string Content = "http://purl.org/rss/1.0/modules/content/";
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Rss10 = "http://purl.org/rss/1.0/";
    public const string Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public const string Feedburner = "http://rssnamespace.org/feedburner/ext/1.0";
    public const string Xml = "http://www.w3.org/XML/1998/namespace";

    /// <summary>Prefixes as feeds in the wild use them; an undeclared one outside this list gets a private URN.</summary>
    public static readonly IReadOnlyDictionary<string, string> CustomaryPrefixes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["atom"] = Atom,
        ["dc"] = DublinCore,
        ["dcterms"] = DcTerms,
        ["content"] = Content,
        ["rdf"] = Rdf,
        ["rss"] = Rss10,
        ["feedburner"] = Feedburner,
        ["media"] = "http://search.yahoo.com/mrss/",
        ["itunes"] = "http://www.itunes.com/dtds/podcast-1.0.dtd",
        ["googleplay"] = "http://www.google.com/schemas/play-podcasts/1.0",
        ["podcast"] = "https://podcastindex.org/namespace/1.0",
        ["slash"] = "http://purl.org/rss/1.0/modules/slash/",
        ["wfw"] = "http://wellformedweb.org/CommentAPI/",
        ["sy"] = "http://purl.org/rss/1.0/modules/syndication/",
        ["georss"] = "http://www.georss.org/georss",
        ["geo"] = "http://www.w3.org/2003/01/geo/wgs84_pos#",
        ["thr"] = "http://purl.org/syndication/thread/1.0",
        ["xhtml"] = "http://www.w3.org/1999/xhtml",
        ["opensearch"] = "http://a9.com/-/spec/opensearch/1.1/",
        ["admin"] = "http://webns.net/mvcb/",
        ["cc"] = "http://web.resource.org/cc/",
        ["creativeCommons"] = "http://backend.userland.com/creativeCommonsRssModule",
    };

    public static string ForUndeclaredPrefix(string prefix) =>
        CustomaryPrefixes.TryGetValue(prefix, out var uri) ? uri : "urn:x-undeclared-prefix:" + prefix;

    public static bool IsAtom(string ns) => ns is Atom or Atom03 || ns.Length == 0;
}
