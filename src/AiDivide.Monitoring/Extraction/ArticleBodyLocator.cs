namespace AiDivide.Monitoring.Extraction;

/// <summary>
/// Turns the best-scoring container into the article body: climbs to an ancestor when the story is split across
/// several scored blocks, then adds the siblings that score close to it.
/// </summary>
internal static class ArticleBodyLocator
{
    /// <summary>The elements (by number in <paramref name="tree"/>) that make up the body, in document order.</summary>
    public static List<int> Locate(ContentTree tree)
    {
        var top = ContentScorer.Best(tree);
        if (top < 0)
        {
            return [ContentTree.Body];
        }

        top = ClimbToSharedAncestor(top, tree);
        top = ClimbWhileParentScoresHigher(top, tree);
        while (tree.Parent(top) is var parent && parent > ContentTree.Body && SingleChild(parent, tree) == top)
        {
            top = parent;
        }

        return top == ContentTree.Body ? [top] : WithSiblings(top, tree);
    }

    /// <summary>When the runners-up sit under one ancestor with the winner, the story spans that ancestor.</summary>
    private static int ClimbToSharedAncestor(int top, ContentTree tree)
    {
        var rivals = Rivals(top, tree);
        if (rivals.Count < 3)
        {
            return top;
        }

        for (var ancestor = tree.Parent(top); ancestor > ContentTree.Body; ancestor = tree.Parent(ancestor))
        {
            var inside = 0;
            foreach (var rival in rivals)
            {
                inside += tree.Contains(ancestor, rival) ? 1 : 0;
            }

            if (inside >= 3)
            {
                return ancestor;
            }
        }

        return top;
    }

    /// <summary>Up to four other containers scoring at least three quarters of the winner, best first (ties in document order).</summary>
    private static List<int> Rivals(int top, ContentTree tree)
    {
        var topScore = tree.Score(top);
        var rivals = new List<int>(8);
        foreach (var index in tree.Scored)
        {
            if (index != top && tree.Score(index) >= topScore * 0.75)
            {
                rivals.Add(index);
            }
        }

        // OrderByDescending is stable: ties stay in the order the containers were first scored.
        return [.. rivals.OrderByDescending(tree.Score).Take(4)];
    }

    private static int ClimbWhileParentScoresHigher(int top, ContentTree tree)
    {
        var lastScore = tree.Score(top);
        var threshold = lastScore / 3;
        for (var parent = tree.Parent(top); parent > ContentTree.Body; parent = tree.Parent(parent))
        {
            if (!tree.HasScore(parent))
            {
                continue;
            }

            var parentScore = tree.Score(parent);
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

    private static int SingleChild(int parent, ContentTree tree)
    {
        var only = -1;
        for (var child = parent + 1; child < tree.End(parent); child = tree.End(child))
        {
            if (tree.IsRemoved(child))
            {
                continue;
            }

            if (only >= 0)
            {
                return -1;
            }

            only = child;
        }

        return only;
    }

    private static List<int> WithSiblings(int top, ContentTree tree)
    {
        var topScore = tree.Score(top);
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = tree.Element(top).GetAttribute("class");
        var parent = tree.Parent(top);
        var body = new List<int>();
        for (var sibling = parent + 1; sibling < tree.End(parent); sibling = tree.End(sibling))
        {
            if (sibling == top)
            {
                body.Add(sibling);
                continue;
            }

            if (tree.IsRemoved(sibling))
            {
                continue;
            }

            var bonus = !string.IsNullOrEmpty(topClass) && tree.Element(sibling).GetAttribute("class") == topClass ? topScore * 0.2 : 0;
            if ((tree.HasScore(sibling) && tree.Score(sibling) + bonus >= threshold) || IsStrayParagraph(sibling, tree))
            {
                body.Add(sibling);
            }
        }

        return body;
    }

    private static bool IsStrayParagraph(int sibling, ContentTree tree)
    {
        if (tree.Tag(sibling) != "p")
        {
            return false;
        }

        ref readonly var stats = ref tree.Stats(sibling);
        if (stats.Chars > 80)
        {
            return stats.LinkDensity < 0.25;
        }

        var text = tree.Element(sibling).TextContent.TrimEnd();
        return stats.Chars > 0 && stats.LinkChars == 0 && (text.EndsWith('.') || text.EndsWith('。'));
    }
}
