using AiDivide.Monitoring.Storage;
using MongoDB.Driver;

namespace AiDivide.Storage.MongoDb;

public sealed partial class MongoMonitorStore
{
    public async Task<IReadOnlyList<StoryFingerprint>> FindStoryCandidatesAsync(IReadOnlyList<long> bandKeys, DateTimeOffset earliest, DateTimeOffset latest, CancellationToken cancellationToken)
    {
        if (bandKeys.Count == 0)
        {
            return [];
        }

        var filter = Builders<FingerprintDocument>.Filter.AnyIn(f => f.Bands, bandKeys)
            & Builders<FingerprintDocument>.Filter.Gte(f => f.At, Utc(earliest))
            & Builders<FingerprintDocument>.Filter.Lte(f => f.At, Utc(latest));
        var documents = await fingerprints.Find(filter).ToListAsync(cancellationToken);
        return [.. documents.Select(d => new StoryFingerprint(d.ArticleKey, d.StoryId, FromUtc(d.At), d.Signature, d.Bands))];
    }

    public async Task<string> AddFingerprintAsync(StoryFingerprint fingerprint, CancellationToken cancellationToken) =>
        (await InsertFingerprintAsync(fingerprint, cancellationToken)).StoryId;

    public async Task<IReadOnlyList<string>> ListStoryArticlesAsync(string storyId, CancellationToken cancellationToken)
    {
        var documents = await fingerprints.Find(f => f.StoryId == storyId).SortBy(f => f.At).ThenBy(f => f.ArticleKey).ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ArticleKey)];
    }

    /// <summary>The fingerprint and its bands are one document, so there is no half-written index entry after a crash.</summary>
    private async Task<(bool Inserted, string StoryId)> InsertFingerprintAsync(StoryFingerprint fingerprint, CancellationToken cancellationToken)
    {
        var inserted = await TryInsertAsync(fingerprints, new FingerprintDocument
        {
            ArticleKey = fingerprint.ArticleKey,
            StoryId = fingerprint.StoryId,
            At = Utc(fingerprint.At),
            Signature = fingerprint.Signature,
            Bands = [.. fingerprint.BandKeys.Distinct()],
        }, cancellationToken);
        if (inserted)
        {
            return (true, fingerprint.StoryId);
        }

        var existing = await fingerprints.Find(f => f.ArticleKey == fingerprint.ArticleKey).FirstAsync(cancellationToken);
        return (false, existing.StoryId);
    }
}
