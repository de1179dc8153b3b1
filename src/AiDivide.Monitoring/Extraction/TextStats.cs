using AngleSharp.Dom;

namespace AiDivide.Monitoring.Extraction;

/// <summary>Text measures of one element and everything inside it, gathered in a single walk of the tree.</summary>
internal sealed class TextStats
{
    /// <summary>Non-whitespace characters of text.</summary>
    public int Chars { get; set; }

    /// <summary>Non-whitespace characters inside links.</summary>
    public int LinkChars { get; set; }

    /// <summary>Commas (Latin and CJK) and CJK full stops: a sign of running prose.</summary>
    public int Commas { get; set; }

    /// <summary>Characters in paragraphs of at least a sentence's length.</summary>
    public int ParagraphChars { get; set; }

    public int Paragraphs { get; set; }

    public int ListItems { get; set; }

    public int Images { get; set; }

    public int Inputs { get; set; }

    public int Rows { get; set; }

    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

    public void Add(TextStats child)
    {
        Chars += child.Chars;
        LinkChars += child.LinkChars;
        Commas += child.Commas;
        ParagraphChars += child.ParagraphChars;
        Paragraphs += child.Paragraphs;
        ListItems += child.ListItems;
        Images += child.Images;
        Inputs += child.Inputs;
        Rows += child.Rows;
    }

    /// <summary>Measures every element under <paramref name="root"/>.</summary>
    /// <remarks>Elements in <paramref name="removed"/> and everything inside them count for nothing.</remarks>
    public static Dictionary<IElement, TextStats> Measure(IElement root, IReadOnlySet<IElement> removed)
    {
        var map = new Dictionary<IElement, TextStats>(1024);
        Measure(root, false, removed, map);
        return map;
    }

    private static TextStats Measure(IElement element, bool inLink, IReadOnlySet<IElement> removed, Dictionary<IElement, TextStats> map)
    {
        var stats = new TextStats();
        var linked = inLink || element.LocalName == "a";
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IText text)
            {
                CountText(text.Data, linked, stats);
            }
            else if (node is IElement child && !removed.Contains(child))
            {
                stats.Add(Measure(child, linked, removed, map));
            }
        }

        CountElement(element, stats);
        map[element] = stats;
        return stats;
    }

    private static void CountElement(IElement element, TextStats stats)
    {
        switch (element.LocalName)
        {
            case "p" or "pre" or "blockquote" when stats.Chars >= 25 && stats.LinkDensity < 0.5:
                stats.Paragraphs++;
                stats.ParagraphChars += stats.Chars - stats.ParagraphChars;
                break;
            case "li":
                stats.ListItems++;
                break;
            case "img" or "picture" or "video":
                stats.Images++;
                break;
            case "tr":
                stats.Rows++;
                break;
            case "input" or "select" or "textarea" or "button":
                stats.Inputs++;
                break;
        }
    }

    private static void CountText(string data, bool linked, TextStats stats)
    {
        var chars = 0;
        var commas = 0;
        foreach (var c in data)
        {
            if (c is ',' or '，' or '、' or '。')
            {
                commas++;
            }

            if (!char.IsWhiteSpace(c))
            {
                chars++;
            }
        }

        stats.Chars += chars;
        stats.Commas += commas;
        if (linked)
        {
            stats.LinkChars += chars;
        }
    }
}
