using MongoDB.Driver;

namespace AiDivide.Storage.MongoDb;

public sealed partial class MongoMonitorStore
{
    public async Task<int> SchedulePollNowAsync(IReadOnlyCollection<string>? feedIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var active = FeedFilter.Eq(f => f.Active, true);
        if (feedIds is not null)
        {
            active &= FeedFilter.In(f => f.Id, feedIds.Distinct(StringComparer.Ordinal));
        }

        // Only feeds due later move; a feed due earlier already keeps its place in the queue.
        await feedCollection.UpdateManyAsync(active & FeedFilter.Gt(f => f.NextPollAt, Utc(now)), FeedUpdate.Set(f => f.NextPollAt, Utc(now)), cancellationToken: cancellationToken);
        return (int)await feedCollection.CountDocumentsAsync(active, cancellationToken: cancellationToken);
    }
}
