using Microsoft.Extensions.Logging;

namespace AiDivide.Monitoring.Delivery;

internal static partial class DeliveryLog
{
    [LoggerMessage(EventId = 1600, EventName = "AlertDelivered", Level = LogLevel.Information, Message = "Alert {AlertKey} for {Entity} sent to {Recipient} via {Destination}")]
    public static partial void Delivered(ILogger logger, string alertKey, string entity, string recipient, string destination);

    [LoggerMessage(EventId = 1601, EventName = "AlertDeliveryRetrying", Level = LogLevel.Warning, Message = "Alert {AlertKey} to {Recipient} failed (attempt {Attempt}), retrying at {RetryAt:o}: {Error}")]
    public static partial void Retrying(ILogger logger, string alertKey, string recipient, int attempt, DateTimeOffset retryAt, string error);

    [LoggerMessage(EventId = 1602, EventName = "AlertDeliveryGivenUp", Level = LogLevel.Error, Message = "Alert {AlertKey} to {Recipient} could not be delivered after {Attempt} attempt(s) and is marked failed: {Error}")]
    public static partial void GivenUp(ILogger logger, string alertKey, string recipient, int attempt, string error);

    [LoggerMessage(EventId = 1603, EventName = "DeliveryRun", Level = LogLevel.Information, Message = "Delivery run: {Claimed} claimed, {Sent} sent, {Retrying} retrying, {GivenUp} given up")]
    public static partial void Run(ILogger logger, int claimed, int sent, int retrying, int givenUp);
}
