namespace AiDivide.Monitoring.Delivery;

/// <summary>A webhook POST that did not succeed, and whether trying again could help.</summary>
public sealed class WebhookDeliveryException(string message, bool isPermanent, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>4xx (other than 408 and 429) or a webhook no longer configured: the same request will fail the same way.</summary>
    public bool IsPermanent { get; } = isPermanent;
}
