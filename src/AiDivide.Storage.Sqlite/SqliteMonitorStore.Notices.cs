namespace AiDivide.Storage.Sqlite;

public sealed partial class SqliteMonitorStore
{
    // One statement: a new key is inserted; an unsent key whose lease lapsed (or was released) is taken over.
    public async Task<bool> TryClaimNoticeAsync(string key, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        await ExecuteAsync("""
            INSERT INTO operator_notices (key, owner, lease_until, created_at) VALUES ($key, $owner, $until, $now)
            ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
            WHERE operator_notices.sent_at IS NULL AND (operator_notices.lease_until IS NULL OR operator_notices.lease_until <= $now)
            """,
            cancellationToken,
            ("$key", key), ("$owner", owner), ("$until", Ms(now + lease)), ("$now", Ms(now))) == 1;

    public async Task MarkNoticeSentAsync(string key, string owner, DateTimeOffset at, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "UPDATE operator_notices SET sent_at = $at, lease_until = NULL WHERE key = $key AND owner = $owner AND sent_at IS NULL",
            cancellationToken,
            ("$key", key), ("$owner", owner), ("$at", Ms(at)));

    public async Task ReleaseNoticeAsync(string key, string owner, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "UPDATE operator_notices SET owner = NULL, lease_until = NULL WHERE key = $key AND owner = $owner AND sent_at IS NULL",
            cancellationToken,
            ("$key", key), ("$owner", owner));
}
