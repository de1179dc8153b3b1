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

    /// <summary>Lets every paragraph the pass kept vote, in document order.</summary>
    public static void Score(ContentTree tree)
    {
        var index = ContentTree.Body + 1;
        while (index < tree.Count)
        {
            if (tree.IsRemoved(index))
            {
                index = tree.End(index);
                continue;
            }

            var tag = tree.Tag(index);
            if (IsParagraph(index, tag, tree))
            {
                ref readonly var stats = ref tree.Stats(index);
                Vote(tree.Parent(index), stats.Chars, stats.Commas, tree);
            }
            else if (tag is "div" or "section" or "article" or "td")
            {
                VoteForLooseText(index, tree);
            }

            index++;
        }
    }

    /// <summary>The best-scoring container after link density, or -1 when no paragraph voted.</summary>
    public static int Best(ContentTree tree)
    {
        var best = -1;
        var bestScore = double.MinValue;
        foreach (var index in tree.Scored)
        {
            var final = tree.Score(index) * (1 - tree.Stats(index).LinkDensity);
            tree.SetScore(index, final);
            if (final > bestScore)
            {
                best = index;
                bestScore = final;
            }
        }

        return best;
    }

    /// <summary>Elements whose text counts as a paragraph: p, pre, td, and divs or sections holding only inline content.</summary>
    private static bool IsParagraph(int index, string tag, ContentTree tree) => tag switch
    {
        "p" or "pre" or "td" => true,
        "div" or "section" => !tree.HasBlockChild(index),
        _ => false,
    };

    /// <summary>
    /// Text written straight into a container between its blocks (paragraphs split by <c>br</c> or empty divs)
    /// votes for that container, as if it were wrapped in paragraphs.
    /// </summary>
    private static void VoteForLooseText(int container, ContentTree tree)
    {
        ref readonly var stats = ref tree.Stats(container);
        int chars = stats.Chars, commas = stats.Commas;
        for (var child = container + 1; child < tree.End(container); child = tree.End(child))
        {
            if (BlockTags.Contains(tree.Tag(child)))
            {
                ref readonly var inner = ref tree.Stats(child);
                chars -= inner.Chars;
                commas -= inner.Commas;
            }
        }

        Vote(container, chars, commas, tree);
    }

    private static void Vote(int ancestor, int chars, int commas, ContentTree tree)
    {
        if (chars < MinParagraphChars)
        {
            return;
        }

        // The body's parent is the html element, where the climb stops.
        var score = 1 + commas + Math.Min(chars / 100, 3);
        for (var level = 0; level < 5 && ancestor >= 0; level++)
        {
            var current = tree.HasScore(ancestor) ? tree.Score(ancestor) : InitialScore(ancestor, tree);
            var divider = level switch { 0 => 1, 1 => 2, _ => level * 3 };
            tree.SetScore(ancestor, current + ((double)score / divider));
            ancestor = tree.Parent(ancestor);
        }
    }

    public static double InitialScore(int index, ContentTree tree)
    {
        var score = tree.Tag(index) switch
        {
            "div" or "article" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return tree.Pass.WeighClasses ? score + ClassWeight(index, tree) : score;
    }

    public static int ClassWeight(int index, ContentTree tree)
    {
        var weight = tree.Judge(index).Weight;
        return (tree.Traits(index) & ElementTraits.ArticleBody) != 0 ? weight + 25 : weight;
    }
}
