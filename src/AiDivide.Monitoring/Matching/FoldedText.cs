using System.Globalization;
using System.Text;

namespace AiDivide.Monitoring.Matching;

/// <summary>Text reduced for matching, with a map back to the original for snippets.</summary>
/// <remarks>
/// Compatibility decomposition (NFKD) with combining marks dropped folds full-width forms and
/// diacritics (Müller → muller); invariant lower case; every dash and run of white space becomes a
/// single space so "Shanghai-based" and line-wrapped names still match. The map is needed because
/// folding changes lengths (ß → ss, ligatures).
/// </remarks>
public sealed class FoldedText
{
    private FoldedText(string text, int[] map)
    {
        Text = text;
        Map = map;
    }

    public string Text { get; }

    /// <summary>For each index of <see cref="Text"/>, the index of the original character it came from.</summary>
    public IReadOnlyList<int> Map { get; }

    public static FoldedText Fold(string original)
    {
        var text = new StringBuilder(original.Length);
        var map = new List<int>(original.Length);
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (c < 0x80)
            {
                Append(text, map, FoldAscii(c), i);
            }
            else if (char.IsSurrogate(c))
            {
                Append(text, map, c, i);
            }
            else
            {
                FoldNonAscii(c, text, map, i);
            }
        }

        return new FoldedText(text.ToString(), [.. map]);
    }

    /// <summary>Folds an alias the same way, without the map.</summary>
    public static string FoldAlias(string alias) => Fold(alias.Trim()).Text.Trim();

    private static void FoldNonAscii(char c, StringBuilder text, List<int> map, int index)
    {
        if (IsDash(c) || char.IsWhiteSpace(c))
        {
            Append(text, map, ' ', index);
            return;
        }

        if (c is '\u2018' or '\u2019' or '\u02BC' or '\uFF07')
        {
            Append(text, map, '\'', index);
            return;
        }

        if (c == 'ß')
        {
            Append(text, map, 's', index);
            Append(text, map, 's', index);
            return;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormKD);
        foreach (var part in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                Append(text, map, char.ToLowerInvariant(part), index);
            }
        }
    }

    private static char FoldAscii(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c + 32),
        '-' or '_' or '\t' or '\r' or '\n' => ' ',
        _ => c,
    };

    private static void Append(StringBuilder text, List<int> map, char c, int index)
    {
        // Collapse runs of spaces so alias "song haitao" matches across double spaces and line breaks.
        if (c == ' ' && text.Length > 0 && text[^1] == ' ')
        {
            return;
        }

        text.Append(c);
        map.Add(index);
    }

    private static bool IsDash(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation;
}
