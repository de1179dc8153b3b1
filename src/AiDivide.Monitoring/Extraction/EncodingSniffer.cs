using System.Text;

namespace AiDivide.Monitoring.Extraction;

/// <summary>
/// Recovers the encoding of a page whose declared charset is missing or wrong, by decoding a sample with each
/// candidate and scoring how much the result looks like real text.
/// </summary>
/// <remarks>
/// Legacy CJK encodings accept each other's bytes, so validity alone cannot tell them apart: the score rewards
/// the most frequent Chinese characters (simplified and traditional) and Japanese kana, and penalises
/// replacement characters, other Han characters (what random byte pairs decode to), private-use and rare code points, and runs of accented Latin letters
/// (what double-byte text looks like when read as windows-1252).
/// </remarks>
internal static class EncodingSniffer
{
    private const int SampleBytes = 64 * 1024;

    private static readonly string[] Candidates = ["GB18030", "big5", "shift_jis", "windows-1252"];

    /// <summary>The candidate whose reading of the bytes scores best; the declared encoding, if any, starts with a head start.</summary>
    public static Encoding Sniff(ReadOnlySpan<byte> body, Encoding? declared)
    {
        var sample = body[..Math.Min(body.Length, SampleBytes)];
        Encoding best = declared ?? CharsetLabels.FromName("windows-1252")!;
        var bestScore = double.MinValue;
        IEnumerable<Encoding> candidates = [.. Candidates.Select(n => CharsetLabels.FromName(n)!)];
        if (declared is not null)
        {
            candidates = candidates.Where(c => c.CodePage != declared.CodePage).Prepend(declared);
        }

        foreach (var encoding in candidates)
        {
            var score = Score(encoding.GetString(sample));
            if (encoding == declared)
            {
                // The page's word counts for something: another reading must be clearly better to overrule it.
                score += 20 + (Math.Abs(score) * 0.1);
            }

            if (score > bestScore)
            {
                best = encoding;
                bestScore = score;
            }
        }

        return best;
    }

    private static double Score(string text)
    {
        double score = 0;
        var previousHighLatin = false;
        foreach (var c in text)
        {
            var highLatin = c is >= '\u00C0' and <= '\u00FF';
            score += CharScore(c);
            if (highLatin)
            {
                // One accented letter between ASCII ones is Latin text; a run of them is misread double-byte text.
                score += previousHighLatin ? -2 : 1;
            }

            previousHighLatin = highLatin;
        }

        return score;
    }

    private static double CharScore(char c) => c switch
    {
        < '\u0080' => 0,
        '\uFFFD' => -20,
        >= '\u3040' and <= '\u30FF' => 1.5,
        >= '\u3000' and <= '\u303F' or >= '\uFF01' and <= '\uFF5E' => 1,
        >= '\u4E00' and <= '\u9FFF' => CommonHan.Contains(c) ? 3 : -0.5,
        >= '\uE000' and <= '\uF8FF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' => -2,
        >= '\u0080' and <= '\u009F' => -2,
        _ => 0,
    };
}
