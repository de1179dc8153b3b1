using System.Globalization;
using System.Text.RegularExpressions;

namespace AiDivide.Monitoring.Feeds;

/// <summary>Reads the dates feeds write, with the invariant culture and never the host's time zone.</summary>
/// <remarks>
/// ISO 8601 / RFC 3339 first, then a token reader for RFC 822 and its usual breakages (full or
/// wrong weekday and month names, no comma, two-digit years, no seconds, dashes as in RFC 850,
/// <c>GMT+8</c>, zone names from <see cref="TimeZoneAbbreviations"/>, ctime and Java
/// <c>Date.toString</c> layouts, <c>July 27, 2025 10:30 AM</c>), then CJK 年月日 dates. The
/// offset the feed gave is kept; a date without one is UTC.
/// </remarks>
public static partial class FeedDateParser
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] Weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Contains('年', StringComparison.Ordinal) ? CjkDate().Replace(value.Trim(), "$1-$2-$3 ") : value.Trim();
        return ParseIso(text) ?? ParseTokens(text) ?? ParseUnixSeconds(text);
    }

    private static DateTimeOffset? ParseIso(string text)
    {
        var match = IsoDate().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var offset = TimeSpan.Zero;
        if (match.Groups["zone"].Success && !TryOffset(match.Groups["zone"].Value.Trim(), out offset))
        {
            return null;
        }

        return Build(Int(match, "year"), Int(match, "month"), Int(match, "day"), Int(match, "hour"), Int(match, "minute"), Int(match, "second"), match.Groups["fraction"].Value, offset);
    }

    private static DateTimeOffset? ParseTokens(string text)
    {
        var parts = new DateParts();
        foreach (Match token in DateToken().Matches(text))
        {
            var accepted = token.Groups["time"].Success ? parts.AddTime(token)
                : token.Groups["offset"].Success && parts.SawTime ? parts.AddOffset(token.Value)
                : token.Groups["word"].Success ? parts.AddWord(token.Value)
                : parts.AddNumber(token.Value.TrimStart('-', '+'));
            if (!accepted)
            {
                return null;
            }
        }

        return parts.Year < 0 || parts.Month < 0 || parts.Day < 0
            ? null
            : Build(parts.Year, parts.Month, parts.Day, parts.Hour24, parts.Minute, parts.Second, parts.Fraction, parts.Offset);
    }

    /// <summary>What the tokens of an RFC 822-like date said so far.</summary>
    private sealed class DateParts
    {
        private bool pm;
        private bool am;
        private int hour;

        public int Year { get; private set; } = -1;

        public int Month { get; private set; } = -1;

        public int Day { get; private set; } = -1;

        public int Minute { get; private set; }

        public int Second { get; private set; }

        public string Fraction { get; private set; } = "";

        public TimeSpan Offset { get; private set; }

        public bool SawTime { get; private set; }

        public int Hour24 => pm && hour < 12 ? hour + 12 : am && hour == 12 ? 0 : hour;

        public bool AddTime(Match token)
        {
            (SawTime, hour, Minute, Second, Fraction) = (true, Int(token, "h"), Int(token, "m"), Int(token, "s"), token.Groups["f"].Value);
            return true;
        }

        public bool AddOffset(string value)
        {
            if (!TryOffset(value, out var extra))
            {
                return false;
            }

            Offset += extra;
            return true;
        }

        public bool AddWord(string word)
        {
            var prefix = (word.Length >= 3 ? word[..3] : word).ToLowerInvariant();
            if (Array.IndexOf(Months, prefix) is var m and >= 0 && (word.Length == 3 || IsMonthName(word)))
            {
                Month = m + 1;
            }
            else if (word.Equals("PM", StringComparison.OrdinalIgnoreCase) || word.Equals("AM", StringComparison.OrdinalIgnoreCase))
            {
                (pm, am) = (word[0] is 'P' or 'p', word[0] is 'A' or 'a');
            }
            else if (TimeZoneAbbreviations.TryGetOffset(word, out var zone))
            {
                Offset = zone;
            }
            else if (Array.IndexOf(Weekdays, prefix) < 0 && word.Length > 2)
            {
                // An unknown word: not a date we understand, rather than a wrong one.
                return false;
            }

            return true;
        }

        public bool AddNumber(string digits)
        {
            if (digits.Length > 4 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            if (digits.Length == 4 && Year < 0)
            {
                Year = number;
            }
            else if (digits.Length <= 2 && Day < 0 && number is >= 1 and <= 31)
            {
                Day = number;
            }
            else if (digits.Length <= 2 && Year < 0)
            {
                Year = number < 50 ? 2000 + number : 1900 + number;
            }
            else
            {
                return false;
            }

            return true;
        }
    }

    /// <summary>Some generators write seconds since 1970; ten digits cover 2001 to 2286.</summary>
    private static DateTimeOffset? ParseUnixSeconds(string text) =>
        text.Length == 10 && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private static bool IsMonthName(string word) =>
        CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Any(name => name.Length > 0 && name.StartsWith(word, StringComparison.OrdinalIgnoreCase))
        || word.Equals("Sept", StringComparison.OrdinalIgnoreCase);

    private static DateTimeOffset? Build(int year, int month, int day, int hour, int minute, int second, string fraction, TimeSpan offset)
    {
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour is < 0 or > 24 || minute is < 0 or > 59 || second is < 0 or > 60 || offset.Duration() > TimeSpan.FromHours(14))
        {
            return null;
        }

        // 24:00 is the end of the day, and a leap second is read as the last one of its minute.
        var extraDay = hour == 24;
        var ticks = fraction.Length == 0 ? 0 : long.Parse(fraction.PadRight(7, '0').AsSpan(0, 7), NumberStyles.None, CultureInfo.InvariantCulture);
        var local = new DateTime(year, month, day, extraDay ? 0 : hour, minute, Math.Min(second, 59), DateTimeKind.Unspecified).AddTicks(ticks);
        return new DateTimeOffset(extraDay ? local.AddDays(1) : local, new TimeSpan(offset.Hours, offset.Minutes, 0));
    }

    private static bool TryOffset(string zone, out TimeSpan offset)
    {
        var match = NumericOffset().Match(zone);
        if (!match.Success)
        {
            return TimeZoneAbbreviations.TryGetOffset(zone, out offset);
        }

        var named = TimeSpan.Zero;
        if (match.Groups["name"].Success && !TimeZoneAbbreviations.TryGetOffset(match.Groups["name"].Value, out named))
        {
            offset = TimeSpan.Zero;
            return false;
        }

        var digits = match.Groups["digits"].Value.Replace(":", "", StringComparison.Ordinal);
        var (hours, minutes) = digits.Length <= 2 ? (int.Parse(digits, CultureInfo.InvariantCulture), 0)
            : (int.Parse(digits[..^2], CultureInfo.InvariantCulture), int.Parse(digits[^2..], CultureInfo.InvariantCulture));
        var sign = match.Groups["sign"].Value == "-" ? -1 : 1;
        offset = named + (sign * new TimeSpan(hours, minutes, 0));
        return minutes < 60;
    }

    private static int Int(Match match, string group) =>
        match.Groups[group].Success && match.Groups[group].Length > 0 ? int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^(?<year>\d{4})[-/.]?(?<month>\d{1,2})[-/.]?(?<day>\d{1,2})(?:(?:T|\s+|T\s*)(?<hour>\d{1,2}):?(?<minute>\d{2})(?::?(?<second>\d{2}))?(?:[.,](?<fraction>\d+))?)?\s*(?<zone>Z|[+-]\d{1,2}(?::?\d{2})?|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Za-z]{2,5})?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<time>\b(?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2}))?(?:[.,](?<f>\d+))?)|(?<offset>[+-]\d{1,4}(?::\d{2})?)|(?<word>[A-Za-z]+)|(?<number>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex DateToken();

    [GeneratedRegex(@"^(?<name>UTC|GMT|UT)?\s*(?<sign>[+-])(?<digits>\d{1,2}(?::?\d{2})?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumericOffset();

    [GeneratedRegex(@"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?", RegexOptions.CultureInvariant)]
    private static partial Regex CjkDate();
}
