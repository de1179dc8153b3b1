using System.Globalization;
using AiDivide.Monitoring.Matching;

namespace AiDivide.Monitoring.Dedup;

/// <summary>An entry's identity by (site, normalised title, day): catches a story re-published under a new URL and guid.</summary>
/// <remarks>
/// Generic headlines ("Live updates", "Morning briefing") recur daily on one site as different
/// articles, so short titles get no key: missing a duplicate costs one extra alert, while a false
/// merge would lose an article.
/// </remarks>
public static class TitleKey
{
    private const int MinimumWords = 5;

    /// <returns>The key, or null when the title is too short to identify an article.</returns>
    public static string? For(Uri canonicalLink, string title, DateTimeOffset day)
    {
        var words = FoldedText.FoldAlias(title)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsLetterOrDigit)]))
            .Where(w => w.Length > 0)
            .ToList();
        if (words.Count < MinimumWords)
        {
            return null;
        }

        var date = day.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"title:{canonicalLink.Host}|{string.Join(' ', words)}|{date}";
    }
}
