using AiDivide.Monitoring.Alerts;

namespace AiDivide.Monitoring.Storage;

/// <summary>Alerts stored before they are sent, claimed with leases, marked when delivered.</summary>
public interface IAlertOutbox
{
    /// <summary>Insert-if-absent on <see cref="Alert.Key"/>; false when the alert already exists.</summary>
    Task<bool> TryEnqueueAsync(Alert alert, CancellationToken cancellationToken);

    /// <summary>Atomically leases up to <paramref name="max"/> pending alerts whose retry time has come.</summary>
    Task<IReadOnlyList<OutboxItem>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    Task MarkSentAsync(string key, string owner, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt: pending again at <paramref name="retryAt"/>, or failed for good when it is null.</summary>
    Task MarkFailedAsync(string key, string owner, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken);

    /// <summary>When the oldest alert still waiting to be sent was created; null when none waits.</summary>
    Task<DateTimeOffset?> OldestPendingAsync(CancellationToken cancellationToken);

    /// <summary>Gives a claimed alert back unsent (shutdown), so another worker can send it at once.</summary>
    Task ReleaseAsync(string key, string owner, CancellationToken cancellationToken);

    Task<IReadOnlyList<OutboxItem>> ListAsync(OutboxStatus? status, CancellationToken cancellationToken);
}
