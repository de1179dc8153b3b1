namespace AiDivide.Monitoring.Matching;

/// <summary>Finds every occurrence of many folded keywords in one left-to-right pass (Aho-Corasick).</summary>
/// <remarks>
/// The cost per character does not depend on how many keywords there are: one table lookup maps
/// the character to a class (characters in no keyword reset to the root at once), then one
/// transition, following failure links at most as often as characters were consumed. The
/// shallowest states, which nearly every character visits, have complete rows indexed by class
/// (one lookup, failures folded in); the long thin tails of names keep a short sorted edge list,
/// numbered breadth-first so each node's children are consecutive. The trie is built from the sorted keywords in one
/// walk, so a watchlist of 100,000 aliases builds in well under a second.
/// Keywords that start or end with a letter or digit of a spaced script only match on word
/// boundaries ("Gill" is not found in "Gillette"); Chinese and Japanese ends need none.
/// </remarks>
public sealed class KeywordAutomaton
{
    // Complete rows for the shallowest states, within about 512 KB so they stay in cache.
    private const int DenseBudget = 128 << 10;

    private readonly ushort[] classOf = new ushort[char.MaxValue + 1];
    private readonly int width;
    private readonly int denseCount;
    private readonly State[] states;
    private readonly ushort[] edgeClass;
    private readonly int[] edgeTarget;
    private readonly int[] dense;
    private readonly int[] keywordOf;
    private readonly int[] outputLink;
    private readonly int[] keywordLength;
    private readonly byte[] boundaries;

    public KeywordAutomaton(IReadOnlyList<string> keywords)
    {
        width = AssignClasses(keywords) + 1;
        keywordLength = [.. keywords.Select(k => k.Length)];
        boundaries = [.. keywords.Select(Boundaries)];
        var trie = TrieBuilder.Build(keywords, classOf);
        (states, edgeClass, edgeTarget, keywordOf) = (trie.States, trie.EdgeClass, trie.EdgeTarget, trie.KeywordOf);
        outputLink = new int[states.Length];
        LinkFailures(trie.BreadthFirst);
        denseCount = Math.Clamp(DenseBudget / width, 1, states.Length);
        dense = BuildDenseRows();
    }

    public int KeywordCount => keywordLength.Length;

    /// <summary>Adds every keyword occurrence in <paramref name="text"/> (folded) to <paramref name="hits"/>, in order of end.</summary>
    public void Scan(ReadOnlySpan<char> text, List<KeywordHit> hits)
    {
        var classes = classOf;
        var dense = this.dense;
        var width = this.width;
        var denseCount = this.denseCount;
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int cls = classes[text[i]];
            if (cls == 0)
            {
                // A character in no keyword: back to the root, where nothing ends.
                state = 0;
                continue;
            }

            if (state < denseCount)
            {
                state = dense[(state * width) + cls];
            }
            else
            {
                // Most states deep in a name have one child: take it without the general search.
                ref readonly var s = ref states[state];
                state = s.EdgeCount == 1 && edgeClass[s.FirstEdge] == cls ? s.FirstEdge + 1 : Next(state, cls);
            }

            if (states[state].Report >= 0)
            {
                Report(text, i, state, hits);
            }
        }
    }

    private int Next(int state, int cls)
    {
        while (state >= denseCount)
        {
            ref readonly var s = ref states[state];
            for (int e = s.FirstEdge, end = s.FirstEdge + s.EdgeCount; e < end; e++)
            {
                var ec = edgeClass[e];
                if (ec == cls)
                {
                    return edgeTarget[e];
                }

                if (ec > cls)
                {
                    break;
                }
            }

            state = s.Fail;
        }

        return dense[(state * width) + cls];
    }

    private void Report(ReadOnlySpan<char> text, int last, int state, List<KeywordHit> hits)
    {
        for (var r = states[state].Report; r >= 0; r = outputLink[r])
        {
            var keyword = keywordOf[r];
            var start = last - keywordLength[keyword] + 1;
            var edges = boundaries[keyword];
            if ((edges & 1) != 0 && start > 0 && CharacterFolding.IsWordChar(text[start - 1]))
            {
                continue;
            }

            if ((edges & 2) != 0 && last + 1 < text.Length && CharacterFolding.IsWordChar(text[last + 1]))
            {
                continue;
            }

            hits.Add(new KeywordHit(keyword, start, last + 1));
        }
    }

    private int AssignClasses(IReadOnlyList<string> keywords)
    {
        // Classes in character order, so ordinal order of keywords is also the order of their classes.
        var used = new bool[char.MaxValue + 1];
        foreach (var keyword in keywords)
        {
            foreach (var c in keyword)
            {
                used[c] = true;
            }
        }

        var next = 0;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (used[c])
            {
                classOf[c] = (ushort)++next;
            }
        }

        return next;
    }

    private static byte Boundaries(string keyword) => keyword.Length == 0 ? (byte)0 :
        (byte)((CharacterFolding.IsWordChar(keyword[0]) ? 1 : 0) | (CharacterFolding.IsWordChar(keyword[^1]) ? 2 : 0));

    private void LinkFailures(int[] breadthFirst)
    {
        outputLink[0] = -1;
        states[0].Report = keywordOf[0] >= 0 ? 0 : -1;
        foreach (var parent in breadthFirst)
        {
            for (var e = states[parent].FirstEdge; e < states[parent].FirstEdge + states[parent].EdgeCount; e++)
            {
                var child = edgeTarget[e];
                var fail = parent == 0 ? 0 : Child(states[parent].Fail, edgeClass[e]);
                states[child].Fail = fail;
                outputLink[child] = keywordOf[fail] >= 0 ? fail : outputLink[fail];
                states[child].Report = keywordOf[child] >= 0 ? child : outputLink[child];
            }
        }
    }

    // The longest proper suffix state: from `state` follow failures until one has an edge on `cls`.
    private int Child(int state, ushort cls)
    {
        while (true)
        {
            var found = Array.BinarySearch(edgeClass, states[state].FirstEdge, states[state].EdgeCount, cls);
            if (found >= 0)
            {
                return edgeTarget[found];
            }

            if (state == 0)
            {
                return 0;
            }

            state = states[state].Fail;
        }
    }

    private int[] BuildDenseRows()
    {
        // The first states in breadth-first order (the root and the shallowest, which nearly every
        // character visits) get complete rows: failures are folded in, so a step from them is one
        // lookup. A state's failure is shallower, so its row is always built before the state's own.
        var rows = new int[width * denseCount];
        for (var state = 0; state < denseCount; state++)
        {
            var row = state * width;
            if (state != 0)
            {
                Array.Copy(rows, states[state].Fail * width, rows, row, width);
            }

            for (var e = states[state].FirstEdge; e < states[state].FirstEdge + states[state].EdgeCount; e++)
            {
                rows[row + edgeClass[e]] = edgeTarget[e];
            }
        }

        return rows;
    }

    /// <summary>One automaton state; 16 bytes, so four share a cache line.</summary>
    internal struct State
    {
        public int FirstEdge;
        public int EdgeCount;
        public int Fail;
        public int Report;
    }
}
