using AiDivide.Worker.Scheduling;
using Microsoft.Extensions.Hosting;

namespace AiDivide.Worker.Cli;

/// <summary><c>run</c>: the daemon, with Quartz firing the poll and delivery jobs until it is stopped.</summary>
internal static class RunCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> configurationArgs, CancellationToken cancellationToken)
    {
        var builder = MonitorHost.CreateBuilder(configurationArgs);
        builder.Services.AddMonitorScheduling(builder.Configuration);
        using var host = builder.Build();
        if (!await MonitorHost.TryStartAsync(host, cancellationToken))
        {
            return 2;
        }

        await host.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
