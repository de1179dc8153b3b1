using AiDivide.Monitoring.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Alerts;

/// <summary>Queues each recipient's digest once its period has closed: one digest alert per recipient per period.</summary>
/// <remarks>
/// The digest's key is recipient + period + channel and the outbox insert is insert-if-absent, so any
/// number of workers running this at any cadence queue each digest once; the outbox then delivers it
/// like any alert. A period is built <see cref="AlertOptions.DigestGrace"/> after it closes, so a
/// mention stamped just before the close but written just after is still in it. An empty period
/// sends nothing. A worker that was down for several periods sends only the latest.
/// </remarks>
public sealed class DigestCycle(
    IOptionsMonitor<AlertOptions> options, IMonitorStore store, DigestBuilder builder, TimeProvider time, ILogger<DigestCycle> logger)
{
    /// <summary>Queues the digests that are due; returns how many were queued.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var now = time.GetUtcNow();
        var queued = 0;
        foreach (var recipient in settings.Recipients.Where(r => r.HasDigest))
        {
            var period = DigestPeriod.LastClosed(recipient, now - settings.DigestGrace);
            var alert = Envelope(recipient, period, now, digest: null);
            if (await store.FindAlertAsync(alert.Key, cancellationToken) is not null
                || await builder.BuildAsync(recipient, period, cancellationToken) is not { } digest)
            {
                continue;
            }

            if (await store.TryEnqueueAsync(alert with { Digest = digest }, cancellationToken))
            {
                AlertLog.DigestQueued(logger, recipient.Email, digest.Label, digest.StoryCount);
                queued++;
            }
        }

        return queued;
    }

    /// <summary>The digest the recipient would get for the period still open now (nothing is queued).</summary>
    public async Task<Alert?> PreviewAsync(string email, CancellationToken cancellationToken)
    {
        var recipient = options.CurrentValue.FindRecipient(email)
            ?? throw new ArgumentException($"'{email}' is not a recipient in {AlertOptions.SectionName}:Recipients.", nameof(email));
        var now = time.GetUtcNow();
        var period = DigestPeriod.Current(recipient, now);
        var digest = await builder.BuildAsync(recipient, period, cancellationToken);
        return digest is null ? null : Envelope(recipient, period, now, digest);
    }

    /// <summary>A digest in the outbox's shape; the single-entity fields are placeholders a digest does not use.</summary>
    private static Alert Envelope(RecipientOptions recipient, DigestPeriod period, DateTimeOffset now, Digest? digest) => new()
    {
        RecipientEmail = recipient.Email,
        RecipientName = recipient.Name,
        EntityId = "*",
        EntityName = "Digest",
        ArticleKey = period.Id(recipient.Mode),
        ArticleUrl = new Uri("about:blank"),
        ArticleTitle = period.Label,
        Snippet = string.Empty,
        MatchedAlias = string.Empty,
        TimeZone = recipient.TimeZone,
        Channel = AlertChannel.Email,
        CreatedAt = now,
        Digest = digest ?? new Digest(period.From, period.To, period.Label, []),
    };
}
