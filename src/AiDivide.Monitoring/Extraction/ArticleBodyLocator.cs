using AngleSharp.Dom;

namespace AiDivide.Monitoring.Extraction;

/// <summary>
/// Turns the best-scoring container into the article body: climbs to an ancestor when the story is split across
/// several scored blocks, then adds the siblings that score close to it.
/// </summary>
internal static class ArticleBodyLocator
{
    public static List<IElement> Locate(ContentTree tree)
    {
        var top = ContentScorer.Best(tree);
        if (top is null)
        {
            return [tree.Body];
        }

        top = ClimbToSharedAncestor(top, tree);
        top = ClimbWhileParentScoresHigher(top, tree);
        while (top.ParentElement is { } parent && parent != tree.Body && SingleChild(parent, tree) == top)
        {
            top = parent;
        }

        return top == tree.Body ? [top] : WithSiblings(top, tree);
    }

    /// <summary>When the runners-up sit under one ancestor with the winner, the story spans that ancestor.</summary>
    private static IElement ClimbToSharedAncestor(IElement top, ContentTree tree)
    {
        var topScore = tree.Score(top);
        var rivals = tree.Scores
            .Where(s => s.Key != top && s.Value >= topScore * 0.75)
            .OrderByDescending(s => s.Value).Take(4).Select(s => s.Key).ToList();
        if (rivals.Count < 3)
        {
            return top;
        }

        for (var ancestor = top.ParentElement; ancestor is not null && ancestor != tree.Body; ancestor = ancestor.ParentElement)
        {
            if (rivals.Count(r => ancestor.Contains(r)) >= 3)
            {
                return ancestor;
            }
        }

        return top;
    }

    private static IElement ClimbWhileParentScoresHigher(IElement top, ContentTree tree)
    {
        var lastScore = tree.Score(top);
        var threshold = lastScore / 3;
        for (var parent = top.ParentElement; parent is not null && parent != tree.Body; parent = parent.ParentElement)
        {
            if (!tree.Scores.TryGetValue(parent, out var parentScore))
            {
                continue;
            }

            if (parentScore < threshold)
            {
                break;
            }

            if (parentScore > lastScore)
            {
                return parent;
            }

            lastScore = parentScore;
        }

        return top;
    }

    private static IElement? SingleChild(IElement parent, ContentTree tree)
    {
        IElement? only = null;
        for (var child = parent.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (tree.Removed.Contains(child))
            {
                continue;
            }

            if (only is not null)
            {
                return null;
            }

            only = child;
        }

        return only;
    }

    private static List<IElement> WithSiblings(IElement top, ContentTree tree)
    {
        var topScore = tree.Score(top);
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.GetAttribute("class");
        var body = new List<IElement>();
        for (var sibling = top.ParentElement!.FirstElementChild; sibling is not null; sibling = sibling.NextElementSibling)
        {
            if (sibling == top)
            {
                body.Add(sibling);
                continue;
            }

            if (tree.Removed.Contains(sibling))
            {
                continue;
            }

            var bonus = !string.IsNullOrEmpty(topClass) && sibling.GetAttribute("class") == topClass ? topScore * 0.2 : 0;
            if ((tree.Scores.TryGetValue(sibling, out var score) && score + bonus >= threshold) || IsStrayParagraph(sibling, tree))
            {
                body.Add(sibling);
            }
        }

        return body;
    }

    private static bool IsStrayParagraph(IElement sibling, ContentTree tree)
    {
        if (sibling.LocalName != "p")
        {
            return false;
        }

        var stats = tree.Stats(sibling);
        if (stats.Chars > 80)
        {
            return stats.LinkDensity < 0.25;
        }

        var text = sibling.TextContent.TrimEnd();
        return stats.Chars > 0 && stats.LinkChars == 0 && (text.EndsWith('.') || text.EndsWith('。'));
    }
}
