using AngleSharp.Dom;

namespace AiDivide.Monitoring.Extraction;

/// <summary>
/// Scores containers by the prose inside them: every paragraph votes for its ancestors by its length and commas,
/// the vote fading with distance; tag and class names set a container's starting score; links discount it.
/// </summary>
internal static class ContentScorer
{
    private const int MinParagraphChars = 25;

    private static readonly HashSet<string> BlockTags =
    [
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul", "tr", "td", "th", "tbody",
    ];

    public static bool IsBlock(string tag) => BlockTags.Contains(tag);

    public static void Score(ContentTree tree) => Visit(tree.Body, tree);

    /// <summary>The best-scoring container after link density, or null when no paragraph voted.</summary>
    public static IElement? Best(ContentTree tree)
    {
        IElement? best = null;
        var bestScore = double.MinValue;
        foreach (var (element, score) in tree.Scores)
        {
            var final = score * (1 - tree.Stats(element).LinkDensity);
            tree.Scores[element] = final;
            if (final > bestScore)
            {
                best = element;
                bestScore = final;
            }
        }

        return best;
    }

    private static void Visit(IElement element, ContentTree tree)
    {
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (tree.Removed.Contains(child))
            {
                continue;
            }

            if (IsParagraph(child))
            {
                Vote(child, tree);
            }
            else if (child.LocalName is "div" or "section" or "article" or "td")
            {
                VoteForLooseText(child, tree);
            }

            Visit(child, tree);
        }
    }

    /// <summary>Elements whose text counts as a paragraph: p, pre, td, and divs or sections holding only inline content.</summary>
    private static bool IsParagraph(IElement element) => element.LocalName switch
    {
        "p" or "pre" or "td" => true,
        "div" or "section" => !HasBlockChild(element),
        _ => false,
    };

    private static bool HasBlockChild(IElement element)
    {
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (BlockTags.Contains(child.LocalName))
            {
                return true;
            }
        }

        return false;
    }

    private static void Vote(IElement paragraph, ContentTree tree)
    {
        var stats = tree.Stats(paragraph);
        Vote(paragraph.ParentElement, stats.Chars, stats.Commas, tree);
    }

    /// <summary>
    /// Text written straight into a container between its blocks (paragraphs split by <c>br</c> or empty divs)
    /// votes for that container, as if it were wrapped in paragraphs.
    /// </summary>
    private static void VoteForLooseText(IElement container, ContentTree tree)
    {
        var stats = tree.Stats(container);
        int chars = stats.Chars, commas = stats.Commas;
        for (var child = container.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (BlockTags.Contains(child.LocalName))
            {
                var inner = tree.Stats(child);
                chars -= inner.Chars;
                commas -= inner.Commas;
            }
        }

        Vote(container, chars, commas, tree);
    }

    private static void Vote(IElement? ancestor, int chars, int commas, ContentTree tree)
    {
        if (chars < MinParagraphChars)
        {
            return;
        }

        var score = 1 + commas + Math.Min(chars / 100, 3);
        for (var level = 0; level < 5 && ancestor is not null && ancestor.LocalName != "html"; level++)
        {
            if (!tree.Scores.TryGetValue(ancestor, out var current))
            {
                current = InitialScore(ancestor, tree);
            }

            var divider = level switch { 0 => 1, 1 => 2, _ => level * 3 };
            tree.Scores[ancestor] = current + ((double)score / divider);
            ancestor = ancestor.ParentElement;
        }
    }

    public static double InitialScore(IElement element, ContentTree tree)
    {
        var score = element.LocalName switch
        {
            "div" or "article" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return tree.Pass.WeighClasses ? score + ClassWeight(element, tree) : score;
    }

    public static int ClassWeight(IElement element, ContentTree tree)
    {
        var weight = tree.Judge(element).Weight;
        return element.GetAttribute("itemprop") == "articleBody" ? weight + 25 : weight;
    }
}
