using AiDivide.Monitoring.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiDivide.Storage.Sqlite;

/// <summary>Plugs the SQLite adapter into the storage port.</summary>
public static class SqliteStorageRegistration
{
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services) =>
        services.AddSingleton<IMonitorStore>(provider => new SqliteMonitorStore(provider.GetRequiredService<IOptions<StorageOptions>>().Value.SqlitePath));
}
