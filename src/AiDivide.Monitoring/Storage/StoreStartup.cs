using Microsoft.Extensions.Hosting;

namespace AiDivide.Monitoring.Storage;

/// <summary>Creates the store's tables or collections when the host starts, before any job runs.</summary>
public sealed class StoreStartup(IMonitorStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
