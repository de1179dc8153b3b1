using AngleSharp.Dom;
using static AiDivide.Monitoring.Extraction.VocabularyIndex.Edge;

namespace AiDivide.Monitoring.Extraction;

/// <summary>What a block's class and id names say about it: story, widget, or nothing.</summary>
/// <remarks>
/// The vocabularies are the ones publishers' templates share across sites (Readability's, widened with the
/// widgets trafilatura drops); they are general signals, never a site's own class names. Fragments match anywhere
/// in the names, case-insensitively, unless they say otherwise ("ad" only as a word of its own).
/// </remarks>
internal static class ClassSemantics
{
    private const int Unlikely = 1;
    private const int MaybeStory = 2;
    private const int Positive = 4;
    private const int Negative = 8;

    private static readonly VocabularyIndex Vocabularies = Build();

    /// <summary>The verdicts on one set of names, worked out once per page: templates repeat the same classes hundreds of times.</summary>
    public readonly record struct Verdict(bool IsUnlikely, bool MayBeStory, int Weight);

    public static Verdict Judge(string names)
    {
        if (names.Length == 0)
        {
            return default;
        }

        var found = Vocabularies.Scan(names);
        return new Verdict((found & Unlikely) != 0, (found & MaybeStory) != 0, Weight(found));
    }

    public static string Names(IElement element)
    {
        var className = element.GetAttribute("class");
        var id = element.Id;
        return (className, id) switch
        {
            (null, null) => string.Empty,
            (_, null) => className,
            (null, _) => id,
            _ => className + " " + id,
        };
    }

    /// <summary>True when the names mark a widget.</summary>
    public static bool IsUnlikely(string names) => Judge(names).IsUnlikely;

    /// <summary>True when the names could also mark a story container, so the block's text must decide.</summary>
    public static bool MayBeStory(string names) => Judge(names).MayBeStory;

    /// <summary>Readability's class weight: +25 for story-like names, -25 for widget-like ones.</summary>
    public static int Weight(string names) => Judge(names).Weight;

    private static int Weight(int found) => ((found & Negative) != 0 ? -25 : 0) + ((found & Positive) != 0 ? 25 : 0);

    private static VocabularyIndex Build()
    {
        var index = new VocabularyIndex();

        // Names that say "this is not the story": chrome, widgets, asides.
        foreach (var fragment in (ReadOnlySpan<string>)[
            "-ad-", "adverti", "banner", "breadcrumb", "combx", "comment", "community", "consent", "cookie", "disqus", "extra", "footer",
            "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "sponsor",
            "supplemental", "ad-break", "agegate", "pagination", "pager", "popup", "modal", "newsletter", "signup", "subscribe", "share",
            "sharing", "outbrain", "taboola", "recirc", "trending", "most-popular", "promo", "navbar", "toolbar", "author-bio", "byline",
            "dateline", "timestamp", "caption", "credit", "read-more", "more-stories", "recommend", "paywall", "donate", "print-only",
            "copyright", "rollover", "tooltip", "popover", "hovercard"])
        {
            index.Add(fragment, Unlikely);
        }

        foreach (var kind in (ReadOnlySpan<string>)["share", "links", "icons", "buttons", "bar", "follow", "media-links"])
        {
            index.Add("social-" + kind, Unlikely).Add("social" + kind, Unlikely);
        }

        index.Add("ad", Unlikely, WordBoundary, WordBoundary).Add("ads", Unlikely, WordBoundary, WordBoundary)
            .Add("nav", Unlikely, WordBoundary, WordBoundary).Add("tags", Unlikely, after: WordBoundary).Add("tag-list", Unlikely, WordBoundary);

        // Names a story container often carries next to an unlikely one ("main-content-sidebar-layout").
        foreach (var fragment in (ReadOnlySpan<string>)["and", "article", "body", "column", "content", "main", "shadow", "story", "entry", "post-text"])
        {
            index.Add(fragment, MaybeStory);
        }

        foreach (var fragment in (ReadOnlySpan<string>)[
            "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story", "prose", "rich-text"])
        {
            index.Add(fragment, Positive);
        }

        foreach (var fragment in (ReadOnlySpan<string>)[
            "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote", "gdpr", "masthead", "meta",
            "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool",
            "widget", "caption", "credit", "byline", "newsletter", "recirc"])
        {
            index.Add(fragment, Negative);
        }

        // "hid" as a whole name of its own.
        return index.Add("hid", Negative, NameBoundary, NameBoundary);
    }
}
