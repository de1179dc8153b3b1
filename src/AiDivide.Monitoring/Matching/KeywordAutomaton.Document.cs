using System.Buffers;

namespace AiDivide.Monitoring.Matching;

/// <summary>The article scan: folds each original character on the fly and feeds the automaton in the same loop.</summary>
/// <remarks>
/// Nothing is materialised: no folded copy of the article and no offset map (for a 1 MB article
/// that was 2 MB of characters and 4 MB of offsets written and read back). One table lookup takes
/// an original character straight to the class of its fold. Folded positions are counted exactly
/// as <see cref="FoldedText.FoldDocument"/> would number them (space runs collapse to one, spaces
/// at the start and end of title and text are dropped, title and text are joined by
/// <see cref="FoldedText.Separator"/>), because context rules measure distance in folded
/// characters. The original offset of each folded character is kept only in a small ring, as long
/// as the longest keyword, which is all a hit needs to find its start. Inside an ordinary word the
/// scan sits in <see cref="InWord"/> and skips the rest of the word's ASCII letters and digits
/// without a transition each.
/// </remarks>
public sealed partial class KeywordAutomaton
{
    /// <summary>
    /// Adds every keyword occurrence in the folded title and text to <paramref name="hits"/>, in order of end,
    /// with folded positions (as numbered by <see cref="FoldedText.FoldDocument"/>) and original ones
    /// (title offsets, then one for the separator, then text offsets).
    /// </summary>
    public void ScanDocument(string title, string text, List<KeywordHit> hits)
    {
        var ring = ArrayPool<int>.Shared.Rent(ringSize);
        try
        {
            var cursor = new Cursor { State = Root, AtSegmentStart = true };
            if (title.Length > 0)
            {
                ScanSegment(title, 0, ring, ref cursor, hits);
                cursor.PendingSpace = false;
                Feed(ref cursor, classOf[FoldedText.Separator], title.Length, ring, hits, default, -1);
                cursor.AtSegmentStart = true;
            }

            ScanSegment(text, title.Length + 1, ring, ref cursor, hits);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ring);
        }
    }

    private void ScanSegment(string segment, int offset, int[] ring, ref Cursor cursor, List<KeywordHit> hits)
    {
        var table = sourceClass;
        var fold = CharacterFolding.Table;
        var dense = this.dense;
        var (width, denseCount, mask) = (denseWidth, this.denseCount, ringSize - 1);
        var (state, n, pending, atStart) = (cursor.State, cursor.Length, cursor.PendingSpace, cursor.AtSegmentStart);
        for (var i = 0; i < segment.Length; i++)
        {
            int cls = table[segment[i]];
            if (cls >= width)
            {
                if (cls == SpaceMark)
                {
                    // Only the first space of a run counts, and only once something follows it.
                    if (!pending && !atStart)
                    {
                        (pending, cursor.PendingAt) = (true, offset + i);
                    }

                    continue;
                }

                if (cls == ExpandsMark)
                {
                    (cursor.State, cursor.Length, cursor.PendingSpace, cursor.AtSegmentStart) = (state, n, pending, atStart);
                    Expand(segment, i, offset, ring, ref cursor, hits);
                    (state, n, pending, atStart) = (cursor.State, cursor.Length, cursor.PendingSpace, cursor.AtSegmentStart);
                    continue;
                }
            }

            if (pending)
            {
                pending = false;
                ring[n++ & mask] = cursor.PendingAt;
                state = Advance(state, classOf[' ']);
            }

            atStart = false;
            if (state == Root && char.IsAsciiLetterOrDigit(segment[i]) && (dense[cls] & StateBits) != InWord)
            {
                // A word that starts some keyword's first letter where nothing is in progress: skip it whole
                // if no keyword can start with the whole word. (When no keyword starts with its first letter,
                // as for most words with a small watchlist, the step to InWord below is cheaper than a hash.)
                var (hash, end) = (WordStartFilter.Seed, i);
                do
                {
                    hash = WordStartFilter.Step(hash, segment[end++]);
                }
                while (end < segment.Length && char.IsAsciiLetterOrDigit(segment[end]));

                if (!wordStarts.MayStart(WordStartFilter.Finish(hash)) && EndsRun(segment, end, fold))
                {
                    n += end - i;
                    i = end - 1;
                    state = InWord;
                    continue;
                }
            }

            ring[n++ & mask] = offset + i;
            bool reports;
            if (cls >= width)
            {
                // A Chinese or Japanese character of some keyword: no dense row covers it.
                state = StepWide(state, cls);
                reports = states[state].Report >= 0;
            }
            else if (state < denseCount)
            {
                var entry = dense[(state * width) + cls];
                (state, reports) = (entry & StateBits, entry < 0);
            }
            else
            {
                state = Deep(state, cls);
                reports = states[state].Report >= 0;
            }

            if (reports)
            {
                Report(new Hit(state, n, offset + i, -1), new Source(segment, i), ring, hits);
            }
            else if (state == InWord)
            {
                // The rest of an ordinary word: each ASCII letter or digit folds to one character and stays here.
                var from = i;
                while (i + 1 < segment.Length && char.IsAsciiLetterOrDigit(segment[i + 1]))
                {
                    i++;
                }

                n += i - from;
            }
        }

        (cursor.State, cursor.Length, cursor.PendingSpace, cursor.AtSegmentStart) = (state, n, pending, atStart);
    }

    /// <summary>Whether a run of ASCII letters and digits ending at <paramref name="end"/> also ends a folded word: the next character does not fold to a letter or digit that continues it.</summary>
    private static bool EndsRun(string segment, int end, char[] fold)
    {
        if (end == segment.Length)
        {
            // The title is followed by the separator, the text by nothing.
            return true;
        }

        var f = fold[segment[end]];
        if (f != CharacterFolding.Expands)
        {
            return !char.IsAsciiLetterOrDigit(f);
        }

        // ß → ss continues the word; a dropped character (soft hyphen) may too, whatever follows it.
        var expansion = CharacterFolding.Expansion(segment[end]);
        return expansion.Length > 0 && !char.IsAsciiLetterOrDigit(expansion[0]);
    }

    /// <summary>A character whose fold is not one character: feed each character of its expansion (possibly none).</summary>
    private void Expand(string segment, int i, int offset, int[] ring, ref Cursor cursor, List<KeywordHit> hits)
    {
        var expansion = CharacterFolding.Expansion(segment[i]);
        for (var k = 0; k < expansion.Length; k++)
        {
            if (expansion[k] == ' ')
            {
                if (!cursor.PendingSpace && !cursor.AtSegmentStart)
                {
                    (cursor.PendingSpace, cursor.PendingAt) = (true, offset + i);
                }

                continue;
            }

            if (cursor.PendingSpace)
            {
                cursor.PendingSpace = false;
                Feed(ref cursor, classOf[' '], cursor.PendingAt, ring, hits, new Source(segment, i), -1);
            }

            cursor.AtSegmentStart = false;
            var next = k + 1 < expansion.Length ? expansion[k + 1] : -1;
            Feed(ref cursor, classOf[expansion[k]], offset + i, ring, hits, new Source(segment, i), next);
        }
    }

    private void Feed(ref Cursor cursor, int cls, int at, int[] ring, List<KeywordHit> hits, Source source, int nextInExpansion)
    {
        ring[cursor.Length++ & (ringSize - 1)] = at;
        cursor.State = Advance(cursor.State, cls);
        if (states[cursor.State].Report >= 0)
        {
            Report(new Hit(cursor.State, cursor.Length, at, nextInExpansion), source, ring, hits);
        }
    }

    private void Report(Hit hit, Source source, int[] ring, List<KeywordHit> hits)
    {
        var mask = ringSize - 1;
        for (var keyword = states[hit.State].Report; keyword >= 0; keyword = outputs[keyword].Next)
        {
            ref readonly var output = ref outputs[keyword];
            if (output.EndsInWord && IsWordCharNext(source, hit.NextInExpansion))
            {
                continue;
            }

            var start = hit.End - output.Length;
            hits.Add(new KeywordHit(keyword, start, hit.End, ring[start & mask], hit.At + 1));
        }
    }

    /// <summary>Whether the folded character after the one just fed is a word character (the title's end is followed by the separator).</summary>
    private static bool IsWordCharNext(Source source, int nextInExpansion)
    {
        if (nextInExpansion >= 0)
        {
            return CharacterFolding.IsWordChar((char)nextInExpansion);
        }

        var fold = CharacterFolding.Table;
        var segment = source.Segment ?? string.Empty;
        for (var j = source.Index + 1; j < segment.Length; j++)
        {
            var f = fold[segment[j]];
            if (f != CharacterFolding.Expands)
            {
                return CharacterFolding.IsWordChar(f);
            }

            if (CharacterFolding.Expansion(segment[j]) is { Length: > 0 } expansion)
            {
                return CharacterFolding.IsWordChar(expansion[0]);
            }
        }

        return false;
    }

    /// <summary>Where the scan of a document is between segments and slow paths.</summary>
    private struct Cursor
    {
        public int State;
        public int Length;
        public bool PendingSpace;
        public int PendingAt;
        public bool AtSegmentStart;
    }

    /// <summary>A state that reports: <paramref name="End"/> is the folded end, <paramref name="At"/> the original offset of the last character, <paramref name="NextInExpansion"/> the folded character after it when it came from an expansion that goes on, else -1.</summary>
    private readonly record struct Hit(int State, int End, int At, int NextInExpansion);

    /// <summary>The original character just fed (none for the separator), for looking ahead to the next one.</summary>
    private readonly record struct Source(string? Segment, int Index);
}
