namespace AiDivide.Monitoring.Feeds;

/// <summary>A linear scan that refuses documents too large or too deeply nested to be a feed, before any parser sees them.</summary>
/// <remarks>
/// A 700 KB feed nested 100 000 deep keeps FeedReader busy for tens of seconds; this scan says no
/// in about a millisecond. Nesting is counted the way the repair pass builds its tree: a closing
/// tag closes back to its opening tag, stray closing tags and HTML void elements do not count, and
/// comments, CDATA and declarations are skipped, so sloppy but real feeds are not refused.
/// </remarks>
internal static class FeedPreScan
{
    /// <summary>Real feeds, XHTML content included, stay well under this.</summary>
    public const int MaxDepth = 256;

    /// <summary>Characters; above the fetcher's default cap with room for decoding.</summary>
    public const int MaxLength = 32 * 1024 * 1024;

    /// <summary>Why the text is refused, or null when it may be parsed.</summary>
    /// <param name="isWellNested">
    /// False when tags do not nest as XML requires, so a strict parse would fail anyway. It must not be
    /// tried: an XML parser sees an item left open as the parent of the next, and 30 000 unclosed
    /// items become 30 000 levels its namespace lookups walk through for every element.
    /// </param>
    public static string? FindHostileShape(string text, out bool isWellNested)
    {
        isWellNested = true;
        if (text.Length > MaxLength)
        {
            return $"refused: the document has {text.Length} characters, more than {MaxLength}";
        }

        var stack = new int[MaxDepth + 1];
        var depth = 0;
        var at = text.IndexOf('<', StringComparison.Ordinal);
        while (at >= 0 && at < text.Length - 1)
        {
            var next = text[at + 1];
            int end;
            if (next is '!' or '?')
            {
                end = SkipDeclaration(text, at);
            }
            else if (next == '/')
            {
                end = TagEnd(text, at);
                var closed = Close(stack, depth, NameHash(text, at + 2));
                isWellNested &= closed == depth - 1;
                depth = closed;
            }
            else if (XmlNames.IsNameStart(next))
            {
                end = TagEnd(text, at);
                var name = text.AsSpan(at + 1, XmlNames.NameLength(text, at + 1));
                var isSelfClosed = text[end - 1] == '/';
                isWellNested &= isSelfClosed || !XmlNames.IsHtmlVoid(name);
                if (!isSelfClosed && !XmlNames.IsHtmlVoid(name))
                {
                    var hash = NameHash(text, at + 1);
                    var open = depth;
                    depth = XmlNames.IsItem(name) ? Close(stack, depth, hash) : depth;
                    isWellNested &= depth == open;
                    stack[depth++] = hash;
                    if (depth > MaxDepth)
                    {
                        return $"refused: elements nested more than {MaxDepth} deep (at character {at})";
                    }
                }
            }
            else
            {
                end = at + 1;
            }

            at = end >= text.Length ? -1 : text.IndexOf('<', end);
        }

        isWellNested &= depth == 0;
        return null;
    }

    private static int Close(int[] stack, int depth, int hash)
    {
        for (var i = depth - 1; i >= 0; i--)
        {
            if (stack[i] == hash)
            {
                return i;
            }
        }

        return depth;
    }

    private static int NameHash(string text, int start) => string.GetHashCode(text.AsSpan(start, XmlNames.NameLength(text, start)));

    /// <summary>Index just past the '>' that ends the tag at <paramref name="start"/>, skipping quoted attribute values.</summary>
    internal static int TagEnd(string text, int start)
    {
        char quote = '\0';
        for (var i = start + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
            else if (c == '<')
            {
                // An unclosed tag: the next tag starts here.
                return i;
            }
        }

        return text.Length;
    }

    private static int SkipDeclaration(string text, int start)
    {
        var (terminator, from) = text.AsSpan(start).StartsWith("<!--") ? ("-->", start + 4)
            : text.AsSpan(start).StartsWith("<![CDATA[") ? ("]]>", start + 9)
            : text[start + 1] == '?' ? ("?>", start + 2)
            : (">", start + 2);
        var end = text.IndexOf(terminator, from, StringComparison.Ordinal);
        return end < 0 ? text.Length : end + terminator.Length;
    }
}
