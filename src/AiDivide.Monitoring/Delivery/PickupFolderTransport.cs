using System.Globalization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AiDivide.Monitoring.Delivery;

/// <summary>The embedded default: each alert becomes an .eml file that any mail client opens.</summary>
/// <remarks>
/// The file name derives from the alert's date and Message-ID, and is written to a temporary name
/// then moved, so a retried alert overwrites its own file instead of adding a second one.
/// </remarks>
public sealed class PickupFolderTransport(IOptions<DeliveryOptions> options) : IMailTransport
{
    public string Destination => Path.GetFullPath(options.Value.PickupDirectory);

    public Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Destination);
        return Task.FromResult<IMailSession>(new Session(Destination));
    }

    public static string FileNameFor(MimeMessage message)
    {
        var id = (message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0];
        return $"{message.Date.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{id[..Math.Min(id.Length, 16)]}.eml";
    }

    private sealed class Session(string directory) : IMailSession
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            var path = Path.Combine(directory, FileNameFor(message));
            var temporary = path + ".tmp";
            await message.WriteToAsync(temporary, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
