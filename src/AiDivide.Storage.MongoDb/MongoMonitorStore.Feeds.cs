using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Storage;
using MongoDB.Driver;

namespace AiDivide.Storage.MongoDb;

public sealed partial class MongoMonitorStore
{
    private static readonly FilterDefinitionBuilder<FeedDocument> FeedFilter = Builders<FeedDocument>.Filter;
    private static readonly UpdateDefinitionBuilder<FeedDocument> FeedUpdate = Builders<FeedDocument>.Update;

    public async Task SyncFeedsAsync(IReadOnlyList<FeedDefinition> feeds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Only the feeds no longer listed are deactivated, so a worker syncing concurrently never sees listed feeds inactive.
        var ids = feeds.Select(f => f.Id).ToList();
        await feedCollection.UpdateManyAsync(FeedFilter.Nin(f => f.Id, ids), FeedUpdate.Set(f => f.Active, false), cancellationToken: cancellationToken);
        foreach (var feed in feeds)
        {
            var update = FeedUpdate
                .Set(f => f.Url, feed.Url.AbsoluteUri)
                .Set(f => f.Title, feed.Title)
                .Set(f => f.Active, true)
                .Set(f => f.Conditional, feed.UsesConditionalGet)
                .SetOnInsert(f => f.NextPollAt, Utc(now))
                .SetOnInsert(f => f.ConsecutiveFailures, 0);
            await UpsertAsync(() => feedCollection.UpdateOneAsync(FeedFilter.Eq(f => f.Id, feed.Id), update, new UpdateOptions { IsUpsert = true }, cancellationToken));
        }
    }

    public async Task<IReadOnlyList<FeedState>> ClaimDueFeedsAsync(string owner, DateTimeOffset dueBy, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        var due = FeedFilter.Eq(f => f.Active, true)
            & FeedFilter.Lte(f => f.NextPollAt, Utc(dueBy))
            & (FeedFilter.Eq(f => f.LeaseUntil, null) | FeedFilter.Lte(f => f.LeaseUntil, Utc(now)));
        var take = FeedUpdate.Set(f => f.LeaseOwner, owner).Set(f => f.LeaseUntil, Utc(now + lease));
        var claimed = await claims.ClaimAsync(
            feedCollection, due, Builders<FeedDocument>.Sort.Ascending(f => f.NextPollAt), f => f.Id, f => f.LeaseGeneration, take, max, owner, Utc(now), cancellationToken);
        return [.. claimed.Select(ToState)];
    }

    public async Task CompletePollAsync(string feedId, string owner, FeedPollOutcome outcome, CancellationToken cancellationToken)
    {
        var update = FeedUpdate
            .Set(f => f.LastPolledAt, Utc(outcome.PolledAt))
            .Set(f => f.NextPollAt, Utc(outcome.NextPollAt))
            .Set(f => f.LeaseOwner, null)
            .Set(f => f.LeaseUntil, null)
            .Set(f => f.LastError, outcome.Error);
        update = outcome.Error is null
            ? update.Set(f => f.ETag, outcome.ETag).Set(f => f.LastModified, outcome.LastModified)
                .Set(f => f.ConsecutiveFailures, 0).Set(f => f.LastSuccessAt, Utc(outcome.PolledAt)).Set(f => f.FailingSince, null)
            : update.Inc(f => f.ConsecutiveFailures, 1).Set(f => f.LastErrorAt, Utc(outcome.PolledAt))
                .Set(f => f.FailingSince, Utc(outcome.FailingSince ?? outcome.PolledAt));
        if (outcome.LastNewItemAt is { } newItemAt)
        {
            update = update.Set(f => f.LastNewItemAt, Utc(newItemAt));
        }

        if (outcome.UpdateInterval is { } interval)
        {
            update = update.Set(f => f.UpdateIntervalMs, (long)interval.TotalMilliseconds);
        }

        if (outcome.PublisherInterval is { } publisher)
        {
            update = update.Set(f => f.PublisherIntervalMs, (long)publisher.TotalMilliseconds);
        }

        await feedCollection.UpdateOneAsync(FeedFilter.Eq(f => f.Id, feedId) & FeedFilter.Eq(f => f.LeaseOwner, owner), update, cancellationToken: cancellationToken);
    }

    public Task ReleaseFeedAsync(string feedId, string owner, CancellationToken cancellationToken) =>
        feedCollection.UpdateOneAsync(
            FeedFilter.Eq(f => f.Id, feedId) & FeedFilter.Eq(f => f.LeaseOwner, owner),
            FeedUpdate.Set(f => f.LeaseOwner, null).Set(f => f.LeaseUntil, null),
            cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<FeedState>> ListFeedsAsync(CancellationToken cancellationToken)
    {
        var documents = await feedCollection.Find(FeedFilter.Eq(f => f.Active, true)).SortBy(f => f.Title).ToListAsync(cancellationToken);
        return [.. documents.Select(ToState)];
    }

    private static FeedState ToState(FeedDocument d) => new()
    {
        Id = d.Id,
        Url = new Uri(d.Url),
        Title = d.Title,
        NextPollAt = FromUtc(d.NextPollAt),
        ETag = d.ETag,
        LastModified = d.LastModified,
        ConsecutiveFailures = d.ConsecutiveFailures,
        LastError = d.LastError,
        LastPolledAt = FromUtc(d.LastPolledAt),
        LastSuccessAt = FromUtc(d.LastSuccessAt),
        UsesConditionalGet = d.Conditional,
        LastErrorAt = FromUtc(d.LastErrorAt),
        FailingSince = FromUtc(d.FailingSince),
        LastNewItemAt = FromUtc(d.LastNewItemAt),
        UpdateInterval = d.UpdateIntervalMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
        // Zero is stored for "read, and it asked for nothing", so a 304 does not bring back an old hint.
        PublisherInterval = d.PublisherIntervalMs is { } hint && hint > 0 ? TimeSpan.FromMilliseconds(hint) : null,
    };
}
