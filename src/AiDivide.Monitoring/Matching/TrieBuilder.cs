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
        // Renumber breadth-first: the shallow states that almost every character visits sit together
        // at the front of the arrays (in cache), and each node's children get consecutive numbers.
        // Within a depth, creation order keeps siblings together and in class order. State 1 is not a
        // trie node: it is the second root, "inside a word" (see KeywordAutomaton), so trie node i > 0
        // becomes state i + 1 and the edge into it is edge i - 1.
        var order = BreadthFirst(depths);
        var nodes = order.Length;
        var count = nodes + 1;
        var renumbered = new int[nodes];
        for (var i = 0; i < nodes; i++)
        {
            renumbered[order[i]] = StateOf(i);
        }

        var states = new KeywordAutomaton.State[count];
        var edgeClass = new ushort[nodes - 1];
        var edgeTarget = new int[nodes - 1];
        var keywords = new int[count];
        keywords[KeywordAutomaton.InWord] = -1;
        for (var i = 0; i < count; i++)
        {
            states[i].FirstEdge = -1;
        }

        for (var i = 0; i < nodes; i++)
        {
            keywords[StateOf(i)] = keywordOf[order[i]];
        }

        for (var child = 1; child < nodes; child++)
        {
            // A parent's edges are the run of its children.
            var parent = renumbered[parents[order[child]]];
            ref var state = ref states[parent];
            if (state.FirstEdge < 0)
            {
                state.FirstEdge = child - 1;
            }

            state.EdgeCount++;
            edgeClass[child - 1] = classes[order[child]];
            edgeTarget[child - 1] = StateOf(child);
        }

        for (var i = 0; i < count; i++)
        {
            states[i].FirstEdge = Math.Max(0, states[i].FirstEdge);
        }

        return new Result(states, edgeClass, edgeTarget, keywords, [.. Enumerable.Range(0, nodes).Select(StateOf)]);
    }

    private static int StateOf(int node) => node == 0 ? 0 : node + 1;

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
