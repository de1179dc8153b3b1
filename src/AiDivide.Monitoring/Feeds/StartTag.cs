namespace AiDivide.Monitoring.Feeds;

/// <summary>A start tag as written, read leniently: unquoted and valueless attributes, duplicates, a missing '>'.</summary>
internal sealed class StartTag
{
    private StartTag(string name, List<KeyValuePair<string, string>> attributes, bool isSelfClosing, int end, bool isTruncated)
    {
        Name = name;
        Attributes = attributes;
        IsSelfClosing = isSelfClosing;
        End = end;
        IsTruncated = isTruncated;
    }

    public string Name { get; }

    public List<KeyValuePair<string, string>> Attributes { get; }

    public bool IsSelfClosing { get; }

    /// <summary>Index just past the tag.</summary>
    public int End { get; }

    /// <summary>The document ended before the tag did.</summary>
    public bool IsTruncated { get; }

    public static StartTag Read(string text, int at, RepairLog log)
    {
        var i = at + 1;
        var name = text.Substring(i, XmlNames.NameLength(text, i));
        i += name.Length;
        var attributes = new List<KeyValuePair<string, string>>();
        while (true)
        {
            i = SkipSpace(text, i);
            if (i >= text.Length)
            {
                return new StartTag(name, attributes, false, text.Length, true);
            }

            var c = text[i];
            if (c == '>')
            {
                return new StartTag(name, attributes, false, i + 1, false);
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '>')
            {
                return new StartTag(name, attributes, true, i + 2, false);
            }

            if (c == '<')
            {
                // The tag never closed; the next one starts here.
                log.Add(FeedRepairKinds.MismatchedTag, "closed a start tag missing its '>'", $"<{name}>");
                return new StartTag(name, attributes, false, i, false);
            }

            i = ReadAttribute(text, i, attributes, log);
        }
    }

    private static int ReadAttribute(string text, int i, List<KeyValuePair<string, string>> attributes, RepairLog log)
    {
        var nameLength = XmlNames.NameLength(text, i);
        if (nameLength == 0 || !XmlNames.IsNameStart(text[i]))
        {
            log.Add(FeedRepairKinds.Attribute, "dropped stray characters inside tags", text[i].ToString());
            return i + 1;
        }

        var name = text.Substring(i, nameLength);
        i = SkipSpace(text, i + nameLength);
        string value;
        if (i < text.Length && text[i] == '=')
        {
            (value, i) = ReadValue(text, SkipSpace(text, i + 1), log);
        }
        else
        {
            log.Add(FeedRepairKinds.Attribute, "gave attributes without a value their own name as value", name);
            value = name;
        }

        if (attributes.Exists(a => a.Key == name) || name.Count(ch => ch == ':') > 1 || name.EndsWith(':'))
        {
            log.Add(FeedRepairKinds.Attribute, "dropped duplicate or malformed attributes", name);
        }
        else
        {
            attributes.Add(new(name, value));
        }

        return i;
    }

    private static (string Value, int End) ReadValue(string text, int i, RepairLog log)
    {
        if (i < text.Length && text[i] is '"' or '\'')
        {
            var close = text.IndexOf(text[i], i + 1);
            var stop = text.IndexOf('>', i + 1);
            if (close >= 0 && (stop < 0 || close < stop || !text.AsSpan(i + 1, close - i - 1).Contains('\n')))
            {
                return (text.Substring(i + 1, close - i - 1), close + 1);
            }

            log.Add(FeedRepairKinds.Attribute, "closed an attribute value missing its closing quote");
            var end = stop < 0 ? text.Length : stop;
            return (text.Substring(i + 1, end - i - 1), end);
        }

        log.Add(FeedRepairKinds.Attribute, "quoted unquoted attribute values");
        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '>' && !(text[i] == '/' && i + 1 < text.Length && text[i + 1] == '>'))
        {
            i++;
        }

        return (text[start..i], i);
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
