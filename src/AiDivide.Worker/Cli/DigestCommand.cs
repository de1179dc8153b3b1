using System.CommandLine;
using AiDivide.Monitoring.Alerts;
using Microsoft.Extensions.DependencyInjection;

namespace AiDivide.Worker.Cli;

/// <summary><c>digest --preview RECIPIENT [--text]</c>: print the digest the recipient would get for the period in progress.</summary>
internal static class DigestCommand
{
    public static Command Create()
    {
        var recipient = new Argument<string>("recipient") { Description = "The recipient's email address, as in Alerts:Recipients." };
        var preview = new Option<bool>("--preview") { Description = "Print the digest instead of queueing it (the only mode for now)." };
        var text = new Option<bool>("--text") { Description = "Print the plain-text part instead of the HTML." };
        var command = new Command("digest", "Print the digest a recipient would get for the period so far: digest --preview RECIPIENT > digest.html") { recipient, preview, text };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, token) => RunAsync(result.GetValue(recipient)!, result.GetValue(preview), result.GetValue(text), result.UnmatchedTokens, token));
        return command;
    }

    private static async Task<int> RunAsync(string recipient, bool preview, bool text, IReadOnlyList<string> configurationArgs, CancellationToken cancellationToken)
    {
        if (!preview)
        {
            await Console.Error.WriteLineAsync("Only --preview is supported: digests are queued and sent by the daemon when their period closes.");
            return 2;
        }

        // The HTML goes to stdout (digest --preview x > digest.html), so every log line goes to stderr.
        var overrides = new Dictionary<string, string?> { ["Logging:Console:LogToStandardErrorThreshold"] = "Trace" };
        using var host = MonitorHost.CreateBuilder(configurationArgs, overrides).Build();
        if (!await MonitorHost.TryStartAsync(host, cancellationToken))
        {
            return 2;
        }

        try
        {
            var alert = await host.Services.GetRequiredService<DigestCycle>().PreviewAsync(recipient, cancellationToken);
            if (alert is null)
            {
                await Console.Error.WriteLineAsync($"Nothing for {recipient} in the period so far.");
                return 1;
            }

            var message = host.Services.GetRequiredService<AlertMessageComposer>().Compose(alert);
            await Console.Error.WriteLineAsync($"Subject: {message.Subject}");
            Console.Out.Write(text ? message.TextBody : message.HtmlBody);
            return 0;
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }
}
