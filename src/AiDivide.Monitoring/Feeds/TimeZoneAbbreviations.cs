namespace AiDivide.Monitoring.Feeds;

/// <summary>UTC offsets of the zone names feeds write after RFC 822 times.</summary>
/// <remarks>
/// RFC 822 names only UT, GMT and the four US zones; feeds use many more. Ambiguous names take
/// their most common reading in English-language feeds, as feedparser does: CST is US Central,
/// IST is India. Single-letter military zones are read as UTC (RFC 1123 §5.2.14: their signs were
/// published backwards, so they carry no reliable information), except Z.
/// </remarks>
internal static class TimeZoneAbbreviations
{
    private static readonly Dictionary<string, int> OffsetMinutes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["WET"] = 0, ["Z0"] = 0,
        ["EST"] = -300, ["EDT"] = -240, ["CST"] = -360, ["CDT"] = -300,
        ["MST"] = -420, ["MDT"] = -360, ["PST"] = -480, ["PDT"] = -420,
        ["AKST"] = -540, ["AKDT"] = -480, ["HST"] = -600, ["AST"] = -240, ["ADT"] = -180,
        ["NST"] = -210, ["NDT"] = -150, ["BRT"] = -180, ["ART"] = -180,
        ["BST"] = 60, ["IST"] = 330, ["WEST"] = 60, ["CET"] = 60, ["MET"] = 60, ["CEST"] = 120, ["MEST"] = 120,
        ["EET"] = 120, ["EEST"] = 180, ["MSK"] = 180, ["SAST"] = 120, ["PKT"] = 300, ["ICT"] = 420, ["WIB"] = 420,
        ["HKT"] = 480, ["SGT"] = 480, ["PHT"] = 480, ["AWST"] = 480, ["JST"] = 540, ["KST"] = 540,
        ["ACST"] = 570, ["ACDT"] = 630, ["AEST"] = 600, ["AEDT"] = 660, ["NZST"] = 720, ["NZDT"] = 780,
    };

    public static bool TryGetOffset(string name, out TimeSpan offset)
    {
        if (OffsetMinutes.TryGetValue(name, out var minutes))
        {
            offset = TimeSpan.FromMinutes(minutes);
            return true;
        }

        offset = TimeSpan.Zero;
        return name.Length == 1 && char.IsAsciiLetter(name[0]) && name[0] is not ('J' or 'j');
    }
}
