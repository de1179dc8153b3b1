namespace AiDivide.Monitoring.Matching;

/// <summary>Construction of the automaton: character classes, failure links, dense rows.</summary>
public sealed partial class KeywordAutomaton
{
    // Markers in the source-character table for the two kinds of character the fused scan cannot
    // map straight to a class: white space (runs collapse to one space) and characters whose fold
    // is not exactly one character (dropped, or expanded like ß → ss).
    private const int SpaceMark = ushort.MaxValue - 1;
    private const int ExpandsMark = ushort.MaxValue;

    /// <returns>The number of classes, and how many of them (from 0) are characters below <see cref="FirstWideCharacter"/>.</returns>
    private (int Width, int DenseWidth) AssignClasses(IReadOnlyList<string> keywords)
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

        var (next, narrow) = (WordClass + 1, WordClass + 1);
        for (var c = 0; c <= char.MaxValue; c++)
        {
            narrow = c == FirstWideCharacter ? next : narrow;
            classOf[c] = used[c] ? (ushort)next++ : CharacterFolding.IsWordChar((char)c) ? (ushort)WordClass : (ushort)NonWordClass;
        }

        if (next >= SpaceMark)
        {
            throw new ArgumentException("The keywords use too many distinct characters.", nameof(keywords));
        }

        return (next, narrow);
    }

    private bool[] WordClasses()
    {
        var word = new bool[width];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            word[classOf[c]] = CharacterFolding.IsWordChar((char)c);
        }

        word[WordClass] = true;
        word[NonWordClass] = false;
        return word;
    }

    /// <summary>The root to fall back to after reading a character of class <paramref name="cls"/>.</summary>
    private int RootAfter(int cls) => isWordClass[cls] ? InWord : Root;

    /// <summary>Sets each state's failure and the keywords it reports, which are its own (if any) and then its failure's.</summary>
    /// <param name="keywordOf">The keyword ending at each state, or -1.</param>
    private Output[] LinkFailures(int[] breadthFirst, int[] keywordOf, IReadOnlyList<string> keywords)
    {
        var outputs = new Output[keywords.Count];
        states[Root].Report = states[InWord].Report = -1;
        foreach (var parent in breadthFirst)
        {
            for (var child = states[parent].FirstChild; child < states[parent].FirstChild + states[parent].ChildCount; child++)
            {
                var cls = states[child].Class;
                var fail = parent == Root ? RootAfter(cls) : Child(states[parent].Fail, cls);
                states[child].Fail = fail;

                // Breadth-first, the failure (shallower) is complete before its children's children need it.
                var keyword = keywordOf[child];
                if (keyword >= 0)
                {
                    outputs[keyword] = new Output(states[fail].Report, keywords[keyword].Length, CharacterFolding.IsWordChar(keywords[keyword][^1]));
                }

                states[child].Report = keyword >= 0 ? keyword : states[fail].Report;
            }
        }

        return outputs;
    }

    // The longest valid proper suffix state: from `state` follow failures until one has an edge on
    // `cls`. Inside a word no keyword starting with a word character may begin.
    private int Child(int state, ushort cls)
    {
        while (true)
        {
            if (state == InWord && isWordClass[cls])
            {
                return InWord;
            }

            var found = FindChild(state == InWord ? Root : state, cls);
            if (found >= 0)
            {
                return found;
            }

            if (state <= InWord)
            {
                return RootAfter(cls);
            }

            state = states[state].Fail;
        }
    }

    private int FindChild(int state, ushort cls)
    {
        // Binary search: the root of a big watchlist has a child for most classes.
        var (low, high) = (states[state].FirstChild, states[state].FirstChild + states[state].ChildCount - 1);
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var c = states[middle].Class;
            if (c == cls)
            {
                return middle;
            }

            (low, high) = c < cls ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }

    private int[] BuildDenseRows()
    {
        // The first states in breadth-first order (the two roots and the shallowest states, which
        // nearly every character visits) get complete rows: failures are folded in, so a step from
        // them is one lookup. A state's failure is shallower, so its row is always built first.
        var width = denseWidth;
        var rows = new int[width * denseCount];
        for (var cls = 0; cls < width; cls++)
        {
            rows[cls] = RootAfter(cls);
        }

        SetChildren(rows, Root);
        for (var cls = 0; cls < width; cls++)
        {
            rows[width + cls] = isWordClass[cls] ? InWord : rows[cls];
        }

        for (var state = InWord + 1; state < denseCount; state++)
        {
            Array.Copy(rows, states[state].Fail * width, rows, state * width, width);
            SetChildren(rows, state);
        }

        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] |= states[rows[i]].Report >= 0 ? ReportsBit : 0;
        }

        return rows;
    }

    private int[] BuildRootWide()
    {
        var steps = new int[width - denseWidth];
        for (var cls = denseWidth; cls < width; cls++)
        {
            var child = FindChild(Root, (ushort)cls);
            steps[cls - denseWidth] = child >= 0 ? child : Root;
        }

        return steps;
    }

    private void SetChildren(int[] rows, int state)
    {
        for (var child = states[state].FirstChild; child < states[state].FirstChild + states[state].ChildCount; child++)
        {
            if (states[child].Class < denseWidth)
            {
                rows[(state * denseWidth) + states[child].Class] = child;
            }
        }
    }

    private ushort[] BuildSourceClasses()
    {
        // Original character → class of its fold, so the document scan folds and classifies in one lookup.
        var fold = CharacterFolding.Table;
        var table = new ushort[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var f = fold[c];
            table[c] = f == CharacterFolding.Expands ? (ushort)ExpandsMark : f == ' ' ? (ushort)SpaceMark : classOf[f];
        }

        return table;
    }
}
