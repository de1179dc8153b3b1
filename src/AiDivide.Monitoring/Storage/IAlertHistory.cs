using AiDivide.Monitoring.Alerts;

namespace AiDivide.Monitoring.Storage;

/// <summary>What alert planning and digests read back: queued alerts by key, daily counts, mentions by time.</summary>
public interface IAlertHistory
{
    /// <summary>The alert stored under <paramref name="key"/>, whatever its status; null when there is none.</summary>
    Task<Alert?> FindAlertAsync(string key, CancellationToken cancellationToken);

    /// <summary>Alerts (not digests) queued for <paramref name="recipient"/> on <paramref name="channel"/> with a creation time in [since, until).</summary>
    Task<int> CountImmediateAlertsAsync(string recipient, string channel, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Mentions found in [since, until), oldest first.</summary>
    Task<IReadOnlyList<MentionRecord>> ListMentionsFoundAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Mentions found in [since, until) per entity per day, days counted at <paramref name="utcOffset"/> from UTC (the reader's zone).</summary>
    Task<IReadOnlyList<MentionDayCount>> CountMentionsByDayAsync(DateTimeOffset since, DateTimeOffset until, TimeSpan utcOffset, CancellationToken cancellationToken);
}
