using Microsoft.Extensions.Logging;

namespace AiDivide.Monitoring.Fetching;

internal static partial class FetchLog
{
    [LoggerMessage(EventId = 1100, EventName = "FetchFailed", Level = LogLevel.Debug, Message = "GET {Url} failed: {Error}")]
    public static partial void FetchFailed(ILogger logger, Uri url, string error);

    [LoggerMessage(EventId = 1101, EventName = "RobotsLoaded", Level = LogLevel.Debug, Message = "robots.txt at {Url}: {Origin}")]
    public static partial void RobotsLoaded(ILogger logger, Uri url, string origin);

    [LoggerMessage(EventId = 1102, EventName = "HostHeldBack", Level = LogLevel.Information, Message = "{Host} asked us to wait (HTTP {Status}, Retry-After); no requests to it until {Until:u}")]
    public static partial void HostHeldBack(ILogger logger, string host, int status, DateTimeOffset until);
}
