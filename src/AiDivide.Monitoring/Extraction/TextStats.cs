namespace AiDivide.Monitoring.Extraction;

/// <summary>Text measures of one element and everything inside it (see <see cref="ContentTree"/> for how they are taken).</summary>
/// <remarks>A struct kept in an array slot per element: measuring a page allocates nothing per element.</remarks>
internal struct TextStats
{
    /// <summary>Non-whitespace characters of text.</summary>
    public int Chars;

    /// <summary>Non-whitespace characters inside links.</summary>
    public int LinkChars;

    /// <summary>Commas (Latin and CJK) and CJK full stops: a sign of running prose.</summary>
    public int Commas;

    /// <summary>Characters in paragraphs of at least a sentence's length.</summary>
    public int ParagraphChars;

    public int Paragraphs;

    public int ListItems;

    public int Images;

    public int Inputs;

    public int Rows;

    public readonly double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

    public void Add(in TextStats child)
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

    /// <summary>Counts the element itself, once everything inside it has been added.</summary>
    public void CountElement(string tag)
    {
        switch (tag)
        {
            case "p" or "pre" or "blockquote" when Chars >= 25 && LinkDensity < 0.5:
                Paragraphs++;
                ParagraphChars += Chars - ParagraphChars;
                break;
            case "li":
                ListItems++;
                break;
            case "img" or "picture" or "video":
                Images++;
                break;
            case "tr":
                Rows++;
                break;
            case "input" or "select" or "textarea" or "button":
                Inputs++;
                break;
        }
    }

    /// <summary>Counts a text node written straight into the element.</summary>
    public void CountText(string data, bool linked)
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

        Chars += chars;
        Commas += commas;
        if (linked)
        {
            LinkChars += chars;
        }
    }
}
