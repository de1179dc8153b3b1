using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AiDivide.Monitoring.Delivery;

/// <summary>Sends alert emails through an SMTP relay with MailKit.</summary>
public sealed class SmtpMailTransport(IOptions<DeliveryOptions> options) : IMailTransport
{
    private SmtpOptions Smtp => options.Value.Smtp;

    public string Destination => $"smtp://{Smtp.Host}:{Smtp.Port}";

    public async Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = (int)Smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(Smtp.Host!, Smtp.Port, Smtp.Security, cancellationToken);
            if (!string.IsNullOrEmpty(Smtp.Username))
            {
                await client.AuthenticateAsync(Smtp.Username, Smtp.Password ?? string.Empty, cancellationToken);
            }

            return new Session(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private sealed class Session(SmtpClient client) : IMailSession
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken) =>
            await client.SendAsync(message, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: true, CancellationToken.None);
                }
            }
            catch (Exception ex) when (ex is IOException or MailKit.ProtocolException or MailKit.CommandException)
            {
                // The messages are already accepted or already recorded as failed; a rude goodbye changes nothing.
            }
            finally
            {
                client.Dispose();
            }
        }
    }
}
