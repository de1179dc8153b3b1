using System.CommandLine;
using AiDivide.Monitoring.Alerts;
using AiDivide.Monitoring.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiDivide.Worker.Cli;

/// <summary><c>send-test-email RECIPIENT</c>: send one sample alert through the configured relay or pickup folder, and say what happened.</summary>
/// <remarks>Sent directly, not through the outbox: it checks the mail settings now, and a failure is printed rather than retried.</remarks>
internal static class SendTestEmailCommand
{
    public static Command Create()
    {
        var recipient = new Argument<string>("recipient") { Description = "Address to send the sample alert to." };
        var command = new Command("send-test-email", "Send a sample alert email to RECIPIENT through the configured SMTP relay (or pickup folder).") { recipient };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, token) => RunAsync(result.GetValue(recipient)!, result.UnmatchedTokens, token));
        return command;
    }

    private static async Task<int> RunAsync(string recipient, IReadOnlyList<string> configurationArgs, CancellationToken cancellationToken)
    {
        if (!MimeKit.MailboxAddress.TryParse(recipient, out _))
        {
            await Console.Error.WriteLineAsync($"'{recipient}' is not an email address.");
            return 2;
        }

        using var host = MonitorHost.CreateBuilder(configurationArgs).Build();
        if (!await MonitorHost.TryStartAsync(host, cancellationToken))
        {
            return 2;
        }

        var transport = host.Services.GetRequiredService<IMailTransport>();
        var configured = host.Services.GetRequiredService<IOptionsMonitor<AlertOptions>>().CurrentValue.FindRecipient(recipient);
        var sample = SampleAlert.For(recipient, configured, host.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        var message = host.Services.GetRequiredService<AlertMessageComposer>().Compose(sample);
        try
        {
            await using (var session = await transport.OpenAsync(cancellationToken))
            {
                await session.SendAsync(message, cancellationToken);
            }

            Console.WriteLine($"Sent \"{message.Subject}\" to {recipient} via {transport.Destination}.");
            return 0;
        }
        catch (Exception ex) when (DeliveryFailure.IsExpected(ex))
        {
            await Console.Error.WriteLineAsync($"Could not send to {recipient} via {transport.Destination}: {DeliveryFailure.Describe(ex)}" +
                (DeliveryFailure.IsPermanent(ex) ? " (permanent: the relay refused it)" : " (transient: check host, port, security and credentials)"));
            return 1;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }
}
