using AiDivide.Monitoring.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiDivide.Storage.MongoDb;

/// <summary>Plugs the MongoDB adapter into the storage port.</summary>
public static class MongoStorageRegistration
{
    public static IServiceCollection AddMongoStorage(this IServiceCollection services) =>
        services.AddSingleton<IMonitorStore>(provider =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new MongoMonitorStore(new MongoStorageOptions(storage.MongoConnectionString!, storage.MongoDatabase, storage.MongoWriteConcern, storage.MongoSentAlertRetention));
        });
}
