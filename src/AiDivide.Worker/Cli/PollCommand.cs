using AiDivide.Monitoring.Delivery;
using AiDivide.Monitoring.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace AiDivide.Worker.Cli;

/// <summary><c>poll --once</c>: one cycle and its deliveries, then exit; for cron and for trying a configuration.</summary>
internal static class PollCommand
{
    public static async Task<int> RunAsync(bool once, IReadOnlyList<string> configurationArgs, CancellationToken cancellationToken)
    {
        if (!once)
        {
            // Without --once, polling on a schedule is what the daemon does.
            return await RunCommand.RunAsync(configurationArgs, cancellationToken);
        }

        using var host = MonitorHost.CreateBuilder(configurationArgs).Build();
        if (!await MonitorHost.TryStartAsync(host, cancellationToken))
        {
            return 2;
        }

        var poll = await host.Services.GetRequiredService<PollCycle>().RunOnceAsync(cancellationToken);
        var delivery = await host.Services.GetRequiredService<OutboxDelivery>().DeliverAllDueAsync(cancellationToken);
        await host.StopAsync(cancellationToken);
        Console.WriteLine(
            $"Polled {poll.FeedsPolled} feeds ({poll.FeedsFailed} failed): {poll.NewArticles} new articles, {poll.Duplicates} duplicates, " +
            $"{poll.Mentions} new mentions, {poll.AlertsQueued} alerts queued; {delivery.Sent} sent, {delivery.Retrying} to retry, {delivery.GivenUp} failed.");
        return poll.FeedsFailed == poll.FeedsPolled && poll.FeedsPolled > 0 ? 1 : 0;
    }
}
