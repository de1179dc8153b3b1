using AiDivide.Monitoring.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AiDivide.Worker.Operations;

/// <summary>Ready only while the store answers.</summary>
internal sealed class StorageHealthCheck(IMonitorStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("storage does not answer: " + ex.Message);
        }
    }
}
