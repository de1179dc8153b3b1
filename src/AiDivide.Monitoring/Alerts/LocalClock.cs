namespace AiDivide.Monitoring.Alerts;

/// <summary>Wall-clock times in a recipient's zone, turned into instants without tripping over daylight-saving changes.</summary>
public static class LocalClock
{
    /// <summary>The instant a local wall-clock time happens; a time skipped by a spring-forward change moves on past the gap.</summary>
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    /// <summary>Start and end of the local day containing <paramref name="instant"/>, as instants.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) DayAround(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var day = ToLocal(instant, zone).Date;
        return (ToUtc(day, zone), ToUtc(day.AddDays(1), zone));
    }
}
