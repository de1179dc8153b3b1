using System.Text.Json;
using AiDivide.Monitoring.Alerts;
using AiDivide.Monitoring.Storage;
using Microsoft.Data.Sqlite;

namespace AiDivide.Storage.Sqlite;

public sealed partial class SqliteMonitorStore
{
    private const string OutboxColumns = "payload, status, attempts, last_error, sent_at";

    public async Task<bool> TryEnqueueAsync(Alert alert, CancellationToken cancellationToken) =>
        await ExecuteAsync("""
            INSERT INTO alerts (key, recipient, entity_id, article_key, channel, payload, status, attempts, next_attempt_at, created_at)
            VALUES ($key, $recipient, $entity, $article, $channel, $payload, $pending, 0, $notBefore, $created)
            ON CONFLICT (key) DO NOTHING
            """,
            cancellationToken,
            ("$key", alert.Key), ("$recipient", alert.RecipientEmail), ("$entity", alert.EntityId), ("$article", alert.ArticleKey),
            ("$channel", alert.Channel), ("$payload", JsonSerializer.Serialize(alert)), ("$pending", (int)OutboxStatus.Pending),
            ("$created", Ms(alert.CreatedAt)), ("$notBefore", Ms(alert.NotBefore ?? alert.CreatedAt))) == 1;

    public async Task<IReadOnlyList<OutboxItem>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken) =>
        await QueryAsync($"""
            UPDATE alerts SET lease_owner = $owner, lease_until = $until
            WHERE key IN (
                SELECT key FROM alerts
                WHERE status = $pending AND next_attempt_at <= $now AND (lease_until IS NULL OR lease_until <= $now)
                ORDER BY next_attempt_at LIMIT $max)
            RETURNING {OutboxColumns}
            """,
            ReadOutboxItem,
            cancellationToken,
            ("$owner", owner), ("$until", Ms(now + lease)), ("$now", Ms(now)), ("$max", max), ("$pending", (int)OutboxStatus.Pending));

    public async Task MarkSentAsync(string key, string owner, DateTimeOffset at, CancellationToken cancellationToken) =>
        await ExecuteAsync("""
            UPDATE alerts SET status = $sent, sent_at = $at, attempts = attempts + 1, lease_owner = NULL, lease_until = NULL, last_error = NULL
            WHERE key = $key AND status = $pending
            """,
            cancellationToken,
            ("$key", key), ("$at", Ms(at)), ("$sent", (int)OutboxStatus.Sent), ("$pending", (int)OutboxStatus.Pending));

    public async Task MarkFailedAsync(string key, string owner, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken) =>
        await ExecuteAsync("""
            UPDATE alerts SET
                status = CASE WHEN $retryAt IS NULL THEN $failed ELSE $pending END,
                next_attempt_at = COALESCE($retryAt, next_attempt_at),
                attempts = attempts + 1, last_error = $error, lease_owner = NULL, lease_until = NULL
            WHERE key = $key AND status = $pending AND lease_owner = $owner
            """,
            cancellationToken,
            ("$key", key), ("$owner", owner), ("$error", reason), ("$retryAt", retryAt is { } r ? Ms(r) : null),
            ("$failed", (int)OutboxStatus.Failed), ("$pending", (int)OutboxStatus.Pending));

    public async Task<DateTimeOffset?> OldestPendingAsync(CancellationToken cancellationToken) =>
        (await QueryAsync(
            "SELECT MIN(created_at) FROM alerts WHERE status = $pending",
            r => FromMs(r, 0),
            cancellationToken,
            ("$pending", (int)OutboxStatus.Pending))).Single();

    public async Task ReleaseAsync(string key, string owner, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "UPDATE alerts SET lease_owner = NULL, lease_until = NULL WHERE key = $key AND lease_owner = $owner",
            cancellationToken,
            ("$key", key), ("$owner", owner));

    public async Task<IReadOnlyList<OutboxItem>> ListAsync(OutboxStatus? status, CancellationToken cancellationToken) =>
        await QueryAsync(
            $"SELECT {OutboxColumns} FROM alerts WHERE $status IS NULL OR status = $status ORDER BY created_at, key",
            ReadOutboxItem,
            cancellationToken,
            ("$status", status is { } s ? (int)s : null));

    private static OutboxItem ReadOutboxItem(SqliteDataReader r) => new(
        JsonSerializer.Deserialize<Alert>(r.GetString(0))!,
        (OutboxStatus)r.GetInt32(1),
        r.GetInt32(2),
        Text(r, 3),
        FromMs(r, 4));
}
