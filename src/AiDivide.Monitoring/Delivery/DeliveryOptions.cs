namespace AiDivide.Monitoring.Delivery;

/// <summary>How alerts leave the outbox: sender, channel, batching and retries.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    public string From { get; set; } = "AiDivide Monitor <alerts@aidivide-monitor.invalid>";

    /// <summary>Where .eml files go when no SMTP host is configured.</summary>
    public string PickupDirectory { get; set; } = "data/outbox";

    public SmtpOptions Smtp { get; set; } = new();

    public int BatchSize { get; set; } = 50;

    /// <summary>How long a worker owns claimed alerts; a crashed worker's alerts are retried after it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts before an alert that keeps failing transiently is given up and reported.</summary>
    public int MaxAttempts { get; set; } = 12;

    /// <summary>First retry delay; doubles per attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long one webhook POST may take before it counts as a transient failure.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(15);

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}
