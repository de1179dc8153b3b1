namespace AiDivide.Monitoring.Matching;

/// <summary>Builds the keyword trie for <see cref="KeywordAutomaton"/> from sorted keywords in one walk.</summary>
/// <remarks>
/// Sorting puts keywords that share a prefix next to each other, so each keyword adds nodes only
/// past its common prefix with the previous one, and each node's children come out in class order.
/// No dictionary per node: a 100,000-alias trie is a few flat arrays.
/// </remarks>
internal static class TrieBuilder
{
    // States numbered breadth-first at most (16 bytes each: 512 KB, the size of a core's L2 cache).
    private const int CompactStates = 32 << 10;

    public static Result Build(IReadOnlyList<string> keywords, ushort[] classOf, int shallowBudget)
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

        return Flatten(parents, classes, depths, keywordOf, shallowBudget);
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

    private static Result Flatten(List<int> parents, List<ushort> classes, List<int> depths, List<int> keywordOf, int shallowBudget)
    {
        // Creation order is preorder with siblings in class order, so children lists come out sorted.
        var children = Children(parents);
        var nodes = parents.Count;
        var number = Number(depths, children, shallowBudget, out var shallowCount);
        var states = new KeywordAutomaton.State[nodes + 1];
        var keywords = new int[nodes + 1];
        keywords[KeywordAutomaton.InWord] = -1;
        for (var node = 0; node < nodes; node++)
        {
            ref var state = ref states[number[node]];
            keywords[number[node]] = keywordOf[node];
            state.Class = classes[node];
            var (from, to) = (children.Start[node], children.Start[node + 1]);
            state.ChildCount = (ushort)(to - from);
            state.FirstChild = to > from ? number[children.Nodes[from]] : 0;
        }

        return new Result(states, keywords, [.. BreadthFirst(depths).Select(node => number[node])], shallowCount);
    }

    /// <summary>State numbers: breadth-first down to the deepest complete level within a budget, then subtree by subtree.</summary>
    /// <remarks>
    /// Each node's children always get consecutive numbers. Breadth-first keeps the shallow states
    /// that almost every character visits together (and numbers every state after its failure
    /// state, which the dense rows need). Below, numbering a node's children and then at once its
    /// first child's children lays the tail of a name out as consecutive states, so walking it reads
    /// memory in order instead of missing the cache at every character. State 1 is not a trie node:
    /// it is the second root, "inside a word" (see KeywordAutomaton).
    /// </remarks>
    private static int[] Number(List<int> depths, ChildLists children, int shallowBudget, out int shallowCount)
    {
        var perDepth = new int[depths.Max() + 1];
        foreach (var depth in depths)
        {
            perDepth[depth]++;
        }

        // Breadth-first a little deeper than the dense rows too: the level below them is where most
        // words that merely start like a name give up, and packed together it stays in cache.
        var level = DeepestLevelWithin(perDepth, Math.Max(shallowBudget, CompactStates));

        // Any prefix of the breadth-first numbers may have dense rows, part of a level too: each
        // state's failure is shallower, so numbered (and its row built) before it. A level is
        // numbered parent by parent, in class order, so the Latin-script part of a level comes
        // before the Chinese part and is the first to get rows.
        shallowCount = Math.Min(shallowBudget, KeywordAutomaton.InWord + 1 + perDepth.Take(level + 1).Skip(1).Sum());

        var number = new int[depths.Count];
        var next = KeywordAutomaton.InWord + 1;
        var queue = new Queue<int>([0]);
        var frontier = new List<int>();
        while (queue.TryDequeue(out var node))
        {
            foreach (var c in children.Of(node))
            {
                number[c] = next++;
                if (depths[c] < level)
                {
                    queue.Enqueue(c);
                }
                else
                {
                    frontier.Add(c);
                }
            }
        }

        var stack = new Stack<int>();
        foreach (var top in frontier)
        {
            stack.Push(top);
            while (stack.TryPop(out var node))
            {
                var block = children.Of(node);
                foreach (var c in block)
                {
                    number[c] = next++;
                }

                for (var c = block.Length - 1; c >= 0; c--)
                {
                    stack.Push(block[c]);
                }
            }
        }

        return number;
    }

    private static ChildLists Children(List<int> parents)
    {
        // Grouped by parent; creation order is preorder with siblings in class order, so each group is sorted.
        var start = new int[parents.Count + 1];
        for (var node = 1; node < parents.Count; node++)
        {
            start[parents[node] + 1]++;
        }

        for (var i = 1; i < start.Length; i++)
        {
            start[i] += start[i - 1];
        }

        var nodes = new int[Math.Max(0, parents.Count - 1)];
        var fill = start[..^1];
        for (var node = 1; node < parents.Count; node++)
        {
            nodes[fill[parents[node]]++] = node;
        }

        return new ChildLists(start, nodes);
    }

    private static int DeepestLevelWithin(int[] perDepth, int budget)
    {
        var (level, within) = (1, perDepth.Length > 1 ? 1 + perDepth[1] : 1);
        while (level + 1 < perDepth.Length && within + perDepth[level + 1] <= budget)
        {
            within += perDepth[++level];
        }

        return level;
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

    /// <summary>Children of node n: Nodes[Start[n]..Start[n + 1]].</summary>
    private sealed record ChildLists(int[] Start, int[] Nodes)
    {
        public ReadOnlySpan<int> Of(int node) => Nodes.AsSpan(Start[node], Start[node + 1] - Start[node]);
    }

    /// <param name="ShallowCount">States numbered breadth-first from the start (both roots included): at most this many may have dense rows.</param>
    public sealed record Result(KeywordAutomaton.State[] States, int[] KeywordOf, int[] BreadthFirst, int ShallowCount);
}
