using System.Globalization;
using System.Net;
using System.Text;

namespace AiDivide.Monitoring.Alerts;

/// <summary>Makes text from articles safe for a mail header or an HTML body, and formats times for the reader.</summary>
/// <remarks>
/// Titles, outlets and snippets come from strangers' pages. In a header a CR/LF would start a new
/// header ("Bcc:"), so every control, format (bidi overrides) and line-separator character becomes a
/// space before MimeKit encodes and folds the value. In HTML everything is encoded, and only http and
/// https URLs become links.
/// </remarks>
public static class MailText
{
    public static string HeaderSafe(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var clean = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            clean.Append(IsUnsafe(c) ? ' ' : c);
        }

        return string.Join(' ', clean.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>One line of plain text: the same cleaning as a header, so a title cannot forge lines in the text part either.</summary>
    public static string Line(string? value) => HeaderSafe(value);

    /// <summary>HTML-encoded, with control characters removed.</summary>
    public static string Html(string? value) => WebUtility.HtmlEncode(HeaderSafe(value));

    /// <summary>The URL encoded for an href attribute, or null when it is not http(s) (javascript:, data:, file:…).</summary>
    public static string? Href(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? WebUtility.HtmlEncode(url.AbsoluteUri)
            : null;

    /// <summary>Shortens to at most <paramref name="max"/> characters at a word boundary, with an ellipsis.</summary>
    public static string Trim(string value, int max)
    {
        if (value.Length <= max)
        {
            return value;
        }

        var cut = value.LastIndexOf(' ', Math.Max(0, max - 1));
        return value[..(cut > max / 2 ? cut : max - 1)].TrimEnd(' ', ',', ';', ':') + "…";
    }

    /// <summary>"Song Haitao", "Song Haitao and WAIC", "A, B and C", "A, B and 3 others".</summary>
    public static string Names(IReadOnlyList<string> names) => names.Count switch
    {
        0 => string.Empty,
        1 => names[0],
        2 => $"{names[0]} and {names[1]}",
        3 => $"{names[0]}, {names[1]} and {names[2]}",
        _ => $"{names[0]}, {names[1]} and {names.Count - 2} others",
    };

    /// <summary>"Fri 4 Dec 2026, 09:30 (Asia/Shanghai)": a time as the reader's clock shows it.</summary>
    public static string When(DateTimeOffset instant, string zoneId)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found) ? found : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return local.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + $" ({(zone == TimeZoneInfo.Utc ? "UTC" : zoneId)})";
    }

    /// <summary>The snippet HTML-encoded with the first occurrence of any alias wrapped in a highlight.</summary>
    public static string Highlight(string snippet, IEnumerable<string> aliases)
    {
        snippet = HeaderSafe(snippet);
        foreach (var alias in aliases.Where(a => a.Length > 0))
        {
            var at = snippet.IndexOf(alias, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return WebUtility.HtmlEncode(snippet[..at])
                    + "<strong style=\"background:#ffe28a;color:#111;padding:0 2px\">" + WebUtility.HtmlEncode(snippet.Substring(at, alias.Length)) + "</strong>"
                    + WebUtility.HtmlEncode(snippet[(at + alias.Length)..]);
            }
        }

        return WebUtility.HtmlEncode(snippet);
    }

    public static string Outlet(string? siteName, Uri url) => HeaderSafe(string.IsNullOrWhiteSpace(siteName) ? url.Host : siteName);

    private static bool IsUnsafe(char c) => char.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
