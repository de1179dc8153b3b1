using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace AiDivide.Monitoring.Extraction;

/// <summary>What a block's class and id names say about it: story, widget, or nothing.</summary>
/// <remarks>
/// The vocabularies are the ones publishers' templates share across sites (Readability's, widened with the
/// widgets trafilatura drops); they are general signals, never a site's own class names.
/// </remarks>
internal static partial class ClassSemantics
{
    /// <summary>Names that say "this is not the story": chrome, widgets, asides.</summary>
    [GeneratedRegex(
        @"-ad-|\bads?\b|adverti|banner|breadcrumb|combx|comment|community|consent|cookie|disqus|extra|footer|gdpr|header|legends|menu|" +
        @"related|remark|replies|rss|shoutbox|sidebar|skyscraper|social-?(?:share|links|icons|buttons|bar|follow|media-links)|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|" +
        @"modal|newsletter|signup|subscribe|share|sharing|outbrain|taboola|recirc|trending|most-popular|promo|navbar|\bnav\b|toolbar|" +
        @"author-bio|byline|dateline|timestamp|caption|credit|tags\b|\btag-list|read-more|more-stories|recommend|paywall|donate|print-only|copyright|rollover|tooltip|popover|hovercard",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unlikely();

    /// <summary>Names a story container often carries next to an unlikely one ("main-content-sidebar-layout").</summary>
    [GeneratedRegex(@"and|article|body|column|content|main|shadow|story|entry|post-text", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaybeStory();

    [GeneratedRegex(
        @"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-text",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(
        @"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|meta|outbrain|" +
        @"promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|caption|credit|byline|newsletter|recirc",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    /// <summary>The verdicts on one set of names, worked out once per page: templates repeat the same classes hundreds of times.</summary>
    public readonly record struct Verdict(bool IsUnlikely, bool MayBeStory, int Weight);

    public static Verdict Judge(string names) =>
        names.Length == 0 ? default : new Verdict(IsUnlikely(names), MayBeStory(names), Weight(names));

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
    public static bool IsUnlikely(string names) => names.Length > 0 && Unlikely().IsMatch(names);

    /// <summary>True when the names could also mark a story container, so the block's text must decide.</summary>
    public static bool MayBeStory(string names) => MaybeStory().IsMatch(names);

    /// <summary>Readability's class weight: +25 for story-like names, -25 for widget-like ones.</summary>
    public static int Weight(string names)
    {
        if (names.Length == 0)
        {
            return 0;
        }

        var weight = 0;
        if (Negative().IsMatch(names))
        {
            weight -= 25;
        }

        if (Positive().IsMatch(names))
        {
            weight += 25;
        }

        return weight;
    }
}
