using Microsoft.Extensions.Logging;

namespace AiDivide.Monitoring.Matching;

internal static partial class MatchingLog
{
    [LoggerMessage(EventId = 1500, EventName = "WatchlistReloaded", Level = LogLevel.Information,
        Message = "Watchlist {Path} reloaded: {Entities} entities, {Keywords} keywords, built in {ElapsedMs} ms")]
    public static partial void WatchlistReloaded(ILogger logger, string path, int entities, int keywords, long elapsedMs);

    [LoggerMessage(EventId = 1501, EventName = "WatchlistRejected", Level = LogLevel.Warning,
        Message = "Watchlist {Path} changed but was not loaded; the last good watchlist stays in use. {Problem}")]
    public static partial void WatchlistRejected(ILogger logger, string path, string problem);
}
