namespace AiDivide.Monitoring.Extraction;

/// <summary>The "Headline - Site Name" convention of document titles: finding the site name and taking it off.</summary>
internal static class SiteTitle
{
    private static readonly string[] Separators = [" | ", " - ", " — ", " – ", " :: ", " · ", " » ", "_", "｜", " / "];

    /// <summary>The "… - Site Name" suffix of a document title, for pages that do not name their site otherwise.</summary>
    public static string? Suffix(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        title = MetadataReader.Normalize(title);
        foreach (var separator in Separators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            var tail = at > 0 ? title[(at + separator.Length)..].Trim() : string.Empty;
            if (IsLikelySiteName(tail, at))
            {
                return tail;
            }
        }

        return null;
    }

    /// <summary>Takes off a trailing (or leading) site name: the known one, else a short tail after a separator.</summary>
    public static string StripSuffix(string title, string? siteName)
    {
        title = MetadataReader.Normalize(title);
        foreach (var separator in Separators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && IsSiteName(title[(at + separator.Length)..].Trim(), siteName, at))
            {
                return StripSuffix(title[..at].Trim(), siteName);
            }

            var first = title.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0 && siteName is not null && title[..first].Trim().Equals(siteName.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return title[(first + separator.Length)..].Trim();
            }
        }

        return title;
    }

    private static bool IsSiteName(string tail, string? siteName, int headlineLength) =>
        (siteName is not null && (tail.Equals(siteName.Trim(), StringComparison.OrdinalIgnoreCase)
            || siteName.Contains(tail, StringComparison.OrdinalIgnoreCase) || tail.Contains(siteName, StringComparison.OrdinalIgnoreCase)))
        || IsLikelySiteName(tail, headlineLength);

    // A short tail after the last separator, shorter than the headline before it ("… - Lantern Data Times").
    private static bool IsLikelySiteName(string tail, int headlineLength) => tail.Length is > 0 and <= 40 && tail.Length * 2 < headlineLength;
}
