namespace AiDivide.Monitoring.Storage;

/// <summary>Reads a store's whole state out, and writes records in insert-if-absent, for moving between adapters.</summary>
public interface IStoreTransfer
{
    /// <summary>Every record, feeds first and alerts last, so a partial copy never has an alert without its article.</summary>
    IAsyncEnumerable<StoreRecord> ExportAsync(CancellationToken cancellationToken);

    /// <summary>Writes the record unless its key exists; false when it did. Re-running an import changes nothing.</summary>
    Task<bool> ImportAsync(StoreRecord record, CancellationToken cancellationToken);
}
