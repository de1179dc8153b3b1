namespace AiDivide.Monitoring.Alerts;

/// <summary>Who gets alerts, and for which entities.</summary>
public sealed class AlertOptions
{
    public const string SectionName = "Alerts";

    public List<RecipientOptions> Recipients { get; set; } = [];
}
