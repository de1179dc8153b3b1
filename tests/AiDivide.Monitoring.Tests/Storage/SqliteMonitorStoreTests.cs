using AiDivide.Monitoring.Storage;
using AiDivide.Monitoring.Tests.Support;
using AiDivide.Storage.Sqlite;

namespace AiDivide.Monitoring.Tests.Storage;

public sealed class SqliteMonitorStoreTests : MonitorStoreContract, IDisposable
{
    private readonly ScratchDirectory scratch = new();

    protected override async Task<IMonitorStore> CreateStoreAsync()
    {
        var store = new SqliteMonitorStore(scratch.File("monitor.db"));
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    protected override async Task<IMonitorStore> CreateSecondStoreAsync()
    {
        var store = new SqliteMonitorStore(scratch.File("second.db"));
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    [Fact]
    public async Task Initialize_MigratesMentionsFromAFileFromBeforeStoriesAndPositions()
    {
        var path = scratch.File("old.db");
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE mentions (entity_id TEXT NOT NULL, article_key TEXT NOT NULL, count INTEGER NOT NULL, snippet TEXT NOT NULL, found_at INTEGER NOT NULL, PRIMARY KEY (entity_id, article_key)); " +
                "INSERT INTO mentions VALUES ('unido', 'https://news.example.com/a', 1, 'UNIDO spoke.', 0);";
            await command.ExecuteNonQueryAsync();
        }

        var store = new SqliteMonitorStore(path);
        await store.InitializeAsync(CancellationToken.None);

        var mention = Assert.Single(await store.ListMentionsAsync("https://news.example.com/a", CancellationToken.None));
        Assert.Empty(mention.Positions);
        Assert.Equal("https://news.example.com/a", mention.StoryId);
        Assert.False(await store.TryAddMentionAsync(mention, CancellationToken.None));
    }

    [Fact]
    public async Task Initialize_UsesWriteAheadLogging_AndIsSafeToRepeat()
    {
        var store = (SqliteMonitorStore)await CreateStoreAsync();
        await store.InitializeAsync(CancellationToken.None);

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    public void Dispose() => scratch.Dispose();
}
