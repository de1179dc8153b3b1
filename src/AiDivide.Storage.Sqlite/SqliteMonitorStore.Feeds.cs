using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Storage;
using Microsoft.Data.Sqlite;

namespace AiDivide.Storage.Sqlite;

public sealed partial class SqliteMonitorStore
{
    private const string FeedColumns =
        "id, url, title, next_poll_at, etag, last_modified, consecutive_failures, last_error, last_polled_at, last_success_at, " +
        "conditional, last_error_at, failing_since, last_new_item_at, update_interval_ms, publisher_interval_ms";

    /// <summary>How many columns <see cref="FeedColumns"/> names, for queries that select more after them.</summary>
    private const int FeedColumnCount = 16;

    public async Task SyncFeedsAsync(IReadOnlyList<FeedDefinition> feeds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var deactivate = Command(connection, "UPDATE feeds SET active = 0", []))
        {
            deactivate.Transaction = transaction;
            await deactivate.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var feed in feeds)
        {
            await using var upsert = Command(connection, """
                INSERT INTO feeds (id, url, title, active, next_poll_at, conditional) VALUES ($id, $url, $title, 1, $now, $conditional)
                ON CONFLICT (id) DO UPDATE SET url = excluded.url, title = excluded.title, active = 1, conditional = excluded.conditional
                """, [("$id", feed.Id), ("$url", feed.Url.AbsoluteUri), ("$title", feed.Title), ("$now", Ms(now)), ("$conditional", feed.UsesConditionalGet ? 1 : 0)]);
            upsert.Transaction = transaction;
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FeedState>> ClaimDueFeedsAsync(string owner, DateTimeOffset dueBy, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken) =>
        await QueryAsync($"""
            UPDATE feeds SET lease_owner = $owner, lease_until = $until
            WHERE id IN (
                SELECT id FROM feeds
                WHERE active = 1 AND next_poll_at <= $dueBy AND (lease_until IS NULL OR lease_until <= $now)
                ORDER BY next_poll_at LIMIT $max)
            RETURNING {FeedColumns}
            """,
            ReadFeed,
            cancellationToken,
            ("$owner", owner), ("$until", Ms(now + lease)), ("$dueBy", Ms(dueBy)), ("$now", Ms(now)), ("$max", max));

    public async Task CompletePollAsync(string feedId, string owner, FeedPollOutcome outcome, CancellationToken cancellationToken) =>
        await ExecuteAsync("""
            UPDATE feeds SET
                last_polled_at = $at, next_poll_at = $next, lease_owner = NULL, lease_until = NULL,
                etag = CASE WHEN $error IS NULL THEN $etag ELSE etag END,
                last_modified = CASE WHEN $error IS NULL THEN $lastModified ELSE last_modified END,
                consecutive_failures = CASE WHEN $error IS NULL THEN 0 ELSE consecutive_failures + 1 END,
                last_error = $error,
                last_error_at = CASE WHEN $error IS NULL THEN last_error_at ELSE $at END,
                failing_since = CASE WHEN $error IS NULL THEN NULL ELSE COALESCE($failingSince, failing_since, $at) END,
                last_success_at = CASE WHEN $error IS NULL THEN $at ELSE last_success_at END,
                last_new_item_at = COALESCE($newItemAt, last_new_item_at),
                update_interval_ms = COALESCE($interval, update_interval_ms),
                publisher_interval_ms = COALESCE($publisher, publisher_interval_ms)
            WHERE id = $id AND lease_owner = $owner
            """,
            cancellationToken,
            ("$id", feedId), ("$owner", owner), ("$at", Ms(outcome.PolledAt)), ("$next", Ms(outcome.NextPollAt)),
            ("$error", outcome.Error), ("$etag", outcome.ETag), ("$lastModified", outcome.LastModified),
            ("$failingSince", outcome.FailingSince is { } f ? Ms(f) : null), ("$newItemAt", outcome.LastNewItemAt is { } n ? Ms(n) : null),
            ("$interval", outcome.UpdateInterval is { } i ? (long)i.TotalMilliseconds : null),
            ("$publisher", outcome.PublisherInterval is { } p ? (long)p.TotalMilliseconds : null));

    public async Task ReleaseFeedAsync(string feedId, string owner, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "UPDATE feeds SET lease_owner = NULL, lease_until = NULL WHERE id = $id AND lease_owner = $owner",
            cancellationToken,
            ("$id", feedId), ("$owner", owner));

    public async Task<IReadOnlyList<FeedState>> ListFeedsAsync(CancellationToken cancellationToken) =>
        await QueryAsync($"SELECT {FeedColumns} FROM feeds WHERE active = 1 ORDER BY title", ReadFeed, cancellationToken);

    private static FeedState ReadFeed(SqliteDataReader r) => new()
    {
        Id = r.GetString(0),
        Url = new Uri(r.GetString(1)),
        Title = r.GetString(2),
        NextPollAt = FromMs(r.GetInt64(3)),
        ETag = Text(r, 4),
        LastModified = Text(r, 5),
        ConsecutiveFailures = r.GetInt32(6),
        LastError = Text(r, 7),
        LastPolledAt = FromMs(r, 8),
        LastSuccessAt = FromMs(r, 9),
        UsesConditionalGet = r.GetInt64(10) != 0,
        LastErrorAt = FromMs(r, 11),
        FailingSince = FromMs(r, 12),
        LastNewItemAt = FromMs(r, 13),
        UpdateInterval = r.IsDBNull(14) ? null : TimeSpan.FromMilliseconds(r.GetInt64(14)),
        // Zero is stored for "read, and it asked for nothing", so a 304 does not bring back an old hint.
        PublisherInterval = r.IsDBNull(15) || r.GetInt64(15) <= 0 ? null : TimeSpan.FromMilliseconds(r.GetInt64(15)),
    };
}
