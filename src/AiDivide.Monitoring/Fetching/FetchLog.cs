using Microsoft.Extensions.Logging;

namespace AiDivide.Monitoring.Fetching;

internal static partial class FetchLog
{
    [LoggerMessage(EventId = 1100, EventName = "FetchFailed", Level = LogLevel.Debug, Message = "GET {Url} failed: {Error}")]
    public static partial void FetchFailed(ILogger logger, Uri url, string error);
}
