using Microsoft.Extensions.Logging;

namespace AiDivide.Monitoring.Alerts;

internal static partial class AlertLog
{
    [LoggerMessage(EventId = 1650, EventName = "AlertCapReached", Level = LogLevel.Information, Message = "Daily cap reached for {Recipient}: {ArticleKey} goes into the next digest")]
    public static partial void CapReached(ILogger logger, string recipient, string articleKey);

    [LoggerMessage(EventId = 1651, EventName = "DigestQueued", Level = LogLevel.Information, Message = "Digest for {Recipient} ({Label}) queued with {Stories} stories")]
    public static partial void DigestQueued(ILogger logger, string recipient, string label, int stories);
}
