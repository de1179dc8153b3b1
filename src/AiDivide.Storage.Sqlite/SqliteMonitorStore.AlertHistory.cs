using System.Globalization;
using System.Text.Json;
using AiDivide.Monitoring.Alerts;
using AiDivide.Monitoring.Storage;

namespace AiDivide.Storage.Sqlite;

public sealed partial class SqliteMonitorStore
{
    public async Task<Alert?> FindAlertAsync(string key, CancellationToken cancellationToken) =>
        (await QueryAsync(
            "SELECT payload FROM alerts WHERE key = $key",
            r => JsonSerializer.Deserialize<Alert>(r.GetString(0)),
            cancellationToken,
            ("$key", key))).SingleOrDefault();

    public async Task<int> CountImmediateAlertsAsync(string recipient, string channel, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
        (await QueryAsync(
            """
            SELECT COUNT(*) FROM alerts
            WHERE recipient = $recipient AND created_at >= $from AND created_at < $to AND channel = $channel AND article_key NOT LIKE $digest
            """,
            r => r.GetInt32(0),
            cancellationToken,
            ("$recipient", recipient), ("$channel", channel), ("$from", Ms(since)), ("$to", Ms(until)), ("$digest", Alert.DigestPrefix + "%"))).Single();

    public async Task<IReadOnlyList<MentionRecord>> ListMentionsFoundAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
        await QueryAsync(
            """
            SELECT entity_id, story_id, article_key, count, snippet, found_at, positions FROM mentions
            WHERE found_at >= $from AND found_at < $to ORDER BY found_at, entity_id, story_id
            """,
            r => new MentionRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4), FromMs(r.GetInt64(5))) { Positions = MentionPositionText.Parse(r.GetString(6)) },
            cancellationToken,
            ("$from", Ms(since)), ("$to", Ms(until)));

    public async Task<IReadOnlyList<MentionDayCount>> CountMentionsByDayAsync(DateTimeOffset since, DateTimeOffset until, TimeSpan utcOffset, CancellationToken cancellationToken) =>
        await QueryAsync(
            """
            SELECT entity_id, date((found_at + $offset) / 1000, 'unixepoch') AS day, COUNT(*) FROM mentions
            WHERE found_at >= $from AND found_at < $to GROUP BY entity_id, day ORDER BY entity_id, day
            """,
            r => new MentionDayCount(r.GetString(0), DateOnly.ParseExact(r.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture), r.GetInt32(2)),
            cancellationToken,
            ("$from", Ms(since)), ("$to", Ms(until)), ("$offset", (long)utcOffset.TotalMilliseconds));
}
