using System.Globalization;

namespace AiDivide.Monitoring.Sources;

/// <summary>Reads a feed's <c>backlog</c> ("seed" or "alert") and <c>maxArticleAge</c> ("2.00:00:00") fields of the feed list.</summary>
internal static class FeedAlertingFields
{
    public static BacklogPolicy? ParseBacklog(string? value, string where)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // Enum.TryParse alone would also take "1" or "Seed, Alert"; only the two names are meant.
        return value.Trim().ToLowerInvariant() switch
        {
            "seed" => BacklogPolicy.Seed,
            "alert" => BacklogPolicy.Alert,
            _ => throw new InvalidDataException($"{where} '{value}' is not \"seed\" or \"alert\"."),
        };
    }

    public static TimeSpan? ParseMaxArticleAge(string? value, string where)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!TimeSpan.TryParse(value.Trim(), CultureInfo.InvariantCulture, out var age) || age <= TimeSpan.Zero)
        {
            throw new InvalidDataException($"{where} '{value}' is not a positive duration such as \"2.00:00:00\" (two days).");
        }

        return age;
    }
}
