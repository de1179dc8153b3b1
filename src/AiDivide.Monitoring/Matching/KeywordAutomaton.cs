using System.Numerics;
using System.Runtime.CompilerServices;

namespace AiDivide.Monitoring.Matching;

/// <summary>Finds every occurrence of many folded keywords in one left-to-right pass (Aho-Corasick).</summary>
/// <remarks>
/// The cost per character does not depend on how many keywords there are: one table lookup maps
/// the character to a class, then one transition, following failure links at most as often as
/// characters were consumed. The shallowest states, which nearly every character visits, have
/// complete rows indexed by class (one lookup, failures folded in); the long thin tails of names
/// keep their children only, numbered breadth-first so each node's children are consecutive states.
/// The trie is built from the sorted keywords in one walk, so a watchlist of 100,000 aliases
/// builds in well under a second.
/// <para>
/// Keywords that start or end with a letter or digit of a spaced script only match on word
/// boundaries ("Gill" is not found in "Gillette"); Chinese and Japanese ends need none. The start
/// boundary is built into the automaton rather than checked afterwards: there are two roots, one
/// after a non-word character (<see cref="Root"/>, where any keyword may start) and one inside a
/// word (<see cref="InWord"/>, where only keywords starting with a non-word character may), and
/// failure links never fall back to a suffix that starts inside a word. So the rest of an
/// ordinary word costs nothing: the scan sits in <see cref="InWord"/> and skips to the word's end
/// (<see cref="ScanDocument"/>), and name-like words do not drag the scan through the deep
/// states of names that merely contain them. A whole word that no keyword starts with is skipped
/// the same way from its first letter (<see cref="WordStartFilter"/>).
/// </para>
/// </remarks>
public sealed partial class KeywordAutomaton
{
    /// <summary>The root after a non-word character (or at the start): every keyword may start here.</summary>
    internal const int Root = 0;

    /// <summary>The root inside a word: keywords that start with a word character may not start here.</summary>
    internal const int InWord = 1;

    // Classes 0 and 1 are the characters in no keyword, non-word and word; their transition from
    // any state is the root of the same number.
    private const int NonWordClass = 0;
    private const int WordClass = 1;

    // Complete rows for the shallowest states, within about 512 KB so they stay in cache.
    private const int DenseBudget = 128 << 10;

    // Dense rows cover only the classes of characters below this one (Latin, Greek, Cyrillic and
    // other spaced scripts, punctuation). Chinese and Japanese characters would multiply the row
    // width by the thousands of distinct characters a big watchlist uses, so that only the root
    // and the first level would fit the budget; they take the sparse path even from dense states.
    private const char FirstWideCharacter = '\u2E80';

    // A dense row entry is the next state, with the sign bit set when that state reports a keyword:
    // the document scan learns it from the entry it already read instead of loading the state.
    private const int ReportsBit = int.MinValue;
    private const int StateBits = int.MaxValue;

    private readonly ushort[] classOf = new ushort[char.MaxValue + 1];
    private readonly int width;
    private readonly int denseWidth;
    private readonly int denseCount;
    private readonly State[] states;
    private readonly int[] dense;
    private readonly int[] rootWide;
    private readonly Output[] outputs;
    private readonly WordStartFilter wordStarts;
    private readonly bool[] isWordClass;
    private readonly ushort[] sourceClass;
    private readonly int ringSize;

    public KeywordAutomaton(IReadOnlyList<string> keywords)
        : this(keywords, DenseBudget)
    {
    }

