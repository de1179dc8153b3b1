using Microsoft.Extensions.Logging;

namespace AiDivide.Monitoring.Pipeline;

internal static partial class PipelineLog
{
    [LoggerMessage(EventId = 1000, EventName = "FeedRefreshed", Level = LogLevel.Information,
        Message = "Feed {FeedId} refreshed: {Entries} entries, {NewArticles} new articles, {Duplicates} duplicates, {EntryFailures} entry failures, {Mentions} mentions, {Alerts} alerts queued")]
    public static partial void FeedRefreshed(ILogger logger, string feedId, int entries, int newArticles, int duplicates, int entryFailures, int mentions, int alerts);

    [LoggerMessage(EventId = 1001, EventName = "FeedUnchanged", Level = LogLevel.Debug, Message = "Feed {FeedId} not modified since the last poll")]
    public static partial void FeedUnchanged(ILogger logger, string feedId);

    [LoggerMessage(EventId = 1002, EventName = "FeedFailed", Level = LogLevel.Warning,
        Message = "Feed {FeedId} ({FeedUrl}) failed ({Failures} in a row), next attempt at {NextPollAt:o}: {Error}")]
    public static partial void FeedFailed(ILogger logger, string feedId, Uri feedUrl, int failures, DateTimeOffset nextPollAt, string error);

    [LoggerMessage(EventId = 1003, EventName = "EntryFailed", Level = LogLevel.Warning,
        Message = "Entry {EntryUrl} of feed {FeedId} failed (attempt {Attempt} of {MaxAttempts}): {Error}")]
    public static partial void EntryFailed(ILogger logger, string feedId, Uri? entryUrl, int attempt, int maxAttempts, string error);

    [LoggerMessage(EventId = 1004, EventName = "PollCycleCompleted", Level = LogLevel.Information,
        Message = "Poll cycle: {Feeds} feeds polled ({Failed} failed), {NewArticles} new articles, {Duplicates} duplicates, {Mentions} mentions, {Alerts} alerts queued")]
    public static partial void CycleCompleted(ILogger logger, int feeds, int failed, int newArticles, int duplicates, int mentions, int alerts);

    [LoggerMessage(EventId = 1005, EventName = "NewMention", Level = LogLevel.Information, Message = "{Entity} mentioned in {ArticleUrl}")]
    public static partial void NewMention(ILogger logger, string entity, Uri articleUrl);

    [LoggerMessage(EventId = 1006, EventName = "FeedListUnreadable", Level = LogLevel.Error, Message = "The feed list could not be read; polling the feeds already known: {Error}")]
    public static partial void FeedListUnreadable(ILogger logger, string error);

    [LoggerMessage(EventId = 1010, EventName = "AlertsWithheld", Level = LogLevel.Information,
        Message = "Feed {FeedId}: alerts withheld for {BacklogArticles} articles of its first-poll backlog (stored only) and {TooOldArticles} articles past the maximum age")]
    public static partial void AlertsWithheld(ILogger logger, string feedId, int backlogArticles, int tooOldArticles);
}
