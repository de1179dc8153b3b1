using System.Globalization;
using System.Text.RegularExpressions;

namespace AiDivide.Monitoring.Extraction;

/// <summary>Reads the date formats publishers use (ISO 8601, RFC 1123, "Nov 19, 2019 7:53pm EST", 2019年11月19日) with their time zones.</summary>
/// <remarks>A value without a zone is read as UTC: a guess, but a stable one, and the order of stories stays right within a site.</remarks>
internal static partial class DateParser
{
    // Abbreviations that news sites print; ambiguous ones (IST, CST) take the reading most common in English-language news.
    private static readonly Dictionary<string, TimeSpan> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero, ["Z"] = TimeSpan.Zero, ["WET"] = TimeSpan.Zero, ["BST"] = TimeSpan.FromHours(1),
        ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2), ["EET"] = TimeSpan.FromHours(2), ["EEST"] = TimeSpan.FromHours(3),
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4), ["CST"] = TimeSpan.FromHours(-6), ["CDT"] = TimeSpan.FromHours(-5),
        ["MST"] = TimeSpan.FromHours(-7), ["MDT"] = TimeSpan.FromHours(-6), ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7),
        ["ET"] = TimeSpan.FromHours(-5), ["PT"] = TimeSpan.FromHours(-8), ["IST"] = new TimeSpan(5, 30, 0), ["JST"] = TimeSpan.FromHours(9),
        ["KST"] = TimeSpan.FromHours(9), ["HKT"] = TimeSpan.FromHours(8), ["SGT"] = TimeSpan.FromHours(8), ["AEST"] = TimeSpan.FromHours(10),
        ["AEDT"] = TimeSpan.FromHours(11), ["北京时间"] = TimeSpan.FromHours(8),
    };

    [GeneratedRegex(@"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:(\d{1,2})[:：时](\d{2}))?", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"\s*\(?\b(UTC|GMT|WET|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|JST|KST|HKT|SGT|AEST|AEDT)\b\)?\s*([+-]\d{1,2}(?::?\d{2})?)?|北京时间", RegexOptions.CultureInvariant)]
    private static partial Regex ZoneName();

    [GeneratedRegex(@"(\d{1,2})[:.](\d{2})\s*([ap])\.?\s*m\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TwelveHour();

    [GeneratedRegex(@"^\d{8}(?:T?\d{4,6})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Compact();

    private static readonly string[] CompactFormats = ["yyyyMMdd", "yyyyMMddHHmm", "yyyyMMddHHmmss", "yyyyMMdd'T'HHmm", "yyyyMMdd'T'HHmmss"];

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 80)
        {
            return null;
        }

        var text = value.Trim();
        if (Compact().IsMatch(text))
        {
            return DateTimeOffset.TryParseExact(text, CompactFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var compact)
                ? compact : null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return Plausible(parsed);
        }

        return ParseLoose(text);
    }

    private static DateTimeOffset? ParseLoose(string text)
    {
        TimeSpan? offset = null;
        var zone = ZoneName().Match(text);
        if (zone.Success)
        {
            offset = OffsetOf(zone);
            text = text.Remove(zone.Index, zone.Length);
        }

        text = ChineseDate().Replace(text, m => $"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}" +
            (m.Groups[4].Success ? $" {m.Groups[4].Value}:{m.Groups[5].Value}" : string.Empty));
        text = TwelveHour().Replace(text, m => $"{m.Groups[1].Value}:{m.Groups[2].Value} {m.Groups[3].Value.ToUpperInvariant()}M");
        text = text.Replace(" at ", " ", StringComparison.OrdinalIgnoreCase).Replace("Updated", string.Empty, StringComparison.OrdinalIgnoreCase)
            .Replace("Published", string.Empty, StringComparison.OrdinalIgnoreCase).Trim(' ', ',', '|', '-', ':');
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            return null;
        }

        return Plausible(new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset ?? TimeSpan.Zero));
    }

    private static TimeSpan OffsetOf(Match zone)
    {
        var offset = Zones.GetValueOrDefault(zone.Groups[1].Success ? zone.Groups[1].Value : zone.Value.Trim());
        if (zone.Groups[2].Success)
        {
            var digits = zone.Groups[2].Value.Replace(":", string.Empty, StringComparison.Ordinal);
            var sign = digits[0] == '-' ? -1 : 1;
            var hours = int.Parse(digits.Length > 3 ? digits[1..^2] : digits[1..], CultureInfo.InvariantCulture);
            var minutes = digits.Length > 3 ? int.Parse(digits[^2..], CultureInfo.InvariantCulture) : 0;
            offset += sign * new TimeSpan(hours, minutes, 0);
        }

        return offset;
    }

    // Dates before the web or far in the future are template placeholders or parse accidents.
    private static DateTimeOffset? Plausible(DateTimeOffset value) => value.Year is >= 1995 and <= 2100 ? value : null;
}
