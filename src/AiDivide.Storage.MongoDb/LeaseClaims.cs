using System.Linq.Expressions;
using MongoDB.Driver;

namespace AiDivide.Storage.MongoDb;

/// <summary>Claims documents for one worker so that no two workers ever hold the same one.</summary>
/// <remarks>
/// A claim is won by inserting a lease token whose _id names the document and its next lease
/// generation; the unique _id lets exactly one worker win each generation. This relies only on
/// insert uniqueness, the one guarantee every MongoDB-compatible server keeps, rather than on
/// findOneAndUpdate being atomic under concurrency: real MongoDB makes it so, jongodb does not
/// (measured by ClaimDueFeeds_FromManyWorkersAtOnce_NeverHandsOneFeedToTwo). An expired lease
/// is taken over by winning the following generation.
/// </remarks>
internal sealed class LeaseClaims(IMongoCollection<LeaseDocument> leases)
{
    public static readonly TimeSpan TokenRetention = TimeSpan.FromDays(7);

    public async Task<List<T>> ClaimAsync<T>(
        IMongoCollection<T> collection,
        FilterDefinition<T> due,
        SortDefinition<T> order,
        Func<T, string> idOf,
        Expression<Func<T, long>> generationOf,
        UpdateDefinition<T> take,
        int max,
        string owner,
        DateTime now,
        CancellationToken cancellationToken)
    {
        var generation = generationOf.Compile();
        var candidates = await collection.Find(due).Sort(order).Limit(max * 3).ToListAsync(cancellationToken);
        var claimed = new List<T>(max);
        foreach (var candidate in candidates)
        {
            if (claimed.Count == max)
            {
                break;
            }

            var next = generation(candidate) + 1;
            var token = new LeaseDocument { Id = $"{collection.CollectionNamespace.CollectionName}:{idOf(candidate)}:{next}", Owner = owner, CreatedAt = now };
            if (!await TryInsertTokenAsync(token, cancellationToken))
            {
                continue;
            }

            var won = Builders<T>.Filter.Eq("_id", idOf(candidate));
            var updated = await collection.FindOneAndUpdateAsync(
                won,
                take.Set(generationOf, next),
                new FindOneAndUpdateOptions<T> { ReturnDocument = ReturnDocument.After },
                cancellationToken);
            if (updated is not null)
            {
                claimed.Add(updated);
            }
        }

        return claimed;
    }

    private async Task<bool> TryInsertTokenAsync(LeaseDocument token, CancellationToken cancellationToken)
    {
        try
        {
            await leases.InsertOneAsync(token, cancellationToken: cancellationToken);
            return true;
        }
        catch (Exception ex) when (DuplicateKey.Is(ex))
        {
            return false;
        }
    }
}
