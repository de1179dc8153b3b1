using AiDivide.Worker.Operations;
using AiDivide.Worker.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace AiDivide.Worker.Cli;

/// <summary><c>run</c>: the daemon, with Quartz firing the poll and delivery jobs until it is stopped.</summary>
internal static class RunCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> configurationArgs, CancellationToken cancellationToken)
    {
        await using var app = Build(configurationArgs);
        if (!await MonitorHost.TryStartAsync(app, cancellationToken))
        {
            return 2;
        }

        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    /// <summary>The daemon's host, ready to start; tests start it on their own settings.</summary>
    public static WebApplication Build(IReadOnlyList<string> configurationArgs, IReadOnlyDictionary<string, string?>? overrides = null, Action<WebApplicationBuilder>? customise = null)
    {
        var builder = MonitorHost.CreateWebBuilder(configurationArgs, overrides);
        builder.Services.AddMonitorScheduling(builder.Configuration);
        builder.AddOperations();
        customise?.Invoke(builder);
        var app = builder.Build();
        app.MapOperations();
        return app;
    }
}
