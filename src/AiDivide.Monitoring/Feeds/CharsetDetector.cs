using System.Text;

namespace AiDivide.Monitoring.Feeds;

/// <summary>Guesses the legacy encoding of bytes that are not UTF-8: GB18030, Big5, Shift_JIS or Windows-1252.</summary>
/// <remarks>
/// Each candidate decodes the bytes; the one whose non-ASCII characters are most often common CJK
/// characters, CJK punctuation or (for Shift_JIS) kana, with the fewest undecodable sequences, wins. GBK and Big5 share their byte ranges,
/// so validity alone cannot tell them apart, but frequent characters can: the wrong table turns
/// ordinary text into rare characters. Nothing CJK-looking means Windows-1252.
/// </remarks>
internal static class CharsetDetector
{
    // Frequent characters of Chinese news text, simplified and traditional forms both listed.
    private const string Frequent =
        "的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心本前开開但因只从從想实實日者意无無力与與长長把机機民第公此已工使情明性知全三又关關点點正业業外将將两兩高间間由问問很最重并新闻聞报報道市记記网網月号號区區会議议日美发";

    /// <summary>Below this share of plausible characters no CJK reading is believed, and the bytes are Windows-1252.</summary>
    private const double MinimumShare = 0.25;

    private static readonly Encoding[] Candidates = [Encoding.GetEncoding("GB18030"), Encoding.GetEncoding("big5"), Encoding.GetEncoding("shift_jis")];

    public static bool IsValidUtf8(ReadOnlySpan<byte> body) => System.Text.Unicode.Utf8.IsValid(body);

    public static bool HasMultiByteUtf8(ReadOnlySpan<byte> body) => body.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;

    public static Encoding Detect(byte[] body)
    {
        Encoding best = Encoding.GetEncoding(1252);
        var bestShare = MinimumShare;
        foreach (var candidate in Candidates)
        {
            var share = PlausibleShare(candidate.GetString(body), candidate.CodePage == 932);
            if (share > bestShare)
            {
                (best, bestShare) = (candidate, share);
            }
        }

        return best;
    }

    /// <summary>Of the non-ASCII characters decoded, the share that real text in that encoding would be made of.</summary>
    private static double PlausibleShare(string text, bool japanese)
    {
        int nonAscii = 0, plausible = 0;
        foreach (var c in text)
        {
            if (c < '\u0080')
            {
                continue;
            }

            nonAscii++;
            plausible += c switch
            {
                '\uFFFD' or (>= '\uE000' and <= '\uF8FF') => -3,
                >= '\u3040' and <= '\u30FF' => japanese ? 1 : 0,
                >= '\u3000' and <= '\u303F' or >= '\uFF01' and <= '\uFF5E' => 1,
                >= '\u4E00' and <= '\u9FFF' when Frequent.Contains(c, StringComparison.Ordinal) => 1,
                _ => 0,
            };
        }

        return nonAscii == 0 ? 0 : (double)plausible / nonAscii;
    }
}
