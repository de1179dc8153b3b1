using AiDivide.Monitoring.Storage;
using AiDivide.Monitoring.Tests.Support;
using AiDivide.Storage.MongoDb;
using MongoDB.Driver;

namespace AiDivide.Monitoring.Tests.Storage;

/// <summary>The storage contract against MongoDB: jongodb in CI, a real server when MONGODB_URI is set.</summary>
[Collection(MongoServerGroup.Name)]
public sealed class MongoMonitorStoreTests(MongoServer server) : MonitorStoreContract, IAsyncLifetime
{
    private readonly List<MongoMonitorStore> stores = [];

    protected override async Task<IMonitorStore> CreateStoreAsync()
    {
        // A database per test keeps tests independent on a shared server.
        var store = new MongoMonitorStore(new MongoStorageOptions(server.ConnectionString, "aidivide_test_" + Guid.NewGuid().ToString("N")[..12]));
        await store.InitializeAsync(CancellationToken.None);
        stores.Add(store);
        return store;
    }

    [Fact]
    public async Task DuplicateKey_IsRecognisedAsWriteErrorOrCommandError()
    {
        var store = (MongoMonitorStore)await CreateStoreAsync();
        var collection = store.Database.GetCollection<MongoDB.Bson.BsonDocument>("probe");
        await collection.InsertOneAsync(new MongoDB.Bson.BsonDocument("_id", "k"));

        var duplicate = await Record.ExceptionAsync(() => collection.InsertOneAsync(new MongoDB.Bson.BsonDocument("_id", "k")));

        Assert.NotNull(duplicate);
        Assert.True(duplicate is MongoWriteException or MongoCommandException, duplicate.GetType().Name);
        Assert.Equal(1, await collection.CountDocumentsAsync(MongoDB.Bson.BsonDocument.Parse("{}")));
    }

    [Fact]
    public async Task Initialize_WithRetention_CreatesATtlIndexOnSentAlertsOnly()
    {
        var store = new MongoMonitorStore(new MongoStorageOptions(server.ConnectionString, "aidivide_test_" + Guid.NewGuid().ToString("N")[..12], SentAlertRetention: TimeSpan.FromDays(90)));
        await store.InitializeAsync(CancellationToken.None);
        stores.Add(store);

        var indexes = await (await store.Database.GetCollection<MongoDB.Bson.BsonDocument>("alerts").Indexes.ListAsync()).ToListAsync();

        var ttl = Assert.Single(indexes, i => i.Contains("expireAfterSeconds"));
        Assert.Equal("sentAt", ttl["key"].AsBsonDocument.Names.Single());
        Assert.Equal(90 * 24 * 3600, ttl["expireAfterSeconds"].ToInt64());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in stores)
        {
            try
            {
                await store.Database.Client.DropDatabaseAsync(store.Database.DatabaseNamespace.DatabaseName);
            }
            catch (MongoCommandException) when (server.IsJongodb)
            {
                // jongodb has no dropDatabase; its data dies with the process at the end of the run.
            }
        }
    }
}
