using AiDivide.Monitoring.Sources;

namespace AiDivide.Monitoring.Storage;

/// <summary>Feeds, their schedule and their health; claimed with leases so many workers can share them.</summary>
public interface IFeedStore
{
    /// <summary>Adds configured feeds that are new (due at once) and refreshes the URL, title and conditional-GET switch of known ones.</summary>
    Task SyncFeedsAsync(IReadOnlyList<FeedDefinition> feeds, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically takes up to <paramref name="max"/> feeds due by <paramref name="dueBy"/> that no live
    /// lease holds, leasing them to <paramref name="owner"/> until <paramref name="now"/> + <paramref name="lease"/>.
    /// </summary>
    /// <remarks>A poll cycle passes its start time as <paramref name="dueBy"/>, so a feed it has just polled is not claimed again.</remarks>
    Task<IReadOnlyList<FeedState>> ClaimDueFeedsAsync(string owner, DateTimeOffset dueBy, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>Records a poll and releases the lease; ignored if <paramref name="owner"/> no longer holds it.</summary>
    Task CompletePollAsync(string feedId, string owner, FeedPollOutcome outcome, CancellationToken cancellationToken);

    /// <summary>Gives a claimed feed back without polling it (shutdown), so another worker can take it at once.</summary>
    Task ReleaseFeedAsync(string feedId, string owner, CancellationToken cancellationToken);

    Task<IReadOnlyList<FeedState>> ListFeedsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Makes the given active feeds (all of them when <paramref name="feedIds"/> is null) due at <paramref name="now"/>,
    /// unless they are due earlier already; returns how many active feeds matched.
    /// </summary>
    /// <remarks>A feed under lease keeps its lease: the poll in progress finishes and sets its own next time.</remarks>
    Task<int> SchedulePollNowAsync(IReadOnlyCollection<string>? feedIds, DateTimeOffset now, CancellationToken cancellationToken);
}
