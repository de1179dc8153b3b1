using AiDivide.Monitoring.Delivery;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AiDivide.Worker.Operations;

/// <summary>Ready only while alerts can leave: the SMTP relay accepts a session, or the pickup folder is writable.</summary>
/// <remarks>The result is kept for a minute so frequent readiness probes do not open a session to the relay each time.</remarks>
internal sealed class MailHealthCheck(IMailTransport transport, IOptions<DeliveryOptions> options, TimeProvider time) : IHealthCheck, IDisposable
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim gate = new(1, 1);
    private (HealthCheckResult Result, DateTimeOffset At)? last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (last is { } cached && time.GetUtcNow() - cached.At < CacheFor)
            {
                return cached.Result;
            }

            var result = await ProbeAsync(cancellationToken);
            last = (result, time.GetUtcNow());
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task<HealthCheckResult> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (!options.Value.UsesSmtp)
            {
                var probe = Path.Combine(transport.Destination, ".ready-probe");
                Directory.CreateDirectory(transport.Destination);
                await File.WriteAllTextAsync(probe, "", cancellationToken);
                File.Delete(probe);
                return HealthCheckResult.Healthy("pickup folder writable");
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            await using var session = await transport.OpenAsync(timeout.Token);
            return HealthCheckResult.Healthy("SMTP relay accepts sessions");
        }
        catch (Exception ex) when (DeliveryFailure.IsExpected(ex) || ex is OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"alerts cannot be delivered to {transport.Destination}: {ex.Message}");
        }
    }
}
