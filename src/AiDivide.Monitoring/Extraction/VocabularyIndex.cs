using System.Globalization;

namespace AiDivide.Monitoring.Extraction;

/// <summary>
/// Finds which of several vocabularies of name fragments occur in a class-and-id string, in one left-to-right scan
/// (a trie over the fragments, case-insensitive for ASCII).
/// </summary>
/// <remarks>
/// Templates give a page hundreds of distinct class names, and each used to be matched against four long
/// case-insensitive regular expressions; one trie walk answers all four at a fraction of the cost. A fragment can
/// require a word boundary or a space-separated name at either end, as the expressions' <c>\b</c> and anchors did.
/// </remarks>
internal sealed class VocabularyIndex
{
    private const int Alphabet = 27; // a-z and '-', the only characters the vocabularies use

    // Node n's child for character slot s is transitions[n * Alphabet + s]; 0 means none (the root is never a child).
    private int[] transitions = new int[Alphabet * 64];
    private Entry[]?[] entries = new Entry[]?[64];
    private int nodes = 1;

    /// <summary>Where a fragment must stand in the names.</summary>
    public enum Edge
    {
        /// <summary>Anywhere, even inside a longer word.</summary>
        Anywhere,

        /// <summary>At a word boundary (regex <c>\b</c>).</summary>
        WordBoundary,

        /// <summary>At the start or end of the string, or next to a space.</summary>
        NameBoundary,
    }

    /// <summary>Adds <paramref name="fragment"/> (lower-case a-z and '-') to the vocabularies in <paramref name="mask"/>.</summary>
    public VocabularyIndex Add(string fragment, int mask, Edge before = Edge.Anywhere, Edge after = Edge.Anywhere)
    {
        var node = 0;
        foreach (var c in fragment)
        {
            var slot = Slot(c);
            if (slot < 0)
            {
                throw new ArgumentException($"'{fragment}' holds a character outside a-z and '-'.", nameof(fragment));
            }

            if (transitions[(node * Alphabet) + slot] == 0)
            {
                if (nodes == entries.Length)
                {
                    Array.Resize(ref transitions, transitions.Length * 2);
                    Array.Resize(ref entries, entries.Length * 2);
                }

                transitions[(node * Alphabet) + slot] = nodes++;
            }

            node = transitions[(node * Alphabet) + slot];
        }

        entries[node] = [.. entries[node] ?? [], new Entry(mask, before, after)];
        return this;
    }

    /// <summary>The union of the masks of every fragment found in <paramref name="names"/>.</summary>
    public int Scan(ReadOnlySpan<char> names)
    {
        var found = 0;
        for (var start = 0; start < names.Length; start++)
        {
            var node = 0;
            for (var at = start; at < names.Length; at++)
            {
                var slot = Slot(names[at]);
                if (slot < 0 || (node = transitions[(node * Alphabet) + slot]) == 0)
                {
                    break;
                }

                if (entries[node] is { } matches)
                {
                    foreach (var match in matches)
                    {
                        if (IsAt(names, start, match.Before, before: true) && IsAt(names, at + 1, match.After, before: false))
                        {
                            found |= match.Mask;
                        }
                    }
                }
            }
        }

        return found;
    }

    private static int Slot(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= 'A' and <= 'Z' => c - 'A',
        '-' => 26,
        _ => -1,
    };

    private static bool IsAt(ReadOnlySpan<char> names, int position, Edge edge, bool before) => edge switch
    {
        Edge.WordBoundary => before
            ? position == 0 || !IsWordChar(names[position - 1])
            : position == names.Length || !IsWordChar(names[position]),
        Edge.NameBoundary => before
            ? position == 0 || names[position - 1] == ' '
            // "$" also matches before a final newline.
            : position == names.Length || names[position] == ' ' || (position == names.Length - 1 && names[position] == '\n'),
        _ => true,
    };

    // What .NET's regex \b counts as a word character.
    private static bool IsWordChar(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
        || c is '\u200D' or '\u200C';

    private readonly record struct Entry(int Mask, Edge Before, Edge After);
}
