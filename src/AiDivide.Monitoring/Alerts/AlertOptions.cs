namespace AiDivide.Monitoring.Alerts;

/// <summary>Who gets alerts, for which entities, when, and through which channel.</summary>
public sealed class AlertOptions
{
    public const string SectionName = "Alerts";

    public List<RecipientOptions> Recipients { get; set; } = [];

    public List<WebhookOptions> Webhooks { get; set; } = [];

    /// <summary>How long after a digest period closes before it is built, so mentions written at its very end are in it.</summary>
    public TimeSpan DigestGrace { get; set; } = TimeSpan.FromMinutes(2);

    public RecipientOptions? FindRecipient(string email) =>
        Recipients.FirstOrDefault(r => string.Equals(r.Email, email, StringComparison.OrdinalIgnoreCase));

    public WebhookOptions? FindWebhook(string name) =>
        Webhooks.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.Ordinal));
}
