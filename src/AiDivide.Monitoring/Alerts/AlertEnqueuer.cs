using AiDivide.Monitoring.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Alerts;

/// <summary>Puts planned alerts into the outbox: the daily cap, and follow-ups for entities a story's alert did not name.</summary>
/// <remarks>
/// Everything is keyed and insert-if-absent, so queueing the same plan again (a re-run after a crash,
/// a copy of the story from another feed) adds nothing. When a story's alert is already queued and
/// this plan names an entity it does not, that entity gets a follow-up alert of its own (keyed by
/// entity too), so a second entity found later is neither lost nor merged into a message already sent.
/// </remarks>
public sealed class AlertEnqueuer(IAlertOutbox outbox, IAlertHistory history, IOptionsMonitor<AlertOptions> options, ILogger<AlertEnqueuer> logger)
{
    /// <summary>Queues what is owed; returns how many alerts were added.</summary>
    public async Task<int> EnqueueAsync(IReadOnlyList<Alert> planned, CancellationToken cancellationToken)
    {
        var queued = 0;
        foreach (var alert in planned)
        {
            if (await IsOverCapAsync(alert, cancellationToken))
            {
                // Left for the overflow digest, which lists the stories of the day that have no immediate alert.
                AlertLog.CapReached(logger, alert.RecipientEmail, alert.ArticleKey);
                continue;
            }

            if (await outbox.TryEnqueueAsync(alert, cancellationToken))
            {
                queued++;
                continue;
            }

            queued += await EnqueueFollowUpsAsync(alert, cancellationToken);
        }

        return queued;
    }

    private async Task<int> EnqueueFollowUpsAsync(Alert alert, CancellationToken cancellationToken)
    {
        if (alert.IsFollowUp || alert.Digest is not null || await history.FindAlertAsync(alert.Key, cancellationToken) is not { } existing)
        {
            return 0;
        }

        var queued = 0;
        var named = existing.AllEntities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var entity in alert.AllEntities.Where(e => !named.Contains(e.Id)))
        {
            var followUp = alert with
            {
                IsFollowUp = true,
                Entities = [entity],
                EntityId = entity.Id,
                EntityName = entity.Name,
                Snippet = entity.Snippet,
                MatchedAlias = entity.MatchedAlias,
                MentionCount = entity.Count,
            };
            queued += await outbox.TryEnqueueAsync(followUp, cancellationToken) ? 1 : 0;
        }

        return queued;
    }

    private async Task<bool> IsOverCapAsync(Alert alert, CancellationToken cancellationToken)
    {
        if (alert.Channel != AlertChannel.Email || options.CurrentValue.FindRecipient(alert.RecipientEmail) is not { DailyCap: { } cap } recipient)
        {
            return false;
        }

        // The day the recipient will read it in: an alert held by quiet hours counts on the day it arrives.
        var (start, end) = LocalClock.DayAround(alert.NotBefore ?? alert.CreatedAt, recipient.Zone);
        var today = await history.CountImmediateAlertsAsync(alert.RecipientEmail, AlertChannel.Email, start, end, cancellationToken);
        return today >= cap && await history.FindAlertAsync(alert.Key, cancellationToken) is null;
    }
}
