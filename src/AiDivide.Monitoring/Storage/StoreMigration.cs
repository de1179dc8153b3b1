namespace AiDivide.Monitoring.Storage;

/// <summary>Copies all state from one store to another: the way up from the embedded SQLite file to MongoDB.</summary>
/// <remarks>
/// Keys carry over unchanged and every write is insert-if-absent, so a migration can be stopped and
/// run again, and an alert sent before the move is never sent again after it.
/// </remarks>
public static class StoreMigration
{
    public static async Task<StoreMigrationReport> CopyAsync(IStoreTransfer from, IStoreTransfer to, IProgress<StoreMigrationReport>? progress, CancellationToken cancellationToken)
    {
        var report = new StoreMigrationReport();
        await foreach (var record in from.ExportAsync(cancellationToken))
        {
            var written = await to.ImportAsync(record, cancellationToken);
            report = report.Add(record, written);
            if ((report.Copied + report.AlreadyPresent) % 500 == 0)
            {
                progress?.Report(report);
            }
        }

        progress?.Report(report);
        return report;
    }
}

/// <summary>Counts per record kind of a migration.</summary>
public sealed record StoreMigrationReport
{
    public IReadOnlyDictionary<string, int> CopiedByKind { get; init; } = new Dictionary<string, int>();

    public int Copied { get; init; }

    public int AlreadyPresent { get; init; }

    public StoreMigrationReport Add(StoreRecord record, bool written)
    {
        var kind = record.GetType().Name.Replace("Record", "", StringComparison.Ordinal).Replace("Row", "", StringComparison.Ordinal);
        var byKind = new Dictionary<string, int>(CopiedByKind);
        if (written)
        {
            byKind[kind] = byKind.GetValueOrDefault(kind) + 1;
        }

        return new StoreMigrationReport { CopiedByKind = byKind, Copied = Copied + (written ? 1 : 0), AlreadyPresent = AlreadyPresent + (written ? 0 : 1) };
    }
}
