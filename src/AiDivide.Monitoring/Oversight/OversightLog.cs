using Microsoft.Extensions.Logging;

namespace AiDivide.Monitoring.Oversight;

internal static partial class OversightLog
{
    [LoggerMessage(EventId = 1700, EventName = "OperatorNoticeSent", Level = LogLevel.Information,
        Message = "Operator {Kind} notice sent to {Operator} with {Problems} problem(s): {Subject}")]
    public static partial void NoticeSent(ILogger logger, NoticeKind kind, string @operator, int problems, string subject);

    [LoggerMessage(EventId = 1701, EventName = "OperatorNoticeFailed", Level = LogLevel.Error,
        Message = "Operator {Kind} notice to {Operator} could not be sent; retrying at the next check: {Error}")]
    public static partial void NoticeFailed(ILogger logger, NoticeKind kind, string @operator, string error);
}
