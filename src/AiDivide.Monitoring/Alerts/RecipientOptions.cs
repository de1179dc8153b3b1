namespace AiDivide.Monitoring.Alerts;

/// <summary>One person who receives alerts: what they subscribe to, and when and how mail reaches them.</summary>
public sealed class RecipientOptions : SubscriptionOptions
{
    public string Email { get; set; } = string.Empty;

    public string? Name { get; set; }

    public AlertMode Mode { get; set; } = AlertMode.Immediate;

    /// <summary>Local time of the daily or weekly digest; for immediate recipients with a cap, of the overflow digest.</summary>
    public TimeOnly At { get; set; } = new(8, 0);

    /// <summary>Day of the weekly digest.</summary>
    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;

    /// <summary>IANA zone id (<c>Asia/Shanghai</c>) for digest times, quiet hours and the times printed in mail.</summary>
    public string TimeZone { get; set; } = "UTC";

    public QuietHoursOptions? QuietHours { get; set; }

    /// <summary>Immediate emails per local day; further stories wait for the overflow digest at <see cref="At"/>. Null = no cap.</summary>
    public int? DailyCap { get; set; }

    /// <summary>The zone, which validation has checked exists.</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>True when this recipient is ever sent a digest: a digest mode, or immediate with a cap that can overflow.</summary>
    public bool HasDigest => Mode != AlertMode.Immediate || DailyCap is not null;
}
