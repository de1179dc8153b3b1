namespace AiDivide.Monitoring.Alerts;

/// <summary>The channels an alert can go out on; part of the alert key.</summary>
public static class AlertChannel
{
    public const string Email = "email";

    public const string Webhook = "webhook";
}
