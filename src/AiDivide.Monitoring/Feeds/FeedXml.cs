using System.Xml;
using System.Xml.Linq;

namespace AiDivide.Monitoring.Feeds;

/// <summary>Loads feed text as XML with DTDs ignored and nothing resolved: no entity expansion, no external fetches.</summary>
internal static class FeedXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = true,
    };

    /// <summary>The document, or the parser's complaint when the text is not well-formed.</summary>
    public static XDocument? TryLoad(string text, out string? error)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            error = null;
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException ex)
        {
            error = $"line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message}";
            return null;
        }
    }

    /// <summary>The text without the BOM, leading whitespace and XML declaration, which a string needs none of.</summary>
    public static string WithoutDeclaration(string text)
    {
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF'))
        {
            start++;
        }

        if (text.AsSpan(start).StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && start + 5 < text.Length && char.IsWhiteSpace(text[start + 5]))
        {
            var end = text.IndexOf("?>", start, StringComparison.Ordinal);
            start = end < 0 ? start : end + 2;
        }

        return start == 0 ? text : text[start..];
    }
}
