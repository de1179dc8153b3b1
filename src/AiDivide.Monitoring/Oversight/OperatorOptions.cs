namespace AiDivide.Monitoring.Oversight;

/// <summary>Who is told when the monitor itself needs attention (failing feeds, undeliverable alerts), and when.</summary>
public sealed class OperatorOptions
{
    public const string SectionName = "Operator";

    /// <summary>The operator's address; empty turns operator mail off.</summary>
    public string Email { get; set; } = "";

    /// <summary>Local time (in <see cref="TimeZone"/>) after which the day's summary is sent.</summary>
    public TimeSpan DailyAt { get; set; } = new(8, 0, 0);

    /// <summary>IANA (or Windows) time zone id for <see cref="DailyAt"/> and the times in the mail.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Send the daily summary even when there is nothing wrong (a sign of life).</summary>
    public bool DailyWhenHealthy { get; set; }

    /// <summary>A feed failing for longer than this (since its last good poll) is a problem.</summary>
    public TimeSpan FeedFailingAfter { get; set; } = TimeSpan.FromHours(6);

    /// <summary>An alert waiting in the outbox for longer than this is a problem.</summary>
    public TimeSpan AlertsWaitingAfter { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How far back alerts that failed for good are listed in the daily summary (each is also told once, when it fails).</summary>
    public TimeSpan UndeliverableWindow { get; set; } = TimeSpan.FromDays(7);

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Email);

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
