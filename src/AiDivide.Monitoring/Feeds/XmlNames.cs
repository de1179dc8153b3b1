namespace AiDivide.Monitoring.Feeds;

/// <summary>Lexical rules for XML names, shared by the pre-scan and the repair pass.</summary>
internal static class XmlNames
{
    private static readonly HashSet<string> HtmlVoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "hr", "img", "input", "meta", "wbr", "area", "col", "embed", "param", "track", "basefont", "frame", "keygen",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HtmlVoidLookup = HtmlVoidElements.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsNameStart(char c) => char.IsLetter(c) || c is '_' or ':';

    public static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or ':' or '-' or '.' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    public static int NameLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsNameChar(text[end]))
        {
            end++;
        }

        return end - start;
    }

    /// <summary>HTML elements that never have content; feeds carry them unescaped in descriptions (<c>&lt;br&gt;</c>).</summary>
    public static bool IsHtmlVoid(ReadOnlySpan<char> name) => HtmlVoidLookup.Contains(name);

    /// <summary>Items and entries never nest: a new one closes the one left open (as HTML closes a &lt;p&gt;).</summary>
    public static bool IsItem(ReadOnlySpan<char> name) => name is "item" or "entry";

    /// <summary>Characters XML 1.0 allows in a document.</summary>
    public static bool IsXmlChar(int c) =>
        c is 0x9 or 0xA or 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}
