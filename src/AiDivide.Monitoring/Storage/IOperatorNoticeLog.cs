namespace AiDivide.Monitoring.Storage;

/// <summary>Which operator notices went out, so each is sent once however many workers check.</summary>
/// <remarks>
/// A notice key names what is being told (a problem, or one day's summary). A worker claims the key
/// (insert-if-absent, with a lease), sends, then marks it sent; a worker that fails to send releases
/// the key so the next check tries again, and a worker that dies leaves a lease that expires.
/// </remarks>
public interface IOperatorNoticeLog
{
    /// <summary>
    /// Takes <paramref name="key"/> for <paramref name="owner"/> until <paramref name="now"/> + <paramref name="lease"/>;
    /// false when it was already sent or another owner holds a live lease on it.
    /// </summary>
    Task<bool> TryClaimNoticeAsync(string key, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Records the notice as sent; ignored unless <paramref name="owner"/> holds it.</summary>
    Task MarkNoticeSentAsync(string key, string owner, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Gives an unsent claim back (the send failed), so the next check can claim it at once.</summary>
    Task ReleaseNoticeAsync(string key, string owner, CancellationToken cancellationToken);
}
