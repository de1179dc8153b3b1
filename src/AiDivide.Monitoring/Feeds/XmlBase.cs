using System.Xml.Linq;

namespace AiDivide.Monitoring.Feeds;

/// <summary>Resolves relative links the way XML Base says: each xml:base from the root down, then the feed URL beneath them.</summary>
internal static class XmlBase
{
    private static readonly XName BaseAttribute = XName.Get("base", FeedNamespaces.Xml);

    public static Uri For(XElement element, Uri feedUrl)
    {
        var baseUri = feedUrl;
        foreach (var ancestor in element.AncestorsAndSelf().Reverse())
        {
            if (ancestor.Attribute(BaseAttribute)?.Value.Trim() is { Length: > 0 } value && Uri.TryCreate(baseUri, value, out var resolved))
            {
                baseUri = resolved;
            }
        }

        return baseUri;
    }

    /// <summary>An absolute http(s) URL, or null for anything else (mailto:, javascript:, garbage).</summary>
    public static Uri? Resolve(string? link, XElement context, Uri feedUrl)
    {
        if (string.IsNullOrWhiteSpace(link) || !Uri.TryCreate(For(context, feedUrl), link.Trim(), out var resolved))
        {
            return null;
        }

        return resolved.Scheme == Uri.UriSchemeHttp || resolved.Scheme == Uri.UriSchemeHttps ? resolved : null;
    }
}
