namespace AiDivide.Monitoring.Matching;

/// <summary>Builds the keyword trie for <see cref="KeywordAutomaton"/> from sorted keywords in one walk.</summary>
/// <remarks>
/// Sorting puts keywords that share a prefix next to each other, so each keyword adds nodes only
/// past its common prefix with the previous one, and each node's children come out in class order.
/// No dictionary per node: a 100,000-alias trie is a few flat arrays.
/// </remarks>
internal static class TrieBuilder
{
    public static Result Build(IReadOnlyList<string> keywords, ushort[] classOf)
    {
        var order = Enumerable.Range(0, keywords.Count).Where(i => keywords[i].Length > 0).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(keywords[a], keywords[b]));
        var parents = new List<int> { -1 };
        var classes = new List<ushort> { 0 };
        var depths = new List<int> { 0 };
        var keywordOf = new List<int> { -1 };
        var path = new List<int> { 0 };
        var previous = string.Empty;
        foreach (var k in order)
        {
            var keyword = keywords[k];
            var common = CommonPrefix(previous, keyword);
            for (var d = common; d < keyword.Length; d++)
            {
                var node = parents.Count;
                parents.Add(path[d]);
                classes.Add(classOf[keyword[d]]);
                depths.Add(d + 1);
                keywordOf.Add(-1);
                if (path.Count > d + 1)
                {
                    path[d + 1] = node;
                }
                else
                {
                    path.Add(node);
                }
            }

            keywordOf[path[keyword.Length]] = k;
            previous = keyword;
        }

        return Flatten(parents, classes, depths, keywordOf);
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < n && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    private static Result Flatten(List<int> parents, List<ushort> classes, List<int> depths, List<int> keywordOf)
    {
        var count = parents.Count;
        var states = new KeywordAutomaton.State[count];
        for (var node = 1; node < count; node++)
        {
            states[parents[node]].EdgeCount++;
        }

        var next = 0;
        for (var node = 0; node < count; node++)
        {
            states[node].FirstEdge = next;
            next += states[node].EdgeCount;
        }

        // Nodes were created in sorted order, so each parent's children arrive in class order.
        var edgeClass = new ushort[count - 1];
        var edgeTarget = new int[count - 1];
        var filled = new int[count];
        for (var node = 1; node < count; node++)
        {
            var parent = parents[node];
            var slot = states[parent].FirstEdge + filled[parent]++;
            edgeClass[slot] = classes[node];
            edgeTarget[slot] = node;
        }

        return new Result(states, edgeClass, edgeTarget, [.. keywordOf], BreadthFirst(depths));
    }

    private static int[] BreadthFirst(List<int> depths)
    {
        // A counting sort by depth: parents always come before their children.
        var perDepth = new int[depths.Max() + 2];
        foreach (var depth in depths)
        {
            perDepth[depth + 1]++;
        }

        for (var d = 1; d < perDepth.Length; d++)
        {
            perDepth[d] += perDepth[d - 1];
        }

        var order = new int[depths.Count];
        for (var node = 0; node < depths.Count; node++)
        {
            order[perDepth[depths[node]]++] = node;
        }

        return order;
    }

    public sealed record Result(KeywordAutomaton.State[] States, ushort[] EdgeClass, int[] EdgeTarget, int[] KeywordOf, int[] BreadthFirst);
}
