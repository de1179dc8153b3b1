using System.Buffers;

namespace AiDivide.Monitoring.Extraction;

/// <summary>
/// Cuts scripts, styles, comments, inline SVG, other never-text elements and unread <c>link</c> tags out of the HTML
/// before it is parsed; JSON-LD scripts stay.
/// </summary>
/// <remarks>
/// None of these ever hold article text, and on news pages they are often more than half the bytes: the parser
/// tokenizes them character by character and builds nodes for them, so skipping them with a vectorised search
/// roughly halves the cost of parsing. The pruned text goes into a pooled buffer the parser reads in place, so a
/// page costs no second string (on large pages that would be a large-object-heap allocation).
/// </remarks>
internal static class MarkupPruner
{
    // Elements whose content is never article text; the extractor would rule every one of them out after parsing.
    private static readonly string[] SkippedTags =
        ["script", "style", "svg", "noscript", "iframe", "template", "select", "textarea", "button", "video", "audio", "canvas", "object"];

    private static readonly string[] ClosingTags = [.. SkippedTags.Select(tag => "</" + tag)];

    private static readonly string[] BlockSized = ["script", "style", "svg", "noscript", "template"];

    // The first letters of the tags above, of "link" and of a comment: any other tag is passed over at once.
    private static readonly SearchValues<char> FirstChars = SearchValues.Create("!sSnNiItTbBvVaAcCoOlL");

    // A <link> is read only for rel=canonical, rel=author or microdata; the dozens of stylesheet, preload and icon
    // links a template carries would each make the parser resolve a URL.
    private static readonly string[] ReadLinkMarks = ["canonical", "author", "itemprop"];

    public static PrunedMarkup Prune(string html)
    {
        var buffer = ArrayPool<char>.Shared.Rent(html.Length);
        var length = 0;
        var copied = 0;
        var at = html.IndexOf('<', StringComparison.Ordinal);
        while (at >= 0 && at < html.Length - 4)
        {
            var end = SkippableEnd(html, at);
            if (end > at)
            {
                html.AsSpan(copied, at - copied).CopyTo(buffer.AsSpan(length));
                length += at - copied;
                copied = at = end;
            }
            else
            {
                at++;
            }

            at = at < html.Length ? html.IndexOf('<', at) : -1;
        }

        if (copied == 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
            return new PrunedMarkup(null, html.AsMemory());
        }

        html.AsSpan(copied).CopyTo(buffer.AsSpan(length));
        return new PrunedMarkup(buffer, buffer.AsMemory(0, length + html.Length - copied));
    }

    /// <summary>Where the skippable element or comment starting at <paramref name="at"/> ends, or -1 if it is not one.</summary>
    private static int SkippableEnd(string html, int at)
    {
        var rest = html.AsSpan(at + 1);
        if (!FirstChars.Contains(rest[0]))
        {
            return -1;
        }

        if (rest.StartsWith("!--"))
        {
            var close = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
            return close < 0 ? -1 : close + 3;
        }

        if (IsTag(rest, "link"))
        {
            return UnreadLinkEnd(html, at);
        }

        for (var i = 0; i < SkippedTags.Length; i++)
        {
            if (IsTag(rest, SkippedTags[i]))
            {
                return ElementEnd(html, at, i);
            }
        }

        return -1;
    }

    private static bool IsTag(ReadOnlySpan<char> rest, string tag) =>
        rest.StartsWith(tag, StringComparison.OrdinalIgnoreCase) && rest.Length > tag.Length && !char.IsAsciiLetterOrDigit(rest[tag.Length]);

    private static int UnreadLinkEnd(string html, int at)
    {
        var end = html.IndexOf('>', at);
        if (end < 0)
        {
            return -1;
        }

        var tag = html.AsSpan(at, end - at);
        foreach (var mark in ReadLinkMarks)
        {
            if (tag.Contains(mark, StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }
        }

        return end + 1;
    }

    private static int ElementEnd(string html, int at, int tagIndex)
    {
        var tag = SkippedTags[tagIndex];
        var openEnd = html.IndexOf('>', at);
        if (openEnd < 0 || (tag == "script" && html.AsSpan(at, openEnd - at).Contains("ld+json", StringComparison.OrdinalIgnoreCase)))
        {
            return -1;
        }

        var close = html.IndexOf(ClosingTags[tagIndex], openEnd, StringComparison.OrdinalIgnoreCase);
        // Controls and media are small; a far-away closing tag means this one was left open, and cutting would lose the page.
        if (close < 0 || (Array.IndexOf(BlockSized, tag) < 0 && close - openEnd > 20_000))
        {
            return -1;
        }

        var closeEnd = html.IndexOf('>', close);
        return closeEnd < 0 ? -1 : closeEnd + 1;
    }
}