    /// <param name="keywords">The folded keywords.</param>
    /// <param name="denseBudget">Entries of dense rows at most; tests make it tiny so that small watchlists take the sparse paths too.</param>
    internal KeywordAutomaton(IReadOnlyList<string> keywords, int denseBudget)
    {
        (width, denseWidth) = AssignClasses(keywords);
        isWordClass = WordClasses();
        var trie = TrieBuilder.Build(keywords, classOf, denseBudget / denseWidth);
        states = trie.States;
        wordStarts = new WordStartFilter(keywords);
        outputs = LinkFailures(trie.BreadthFirst, trie.KeywordOf, keywords);
        denseCount = Math.Clamp(Math.Min(denseBudget / denseWidth, trie.ShallowCount), 2, states.Length);
        dense = BuildDenseRows();
        rootWide = BuildRootWide();
        sourceClass = BuildSourceClasses();
        ringSize = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, keywords.Select(k => k.Length).DefaultIfEmpty().Max() + 1));
    }

    public int KeywordCount => outputs.Length;

    /// <summary>Adds every keyword occurrence in already folded <paramref name="text"/> to <paramref name="hits"/>, in order of end.</summary>
    /// <remarks>Source offsets equal folded offsets here. Articles go through <see cref="ScanDocument"/>, which folds as it goes.</remarks>
    public void Scan(ReadOnlySpan<char> text, List<KeywordHit> hits)
    {
        var state = Root;
        for (var i = 0; i < text.Length; i++)
        {
            state = Advance(state, classOf[text[i]]);
            for (var keyword = states[state].Report; keyword >= 0; keyword = outputs[keyword].Next)
            {
                var start = i + 1 - outputs[keyword].Length;
                if (!outputs[keyword].EndsInWord || i + 1 == text.Length || !CharacterFolding.IsWordChar(text[i + 1]))
                {
                    hits.Add(new KeywordHit(keyword, start, i + 1, start, i + 1));
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Advance(int state, int cls) => state < denseCount && cls < denseWidth ? dense[(state * denseWidth) + cls] & StateBits : Deep(state, cls);

    private int Deep(int state, int cls)
    {
        if (cls <= WordClass)
        {
            // A character in no keyword: nothing in progress survives it.
            return cls;
        }

        // Most states deep in a name have one child: take it without the general search.
        ref readonly var s = ref states[state];
        return s.ChildCount == 1 && states[s.FirstChild].Class == cls ? s.FirstChild : Next(state, cls);
    }

    private int Next(int state, int cls)
    {
        while (state >= denseCount)
        {
            ref readonly var s = ref states[state];
            for (int child = s.FirstChild, end = s.FirstChild + s.ChildCount; child < end; child++)
            {
                var ec = states[child].Class;
                if (ec == cls)
                {
                    return child;
                }

                if (ec > cls)
                {
                    break;
                }
            }

            state = s.Fail;
        }

        return cls < denseWidth ? dense[(state * denseWidth) + cls] & StateBits : StepWide(state, cls);
    }

    /// <summary>The step on a Chinese or Japanese character of some keyword (a class no dense row covers).</summary>
    /// <remarks>
    /// Such characters are never word characters, so once the failures reach either root the
    /// step is the root's own: precomputed in <see cref="rootWide"/> rather than a binary search
    /// among the root's children, which for a big watchlist number in the thousands. Chinese text
    /// is mostly these characters, each of them a step from the root or near it.
    /// </remarks>
    private int StepWide(int state, int cls)
    {
        while (state > InWord)
        {
            var child = FindChild(state, (ushort)cls);
            if (child >= 0)
            {
                return child;
            }

            state = states[state].Fail;
        }

        return rootWide[cls - denseWidth];
    }

    /// <summary>What a keyword needs when it is found, in one place so that a hit costs one cache miss rather than one per array.</summary>
    /// <param name="Next">The next keyword that ends at the same place (a suffix of this one), or -1.</param>
    /// <param name="EndsInWord">Ends with a word character of a spaced script, so it only matches where a word ends.</param>
    private readonly record struct Output(int Next, int Length, bool EndsInWord);

    /// <summary>One automaton state; 16 bytes, so four share a cache line.</summary>
    /// <remarks>
    /// A state's children are consecutive states (breadth-first numbering), and each carries the
    /// class of the edge into it: looking for a child reads the line the scan goes to next anyway,
    /// rather than separate edge arrays (one cache miss per step deep in a big watchlist, not three).
    /// </remarks>
    internal struct State
    {
        public int FirstChild;
        public int Fail;
        /// <summary>The longest keyword that ends here (the others follow <see cref="Output.Next"/>), or -1.</summary>
        public int Report;
        public ushort Class;
        public ushort ChildCount;
    }
}
