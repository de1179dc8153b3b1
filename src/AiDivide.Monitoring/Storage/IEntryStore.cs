namespace AiDivide.Monitoring.Storage;

/// <summary>Which feed entries have been processed, so an entry is never fetched twice.</summary>
public interface IEntryStore
{
    Task<EntryState?> GetEntryAsync(string entryKey, CancellationToken cancellationToken);

    /// <summary>Marks the entry processed (idempotent).</summary>
    Task MarkEntryDoneAsync(string entryKey, string feedId, string? articleKey, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Counts one more failed attempt and keeps the error, so the entry is retried and visible.</summary>
    Task<int> RecordEntryFailureAsync(string entryKey, string feedId, string reason, DateTimeOffset at, CancellationToken cancellationToken);
}
