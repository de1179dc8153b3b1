namespace AiDivide.Monitoring.Feeds;

/// <summary>Finds where a feed's root element starts in text that may carry junk before it.</summary>
internal static class FeedRoot
{
    private static readonly string[] RootNames = ["rss", "feed", "rdf:RDF", "RDF", "channel"];

    /// <summary>Index of the first <c>&lt;rss</c>, <c>&lt;feed</c>, <c>&lt;rdf:RDF</c> or <c>&lt;channel</c> (any prefix), or -1.</summary>
    public static int FindStart(string text)
    {
        var at = text.IndexOf('<', StringComparison.Ordinal);
        while (at >= 0 && at < text.Length - 1)
        {
            if (XmlNames.IsNameStart(text[at + 1]) && IsRootName(text, at + 1))
            {
                return at;
            }

            at = text.IndexOf('<', at + 1);
        }

        return -1;
    }

    private static bool IsRootName(string text, int start)
    {
        var name = text.AsSpan(start, XmlNames.NameLength(text, start));
        var colon = name.IndexOf(':');
        var local = colon >= 0 ? name[(colon + 1)..] : name;
        foreach (var root in RootNames)
        {
            if (local.Equals(root.AsSpan(root.IndexOf(':') + 1), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the span holds text or tags, not just whitespace, declarations, comments and a DOCTYPE.</summary>
    public static bool HasJunk(ReadOnlySpan<char> span)
    {
        var depth = 0;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c == '<')
            {
                if (i + 1 < span.Length && span[i + 1] is not ('!' or '?'))
                {
                    return true;
                }

                depth++;
            }
            else if (c == '>')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && !char.IsWhiteSpace(c) && c is not ('[' or ']' or '\uFEFF'))
            {
                return true;
            }
        }

        return false;
    }
}
