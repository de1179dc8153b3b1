namespace AiDivide.Monitoring.Alerts;

/// <summary>When a recipient hears about new mentions: at once, or gathered into a digest.</summary>
public enum AlertMode
{
    /// <summary>One email per story as soon as it is found (subject to quiet hours and the daily cap).</summary>
    Immediate,

    /// <summary>A digest on the hour, in the recipient's zone.</summary>
    Hourly,

    /// <summary>A digest every day at <see cref="RecipientOptions.At"/>.</summary>
    Daily,

    /// <summary>A digest every week on <see cref="RecipientOptions.Day"/> at <see cref="RecipientOptions.At"/>.</summary>
    Weekly,
}
