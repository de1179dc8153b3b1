using AiDivide.Monitoring.Storage;
using MongoDB.Driver;

namespace AiDivide.Storage.MongoDb;

/// <summary>The production storage adapter: MongoDB, shared by any number of identical workers.</summary>
/// <remarks>
/// No multi-document transaction is needed for correctness: every record has a deterministic _id,
/// writes are insert-if-absent or upserts on it, and claims are single-document conditional
/// updates (findOneAndUpdate) with a lease expiry, so racing workers cannot both win.
/// </remarks>
public sealed partial class MongoMonitorStore : IMonitorStore
{
    private readonly IMongoCollection<FeedDocument> feedCollection;
    private readonly IMongoCollection<EntryDocument> entries;
    private readonly IMongoCollection<ArticleDocument> articles;
    private readonly IMongoCollection<UrlAliasDocument> aliases;
    private readonly IMongoCollection<MentionDocument> mentions;
    private readonly IMongoCollection<AlertDocument> alerts;
    private readonly IMongoCollection<LeaseDocument> leaseTokens;
    private readonly IMongoCollection<FingerprintDocument> fingerprints;
    private readonly LeaseClaims claims;

    private readonly TimeSpan? sentAlertRetention;

    public MongoMonitorStore(MongoStorageOptions options)
    {
        sentAlertRetention = options.SentAlertRetention;
        var settings = MongoClientSettings.FromConnectionString(options.ConnectionString);
        settings.WriteConcern = options.WriteConcern.Equals("majority", StringComparison.OrdinalIgnoreCase)
            ? WriteConcern.WMajority
            : new WriteConcern(int.Parse(options.WriteConcern.TrimStart('w', 'W'), System.Globalization.CultureInfo.InvariantCulture));
        Database = new MongoClient(settings).GetDatabase(options.Database);
        feedCollection = Database.GetCollection<FeedDocument>("feeds");
        entries = Database.GetCollection<EntryDocument>("entries");
        articles = Database.GetCollection<ArticleDocument>("articles");
        aliases = Database.GetCollection<UrlAliasDocument>("urlAliases");
        mentions = Database.GetCollection<MentionDocument>("mentions");
        alerts = Database.GetCollection<AlertDocument>("alerts");
        leaseTokens = Database.GetCollection<LeaseDocument>("leases");
        fingerprints = Database.GetCollection<FingerprintDocument>("fingerprints");
        claims = new LeaseClaims(leaseTokens);
    }

    public IMongoDatabase Database { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await feedCollection.Indexes.CreateOneAsync(
            new CreateIndexModel<FeedDocument>(Builders<FeedDocument>.IndexKeys.Ascending(f => f.Active).Ascending(f => f.NextPollAt)),
            cancellationToken: cancellationToken);
        await mentions.Indexes.CreateOneAsync(
            new CreateIndexModel<MentionDocument>(Builders<MentionDocument>.IndexKeys.Ascending(m => m.ArticleKey)),
            cancellationToken: cancellationToken);
        await mentions.Indexes.CreateOneAsync(
            new CreateIndexModel<MentionDocument>(Builders<MentionDocument>.IndexKeys.Ascending(m => m.EntityId).Ascending(m => m.FoundAt)),
            cancellationToken: cancellationToken);
        await alerts.Indexes.CreateOneAsync(
            new CreateIndexModel<AlertDocument>(Builders<AlertDocument>.IndexKeys.Ascending(a => a.Status).Ascending(a => a.NextAttemptAt)),
            cancellationToken: cancellationToken);
        await alerts.Indexes.CreateOneAsync(
            new CreateIndexModel<AlertDocument>(Builders<AlertDocument>.IndexKeys.Ascending(a => a.Recipient).Ascending(a => a.CreatedAt)),
            cancellationToken: cancellationToken);
        await mentions.Indexes.CreateOneAsync(
            new CreateIndexModel<MentionDocument>(Builders<MentionDocument>.IndexKeys.Ascending(m => m.FoundAt)),
            cancellationToken: cancellationToken);
        await fingerprints.Indexes.CreateOneAsync(
            new CreateIndexModel<FingerprintDocument>(Builders<FingerprintDocument>.IndexKeys.Ascending(f => f.Bands).Ascending(f => f.At)),
            cancellationToken: cancellationToken);
        await fingerprints.Indexes.CreateOneAsync(
            new CreateIndexModel<FingerprintDocument>(Builders<FingerprintDocument>.IndexKeys.Ascending(f => f.StoryId)),
            cancellationToken: cancellationToken);
        if (sentAlertRetention is { } retention)
        {
            // Pending alerts have no sentAt, so the TTL monitor never touches them.
            await alerts.Indexes.CreateOneAsync(
                new CreateIndexModel<AlertDocument>(Builders<AlertDocument>.IndexKeys.Ascending(a => a.SentAt), new CreateIndexOptions { ExpireAfter = retention }),
                cancellationToken: cancellationToken);
        }

        await leaseTokens.Indexes.CreateOneAsync(
            new CreateIndexModel<LeaseDocument>(
                Builders<LeaseDocument>.IndexKeys.Ascending(l => l.CreatedAt),
                new CreateIndexOptions { ExpireAfter = LeaseClaims.TokenRetention }),
            cancellationToken: cancellationToken);
    }

    public Task PingAsync(CancellationToken cancellationToken) =>
        Database.RunCommandAsync<MongoDB.Bson.BsonDocument>(new MongoDB.Bson.BsonDocument("ping", 1), cancellationToken: cancellationToken);

    private static async Task<bool> TryInsertAsync<T>(IMongoCollection<T> collection, T document, CancellationToken cancellationToken)
    {
        try
        {
            await collection.InsertOneAsync(document, cancellationToken: cancellationToken);
            return true;
        }
        catch (Exception ex) when (DuplicateKey.Is(ex))
        {
            return false;
        }
    }

    /// <summary>An upsert that lost a race to insert the same _id; MongoDB asks the client to retry it.</summary>
    private static async Task<TResult> UpsertAsync<TResult>(Func<Task<TResult>> upsert)
    {
        try
        {
            return await upsert();
        }
        catch (Exception ex) when (DuplicateKey.Is(ex))
        {
            return await upsert();
        }
    }

    private static DateTime Utc(DateTimeOffset value) => value.UtcDateTime;

    private static DateTimeOffset FromUtc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static DateTimeOffset? FromUtc(DateTime? value) => value is { } v ? FromUtc(v) : null;
}
