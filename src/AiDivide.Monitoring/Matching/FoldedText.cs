using System.Buffers;

namespace AiDivide.Monitoring.Matching;

/// <summary>Text reduced for matching, with a map back to the original for positions and snippets.</summary>
/// <remarks>
/// Each character folds through <see cref="CharacterFolding"/>; runs of spaces (dashes, line
/// breaks) collapse to one so "Shanghai-based" and line-wrapped names match "shanghai …". The map
/// is needed because folding changes lengths (ß → ss, dropped marks). A document folds its title
/// and main text into one buffer, joined by <see cref="Separator"/> (which no alias contains), so
/// one scan covers both and context rules can look from a headline into the lead. The buffers
/// come from the shared array pools (an article is megabytes of UTF-16 and offsets): dispose it.
/// The matcher does not build this for articles: <see cref="KeywordAutomaton.ScanDocument"/> folds
/// as it scans and numbers folded positions exactly as <see cref="FoldDocument"/> does, which is
/// what its tests check it against.
/// </remarks>
public sealed class FoldedText : IDisposable
{
    /// <summary>Stands between title and text in a folded document; never part of a match.</summary>
    public const char Separator = '\u0001';

    private readonly char[] chars;
    private readonly int[] map;
    private string? text;

    private FoldedText(char[] chars, int[] map, int length, int textOffset)
    {
        this.chars = chars;
        this.map = map;
        Length = length;
        TextOffset = textOffset;
    }

    public int Length { get; }

    /// <summary>Where the main text starts in the original offsets of <see cref="Map"/> (title length + 1).</summary>
    public int TextOffset { get; }

    public ReadOnlySpan<char> Chars => chars.AsSpan(0, Length);

    /// <summary>For each folded character, the offset of the original character it came from.</summary>
    public ReadOnlySpan<int> Map => map.AsSpan(0, Length);

    public string Text => text ??= new string(Chars);

    public static FoldedText Fold(string original)
    {
        var buffer = new Buffer(original.Length + 16);
        buffer.Append(original, 0);
        buffer.TrimEnd();
        return new FoldedText(buffer.Chars, buffer.Map, buffer.Length, 0);
    }

    /// <summary>Folds title and text into one buffer; offsets in <see cref="Map"/> count the title, one separator, then the text.</summary>
    public static FoldedText FoldDocument(string title, string text)
    {
        var buffer = new Buffer(title.Length + text.Length + 16);
        buffer.Append(title, 0);
        if (title.Length > 0)
        {
            buffer.Put(Separator, title.Length);
        }

        buffer.Append(text, title.Length + 1);
        buffer.TrimEnd();
        return new FoldedText(buffer.Chars, buffer.Map, buffer.Length, title.Length + 1);
    }

    /// <summary>Folds an alias or query term the same way, without the map.</summary>
    public static string FoldAlias(string alias)
    {
        using var folded = Fold(alias);
        return folded.Text;
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(chars);
        ArrayPool<int>.Shared.Return(map);
    }

    private sealed class Buffer(int capacity)
    {
        public char[] Chars { get; private set; } = ArrayPool<char>.Shared.Rent(capacity);

        public int[] Map { get; private set; } = ArrayPool<int>.Shared.Rent(capacity);

        public int Length { get; private set; }

        public void Append(string source, int offset)
        {
            var table = CharacterFolding.Table;
            var chars = Chars;
            var map = Map;
            var n = Length;
            for (var i = 0; i < source.Length; i++)
            {
                var f = table[source[i]];
                if (f == CharacterFolding.Expands)
                {
                    Length = n;
                    AppendExpansion(CharacterFolding.Expansion(source[i]), offset + i);
                    (chars, map, n) = (Chars, Map, Length);
                    continue;
                }

                // Collapse runs of spaces, and drop them at the start of a segment.
                if (f == ' ' && (n == 0 || chars[n - 1] is ' ' or Separator))
                {
                    continue;
                }

                if (n == chars.Length)
                {
                    Length = n;
                    Ensure(1);
                    (chars, map) = (Chars, Map);
                }

                chars[n] = f;
                map[n] = offset + i;
                n++;
            }

            Length = n;
        }

        public void Put(char c, int offset)
        {
            TrimEnd();
            Ensure(1);
            Chars[Length] = c;
            Map[Length] = offset;
            Length++;
        }

        public void TrimEnd()
        {
            while (Length > 0 && Chars[Length - 1] == ' ')
            {
                Length--;
            }
        }

        private void AppendExpansion(string expansion, int offset)
        {
            Ensure(expansion.Length);
            foreach (var c in expansion)
            {
                if (c == ' ' && (Length == 0 || Chars[Length - 1] is ' ' or Separator))
                {
                    continue;
                }

                Chars[Length] = c;
                Map[Length] = offset;
                Length++;
            }
        }

        private void Ensure(int extra)
        {
            // Expansions are the only way folded text outgrows the original plus the initial slack.
            if (Length + extra + 16 <= Chars.Length)
            {
                return;
            }

            var size = Math.Max(Chars.Length * 2, Length + extra + 16);
            var chars = ArrayPool<char>.Shared.Rent(size);
            var map = ArrayPool<int>.Shared.Rent(size);
            Chars.AsSpan(0, Length).CopyTo(chars);
            Map.AsSpan(0, Length).CopyTo(map);
            ArrayPool<char>.Shared.Return(Chars);
            ArrayPool<int>.Shared.Return(Map);
            (Chars, Map) = (chars, map);
        }
    }
}
