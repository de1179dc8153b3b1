using System.Globalization;
using System.Text;

namespace AiDivide.Monitoring.Matching;

/// <summary>How each UTF-16 character folds for matching: one table lookup per character.</summary>
/// <remarks>
/// The table is built once per process from the runtime's Unicode data: compatibility
/// decomposition (the K of NFKC, so full-width "ＡＩ" is "ai"), combining marks dropped (Müller →
/// muller), invariant lower case, every dash and white space to one space, curly apostrophes to
/// <c>'</c>, invisible format characters (soft hyphen, zero-width space) dropped, a few letters
/// that carry their diacritic inside (ø, ł, đ) spelled plainly, and traditional Chinese characters
/// to simplified (<c>HanVariants.txt</c>, built from OpenCC). Characters whose fold is not exactly
/// one character (ß → ss, ﬁ → fi, dropped ones) are marked and looked up in a small side table.
/// </remarks>
public static class CharacterFolding
{
    /// <summary>Marks a character whose fold is in <see cref="Expansion"/> rather than the table.</summary>
    public const char Expands = '\uFFFF';

    private static readonly Lazy<(char[] Single, Dictionary<char, string> Expanded)> Tables = new(Build);

    /// <summary>What a character marked <see cref="Expands"/> folds to (possibly nothing).</summary>
    public static string Expansion(char c) => Tables.Value.Expanded[c];

    /// <summary>The whole table, for loops that fold many characters.</summary>
    internal static char[] Table => Tables.Value.Single;

    /// <summary>Letters and digits of scripts written with spaces between words (below the CJK blocks).</summary>
    public static bool IsWordChar(char c) => c < '\u2E80' && char.IsLetterOrDigit(c);

    /// <summary>Folds like the matcher but keeps diacritics, for aliases whose entity asks for exact accents.</summary>
    public static string FoldKeepingDiacritics(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            var folded = char.IsWhiteSpace(c) || IsDash(c) ? ' ' : char.ToLowerInvariant(c);
            if (folded != ' ' || (builder.Length > 0 && builder[^1] != ' '))
            {
                builder.Append(folded);
            }
        }

        return builder.ToString().Trim();
    }

    private static (char[], Dictionary<char, string>) Build()
    {
        var single = new char[char.MaxValue + 1];
        var expanded = new Dictionary<char, string>();
        var han = HanVariants.Load();
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var folded = char.IsSurrogate(c) ? c.ToString() : Fold(c, han);
            if (folded.Length == 1 && folded[0] != Expands)
            {
                single[i] = folded[0];
            }
            else
            {
                single[i] = Expands;
                expanded[c] = folded;
            }
        }

        return (single, expanded);
    }

    private static string Fold(char c, IReadOnlyDictionary<char, char> han)
    {
        if (c < 0x80)
        {
            // Control characters (and so the document separator) never take part in a match.
            return c is >= 'A' and <= 'Z' ? ((char)(c + 32)).ToString()
                : char.IsWhiteSpace(c) || c is '-' or '_' ? " "
                : char.IsControl(c) ? string.Empty
                : c.ToString();
        }

        if (char.IsWhiteSpace(c) || IsDash(c))
        {
            return " ";
        }

        var builder = new StringBuilder(2);
        foreach (var part in Decompose(c))
        {
            AppendFolded(builder, part, han);
        }

        return builder.ToString();
    }

    private static string Decompose(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return string.Empty;
        }

        return c switch
        {
            'ß' => "ss",
            'ẞ' => "ss",
            'Ø' or 'ø' => "o",
            'Ł' or 'ł' => "l",
            'Đ' or 'đ' => "d",
            'Æ' or 'æ' => "ae",
            'Œ' or 'œ' => "oe",
            'Þ' or 'þ' => "th",
            'ı' => "i",
            'ς' => "σ",
            '\u2018' or '\u2019' or '\u02BC' or '\u2032' => "'",
            _ => Normalize(c),
        };
    }

    private static string Normalize(char c)
    {
        try
        {
            return c.ToString().Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            // Noncharacters (U+FFFE, U+FFFF) have no normal form; they stay as they are.
            return c.ToString();
        }
    }

    private static void AppendFolded(StringBuilder builder, char part, IReadOnlyDictionary<char, char> han)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(part);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return;
        }

        var lower = char.IsWhiteSpace(part) || IsDash(part) || part == '_' ? ' ' : char.ToLowerInvariant(part);
        lower = lower == '＇' ? '\'' : lower;
        builder.Append(han.TryGetValue(lower, out var simplified) ? simplified : lower);
    }

    private static bool IsDash(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation;
}
