using Microsoft.Data.Sqlite;

namespace AiDivide.Storage.Sqlite;

public sealed partial class SqliteMonitorStore
{
    /// <summary>Feed columns added for schedules and health, with the SQL that adds each to an older file.</summary>
    /// <remarks>Added here rather than in <c>Schema.sql</c> so new and old files take the same path.</remarks>
    private static readonly (string Column, string Definition)[] FeedScheduleColumns =
    [
        ("conditional", "INTEGER NOT NULL DEFAULT 1"),
        ("last_error_at", "INTEGER"),
        ("failing_since", "INTEGER"),
        ("last_new_item_at", "INTEGER"),
        ("update_interval_ms", "INTEGER"),
        ("publisher_interval_ms", "INTEGER"),
    ];

    public async Task<int> SchedulePollNowAsync(IReadOnlyCollection<string>? feedIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (feedIds is null)
        {
            await ExecuteAsync("UPDATE feeds SET next_poll_at = $now WHERE active = 1 AND next_poll_at > $now", cancellationToken, ("$now", Ms(now)));
            return (await QueryAsync("SELECT COUNT(*) FROM feeds WHERE active = 1", r => r.GetInt32(0), cancellationToken))[0];
        }

        var matched = 0;
        foreach (var id in feedIds.Distinct(StringComparer.Ordinal))
        {
            await ExecuteAsync("UPDATE feeds SET next_poll_at = $now WHERE id = $id AND active = 1 AND next_poll_at > $now", cancellationToken, ("$id", id), ("$now", Ms(now)));
            matched += (await QueryAsync("SELECT COUNT(*) FROM feeds WHERE id = $id AND active = 1", r => r.GetInt32(0), cancellationToken, ("$id", id)))[0];
        }

        return matched;
    }

    private static async Task AddFeedScheduleColumnsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        foreach (var (column, definition) in FeedScheduleColumns)
        {
            if (!await HasColumnAsync(connection, "feeds", column, cancellationToken))
            {
                await ExecuteScriptAsync(connection, $"ALTER TABLE feeds ADD COLUMN {column} {definition};", cancellationToken);
            }
        }
    }
}
