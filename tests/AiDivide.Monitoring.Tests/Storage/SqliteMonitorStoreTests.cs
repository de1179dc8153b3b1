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
