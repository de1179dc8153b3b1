using System.CommandLine;
using AiDivide.Worker.Demo;

namespace AiDivide.Worker.Cli;

/// <summary>The command line: <c>run</c> (default), <c>poll --once</c>, <c>demo</c>, <c>extract</c>, <c>feeds test</c>, <c>backfill</c>, <c>storage migrate</c>, <c>digest --preview</c>, <c>send-test-email</c>.</summary>
/// <remarks>
/// Tokens the commands do not know are passed to the host as configuration
/// (<c>--Sources:FeedsFile=my-feeds.json</c>), like any Generic Host application.
/// </remarks>
internal static class MonitorCli
{
    public static RootCommand Create()
    {
        var run = new Command("run", "Run the daemon: poll due feeds and deliver alerts on a schedule (the default).");
        run.SetAction((result, token) => RunCommand.RunAsync(result.UnmatchedTokens, token));

        var once = new Option<bool>("--once") { Description = "Run one poll cycle, deliver what it produced, then exit." };
        var poll = new Command("poll", "Poll the feeds that are due.") { once };
        poll.SetAction((result, token) => PollCommand.RunAsync(result.GetValue(once), result.UnmatchedTokens, token));

        var demo = new Command("demo", "Serve bundled sample feeds on a loopback port and run one full cycle into a fresh data folder.");
        demo.SetAction((result, token) => DemoCommand.RunAsync(result.UnmatchedTokens, token));

        var backfill = BackfillCommand.Create();
        var extract = ExtractCommand.Create();

        var root = new RootCommand("AiDivide Monitor: watches the press for the AI divide and WAIC, and emails new mentions of tracked people and organisations.")
        {
            run,
            poll,
            demo,
            backfill,
            extract,
            StorageCommand.Create(),
            FeedsCommand.Create(),
            DigestCommand.Create(),
            SendTestEmailCommand.Create(),
        };
        root.SetAction((result, token) => RunCommand.RunAsync(result.UnmatchedTokens, token));
        foreach (var command in new Command[] { root, run, poll, demo, backfill })
        {
            command.TreatUnmatchedTokensAsErrors = false;
        }

        return root;
    }
}
