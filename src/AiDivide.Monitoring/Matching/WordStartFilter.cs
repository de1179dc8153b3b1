using System.Numerics;
using System.Runtime.CompilerServices;

namespace AiDivide.Monitoring.Matching;

/// <summary>
/// Says, from one hash of a whole ASCII word, that no keyword can start at that word: a Bloom
/// filter of the keywords' leading ASCII letter-and-digit runs.
/// </summary>
/// <remarks>
/// A keyword that starts at a word boundary must begin with the text's whole word there, not just
/// a prefix of it: if the word's run of ASCII letters and digits is followed by a character whose
/// fold is not one, the keyword's leading run equals the word (a shorter keyword would end inside
/// the word, and a longer one would have to continue with that same non-letter). So a word whose
/// run is not among the keywords' leading runs cannot start a keyword, and the scan skips it
/// without a transition. That matters for big watchlists: ordinary words start names ("mar" of
/// "Marlin Sen") and walk two to four states into the automaton before they fail; with this test
/// most of them cost what they cost with ten aliases. One 64-bit word per probe (two bits in the
/// same word, a blocked Bloom filter), so a test is one cache line; false positives only take the
/// ordinary path.
/// </remarks>
internal sealed class WordStartFilter
{
    /// <summary>The hash of an empty run; the scan hashes a word as it finds its end, with <see cref="Step"/> and <see cref="Finish"/>.</summary>
    internal const ulong Seed = 14695981039346656037;

    private readonly ulong[] words;
    private readonly int shift;

    public WordStartFilter(IEnumerable<string> keywords)
    {
        var runs = new HashSet<ulong>();
        foreach (var keyword in keywords)
        {
            var length = 0;
            while (length < keyword.Length && char.IsAsciiLetterOrDigit(keyword[length]))
            {
                length++;
            }

            if (length > 0)
            {
                runs.Add(Hash(keyword.AsSpan(0, length)));
            }
        }

        // About 16 bits per run: with two bits per run, about 1.5 % false positives.
        var count = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, runs.Count / 4));
        words = new ulong[count];
        shift = 64 - BitOperations.Log2((uint)count);
        foreach (var hash in runs)
        {
            words[Index(hash)] |= Bits(hash);
        }
    }

    /// <summary>Whether a keyword may start with the run of ASCII letters and digits whose <see cref="Hash"/> this is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayStart(ulong hash)
    {
        var bits = Bits(hash);
        return (words[Index(hash)] & bits) == bits;
    }

    /// <summary>The hash of a run of ASCII letters and digits, ignoring case (folded keywords are lower case already).</summary>
    public static ulong Hash(ReadOnlySpan<char> run)
    {
        var hash = Seed;
        foreach (var c in run)
        {
            hash = Step(hash, c);
        }

        return Finish(hash);
    }

    /// <summary>One character of a run: ASCII letters and digits all have bit 5 set in lower case, so OR-ing it in folds case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Step(ulong hash, char c) => (hash ^ (uint)(c | 0x20)) * 1099511628211;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Finish(ulong hash) => hash * 0x9E3779B97F4A7C15;

    private int Index(ulong hash) => (int)(hash >> shift);

    private static ulong Bits(ulong hash) => (1UL << (int)(hash & 63)) | (1UL << (int)((hash >> 6) & 63));
}
