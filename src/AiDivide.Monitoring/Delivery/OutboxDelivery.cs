using AiDivide.Monitoring.Alerts;
using AiDivide.Monitoring.Pipeline;
using AiDivide.Monitoring.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Delivery;

/// <summary>Sends what is due in the outbox: claim with a lease, send, mark sent or schedule a retry.</summary>
/// <remarks>
/// At-least-once: a worker that dies after the relay accepted a message but before marking it sent
/// leaves the lease to expire, and the alert is sent again. The Message-ID is derived from the alert
/// key, so mail systems and the pickup folder treat the second copy as the same message.
/// </remarks>
public sealed class OutboxDelivery(
    IAlertOutbox outbox,
    IMailTransport transport,
    AlertMessageComposer composer,
    StoryCoverage coverage,
    WebhookSender webhooks,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    WorkerIdentity worker,
    MonitorMetrics metrics,
    ILogger<OutboxDelivery> logger)
{
    /// <summary>Delivers batch after batch until nothing due is left or a batch could not be finished.</summary>
    public async Task<DeliveryReport> DeliverAllDueAsync(CancellationToken cancellationToken)
    {
        var total = new DeliveryReport(0, 0, 0, 0);
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = await DeliverDueAsync(cancellationToken);
            total = new DeliveryReport(total.Claimed + batch.Claimed, total.Sent + batch.Sent, total.Retrying + batch.Retrying, total.GivenUp + batch.GivenUp);
            if (batch.Claimed == 0 || batch.Sent + batch.Retrying + batch.GivenUp < batch.Claimed)
            {
                break;
            }
        }

        var oldest = await outbox.OldestPendingAsync(cancellationToken);
        metrics.SetOldestPendingAlertAge(oldest is { } created ? time.GetUtcNow() - created : TimeSpan.Zero);
        return total;
    }

    public async Task<DeliveryReport> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var claimed = await outbox.ClaimDueAsync(worker.Id, time.GetUtcNow(), settings.Lease, settings.BatchSize, cancellationToken);
        if (claimed.Count == 0)
        {
            return new DeliveryReport(0, 0, 0, 0);
        }

        int sent = 0, retrying = 0, givenUp = 0;
        IMailSession? session = null;
        try
        {
            foreach (var item in claimed)
            {
                try
                {
                    var alert = await coverage.WithCopiesAsync(item.Alert, cancellationToken);
                    if (alert.Channel == AlertChannel.Webhook)
                    {
                        await webhooks.SendAsync(alert, cancellationToken);
                    }
                    else
                    {
                        session ??= await transport.OpenAsync(cancellationToken);
                        await session.SendAsync(composer.Compose(alert), cancellationToken);
                    }

                    await outbox.MarkSentAsync(item.Alert.Key, worker.Id, time.GetUtcNow(), cancellationToken);
                    DeliveryLog.Delivered(logger, item.Alert.Key, item.Alert.EntityId, item.Alert.RecipientEmail, alert.Channel == AlertChannel.Webhook ? "webhook" : transport.Destination);
                    metrics.RecordSent();
                    sent++;
                }
                catch (Exception ex) when (DeliveryFailure.IsExpected(ex))
                {
                    var retryAt = await RecordFailureAsync(item, ex, settings, cancellationToken);
                    _ = retryAt is null ? givenUp++ : retrying++;
                    if (DeliveryFailure.BreaksSession(ex))
                    {
                        // The rest of the batch keeps its lease and is retried once the lease expires.
                        break;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: hand back what was claimed but not settled, for another worker to send now.
            foreach (var item in claimed)
            {
                await outbox.ReleaseAsync(item.Alert.Key, worker.Id, CancellationToken.None);
            }

            throw;
        }
        finally
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }
        }

        DeliveryLog.Run(logger, claimed.Count, sent, retrying, givenUp);
        return new DeliveryReport(claimed.Count, sent, retrying, givenUp);
    }

    private async Task<DateTimeOffset?> RecordFailureAsync(OutboxItem item, Exception exception, DeliveryOptions settings, CancellationToken cancellationToken)
    {
        var attempt = item.Attempts + 1;
        var error = DeliveryFailure.Describe(exception);
        DateTimeOffset? retryAt = DeliveryFailure.IsPermanent(exception) || attempt >= settings.MaxAttempts
            ? null
            : time.GetUtcNow() + RetryBackoff.Delay(attempt, settings.RetryDelay, settings.MaxRetryDelay, item.Alert.Key);
        await outbox.MarkFailedAsync(item.Alert.Key, worker.Id, error, retryAt, cancellationToken);
        metrics.RecordFailed(willRetry: retryAt is not null);
        if (retryAt is { } at)
        {
            DeliveryLog.Retrying(logger, item.Alert.Key, item.Alert.RecipientEmail, attempt, at, error);
        }
        else
        {
            DeliveryLog.GivenUp(logger, item.Alert.Key, item.Alert.RecipientEmail, attempt, error);
        }

        return retryAt;
    }
}
