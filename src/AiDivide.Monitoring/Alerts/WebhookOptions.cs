namespace AiDivide.Monitoring.Alerts;

/// <summary>A URL that receives a JSON POST per alert (immediate only), through the same outbox as email.</summary>
public sealed class WebhookOptions : SubscriptionOptions
{
    /// <summary>Stable name: part of the alert key, and how delivery finds the URL (which is not stored with the alert).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>http or https; often a secret (Slack, Teams), so set it from the environment and it is never logged.</summary>
    public Uri? Url { get; set; }

    public WebhookFormat Format { get; set; } = WebhookFormat.Json;

    /// <summary>Zone for the times in the payload text.</summary>
    public string TimeZone { get; set; } = "UTC";
}
