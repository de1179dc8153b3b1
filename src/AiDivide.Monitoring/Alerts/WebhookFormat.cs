namespace AiDivide.Monitoring.Alerts;

/// <summary>The JSON body a webhook receives.</summary>
public enum WebhookFormat
{
    /// <summary>The alert's own fields (see docs/alerts.md).</summary>
    Json,

    /// <summary>A Slack incoming-webhook message (<c>text</c> plus blocks).</summary>
    Slack,

    /// <summary>A Microsoft Teams incoming-webhook MessageCard.</summary>
    Teams,
}
