using AiDivide.Monitoring.Storage;
using Microsoft.Data.Sqlite;

namespace AiDivide.Storage.Sqlite;

/// <summary>The embedded storage adapter: one SQLite file in WAL mode, no server.</summary>
/// <remarks>
/// A connection per operation (pooled by Microsoft.Data.Sqlite) keeps concurrent feed refreshes
/// independent; SQLite serialises writers, and every claim is a single UPDATE … RETURNING, so a
/// lease is taken atomically exactly as on MongoDB.
/// </remarks>
public sealed partial class SqliteMonitorStore : IMonitorStore
{
    private readonly string connectionString;

    public SqliteMonitorStore(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        DatabasePath = full;
    }

    public string DatabasePath { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var schema = connection.CreateCommand())
        {
            schema.CommandText = ReadSchema();
            await schema.ExecuteNonQueryAsync(cancellationToken);
        }

        await MigrateAsync(connection, cancellationToken);
    }

    /// <summary>Brings files created by earlier versions up to <c>Schema.sql</c> (which only creates what is missing).</summary>
    private static async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await AddFeedScheduleColumnsAsync(connection, cancellationToken);
        if (!await HasColumnAsync(connection, "mentions", "story_id", cancellationToken))
        {
            // Mentions were keyed per article before stories: each old article is its own story.
            var positions = await HasColumnAsync(connection, "mentions", "positions", cancellationToken) ? "positions" : "''";
            await ExecuteScriptAsync(connection, $"""
                ALTER TABLE mentions RENAME TO mentions_before_stories;
                CREATE TABLE mentions (
                    entity_id TEXT NOT NULL, story_id TEXT NOT NULL, article_key TEXT NOT NULL, count INTEGER NOT NULL,
                    snippet TEXT NOT NULL, found_at INTEGER NOT NULL, positions TEXT NOT NULL DEFAULT '',
                    PRIMARY KEY (entity_id, story_id));
                INSERT INTO mentions (entity_id, story_id, article_key, count, snippet, found_at, positions)
                    SELECT entity_id, article_key, article_key, count, snippet, found_at, {positions} FROM mentions_before_stories;
                DROP TABLE mentions_before_stories;
                CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_key);
                """, cancellationToken);
        }
    }

    private static async Task<bool> HasColumnAsync(SqliteConnection connection, string table, string column, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM pragma_table_info($table) WHERE name = $column";
        command.Parameters.AddWithValue("$table", table);
        command.Parameters.AddWithValue("$column", column);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! > 0;
    }

    private static async Task ExecuteScriptAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task PingAsync(CancellationToken cancellationToken) =>
        await QueryAsync("SELECT 1", r => r.GetInt32(0), cancellationToken);

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // In WAL mode NORMAL survives application crashes intact and skips an fsync per commit;
        // only a power cut can lose the last commits (redone idempotently at the next poll).
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=NORMAL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<List<T>> QueryAsync<T>(string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static long Ms(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    private static DateTimeOffset FromMs(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);

    private static DateTimeOffset? FromMs(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : FromMs(reader.GetInt64(ordinal));

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static string ReadSchema()
    {
        using var stream = typeof(SqliteMonitorStore).Assembly.GetManifestResourceStream("AiDivide.Storage.Sqlite.Schema.sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
