using System.CommandLine;
using AiDivide.Monitoring.Storage;
using AiDivide.Storage.MongoDb;
using AiDivide.Storage.Sqlite;

namespace AiDivide.Worker.Cli;

/// <summary><c>storage migrate --from sqlite:PATH --to mongodb://…</c>: move all state to another store.</summary>
internal static class StorageCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "Source: sqlite:PATH or a mongodb:// URI.", Required = true };
        var to = new Option<string>("--to") { Description = "Target: sqlite:PATH or a mongodb:// URI.", Required = true };
        var database = new Option<string>("--database") { Description = "MongoDB database name (default: aidivide).", DefaultValueFactory = _ => "aidivide" };
        var migrate = new Command("migrate", "Copy every feed, article, mention and alert to another store; safe to re-run, sends nothing twice.") { from, to, database };
        migrate.SetAction((result, token) => MigrateAsync(result.GetValue(from)!, result.GetValue(to)!, result.GetValue(database)!, Console.Out, token));
        return new Command("storage", "Storage maintenance.") { migrate };
    }

    public static async Task<int> MigrateAsync(string from, string to, string database, TextWriter output, CancellationToken cancellationToken)
    {
        IMonitorStore source, target;
        try
        {
            source = Open(from, database);
            target = Open(to, database);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }

        await target.InitializeAsync(cancellationToken);
        var progress = new Progress<StoreMigrationReport>(r => output.Write($"\r{r.Copied} copied, {r.AlreadyPresent} already present…"));
        var report = await StoreMigration.CopyAsync(source, target, progress, cancellationToken);
        output.WriteLine();
        output.WriteLine($"Copied {report.Copied} records ({string.Join(", ", report.CopiedByKind.Select(k => $"{k.Value} {k.Key}"))}); {report.AlreadyPresent} were already there.");
        return 0;
    }

    /// <summary>Opens a store from "sqlite:PATH" or a MongoDB URI; the URI is never echoed, as it may hold a password.</summary>
    public static IMonitorStore Open(string location, string database)
    {
        if (location.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            var path = location["sqlite:".Length..];
            if (!File.Exists(path))
            {
                throw new ArgumentException($"No SQLite store at '{path}'.");
            }

            return new SqliteMonitorStore(path);
        }

        if (location.StartsWith("mongodb://", StringComparison.Ordinal) || location.StartsWith("mongodb+srv://", StringComparison.Ordinal))
        {
            return new MongoMonitorStore(new MongoStorageOptions(location, database));
        }

        throw new ArgumentException("A store is sqlite:PATH or a mongodb:// URI.");
    }
}
