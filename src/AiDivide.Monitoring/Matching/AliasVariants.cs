using System.Buffers;
using System.Globalization;
using System.Text;

namespace AiDivide.Monitoring.Matching;

/// <summary>The folded spellings one alias is matched under.</summary>
/// <remarks>
/// Folding already makes "Müller" and "Muller" equal. German transliteration is a second spelling,
/// so an entity that folds diacritics also gets "mueller" for "Müller". A hyphenated alias also
/// matches written closed up ("Infinigence-AI" → "infinigenceai") as well as spaced.
/// </remarks>
public static class AliasVariants
{
    private static readonly SearchValues<char> Umlauts = SearchValues.Create("äöüÄÖÜ");

    public static IEnumerable<string> Of(string alias, bool foldDiacritics)
    {
        var variants = new HashSet<string>(StringComparer.Ordinal) { FoldedText.FoldAlias(alias) };
        if (foldDiacritics && alias.AsSpan().IndexOfAny(Umlauts) >= 0)
        {
            variants.Add(FoldedText.FoldAlias(Transliterate(alias.Normalize(NormalizationForm.FormC))));
        }

        if (alias.Any(IsDash))
        {
            variants.Add(FoldedText.FoldAlias(new string([.. alias.Where(c => !IsDash(c))])));
        }

        variants.Remove(string.Empty);
        return variants;
    }

    private static string Transliterate(string alias) => alias
        .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal).Replace("ü", "ue", StringComparison.Ordinal)
        .Replace("Ä", "Ae", StringComparison.Ordinal).Replace("Ö", "Oe", StringComparison.Ordinal).Replace("Ü", "Ue", StringComparison.Ordinal);

    private static bool IsDash(char c) => c == '-' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation;
}
