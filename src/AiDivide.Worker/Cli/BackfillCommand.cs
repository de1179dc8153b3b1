using System.CommandLine;
using AiDivide.Monitoring.Delivery;
using AiDivide.Monitoring.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace AiDivide.Worker.Cli;

/// <summary><c>backfill [--alert]</c>: re-match stored articles after a watchlist change, with a progress bar.</summary>
internal static class BackfillCommand
{
    private const int BarWidth = 30;

    public static Command Create()
    {
        var alert = new Option<bool>("--alert") { Description = "Also queue and deliver alerts for the mentions this backfill finds (off by default)." };
        var command = new Command("backfill", "Re-match every stored article against the current watchlist and record new mentions.") { alert };
        command.SetAction((result, token) => RunAsync(result.GetValue(alert), result.UnmatchedTokens, token));
        return command;
    }

    public static async Task<int> RunAsync(bool alert, IReadOnlyList<string> configurationArgs, CancellationToken cancellationToken)
    {
        using var host = MonitorHost.CreateBuilder(configurationArgs).Build();
        if (!await MonitorHost.TryStartAsync(host, cancellationToken))
        {
            return 2;
        }

        var bar = new ProgressBar();
        var report = await host.Services.GetRequiredService<MentionBackfill>().RunAsync(alert, bar, cancellationToken);
        bar.Report(report);
        Console.WriteLine();
        var delivered = alert ? await host.Services.GetRequiredService<OutboxDelivery>().DeliverAllDueAsync(cancellationToken) : null;
        await host.StopAsync(cancellationToken);
        Console.WriteLine(
            $"Re-matched {report.Articles} articles: {report.NewMentions} new mentions" +
            (alert ? $", {report.AlertsQueued} alerts queued, {delivered!.Sent} sent." : " (no alerts: pass --alert to send them)."));
        return 0;
    }

    /// <summary>Redraws one console line as the backfill goes; a redirected output gets a line per tenth instead.</summary>
    private sealed class ProgressBar : IProgress<BackfillProgress>
    {
        private int lastShown = -1;

        public void Report(BackfillProgress value)
        {
            var percent = value.Total == 0 ? 100 : (int)(value.Articles * 100 / value.Total);
            var step = Console.IsOutputRedirected ? percent / 10 : percent;
            if (step == lastShown && value.Articles != value.Total)
            {
                return;
            }

            lastShown = step;
            var filled = percent * BarWidth / 100;
            var line = $"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {percent,3}% {value.Articles}/{value.Total} articles, {value.NewMentions} new mentions";
            Console.Write(Console.IsOutputRedirected ? line + Environment.NewLine : "\r" + line);
        }
    }
}
