using System.Runtime.CompilerServices;
using System.Text.Json;
using AiDivide.Monitoring.Storage;
using Microsoft.Data.Sqlite;

namespace AiDivide.Storage.Sqlite;

public sealed partial class SqliteMonitorStore
{
    public async IAsyncEnumerable<StoreRecord> ExportAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var feed in StreamAsync($"SELECT {FeedColumns}, active FROM feeds", r => new FeedRecord(ReadFeed(r), r.GetInt64(FeedColumnCount) != 0), cancellationToken))
        {
            yield return feed;
        }

        await foreach (var entry in StreamAsync(
            "SELECT key, feed_id, article_key, done, attempts, last_error, updated_at FROM entries",
            r => new EntryRecord(r.GetString(0), r.GetString(1), Text(r, 2), r.GetInt64(3) != 0, r.GetInt32(4), Text(r, 5), FromMs(r.GetInt64(6))),
            cancellationToken))
        {
            yield return entry;
        }

        await foreach (var article in StreamAsync(
            "SELECT key, feed_id, url, canonical_url, title, text, published, language, site_name, byline, description, fetched_at, matched_at FROM articles",
            r => new ArticleRecord(ReadArticle(r)),
            cancellationToken))
        {
            yield return article;
        }

        await foreach (var alias in StreamAsync("SELECT url, article_key FROM url_aliases", r => new UrlAliasRecord(r.GetString(0), r.GetString(1)), cancellationToken))
        {
            yield return alias;
        }

        await foreach (var mention in StreamAsync(
            "SELECT entity_id, story_id, article_key, count, snippet, found_at, positions FROM mentions",
            r => new MentionRow(new MentionRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4), FromMs(r.GetInt64(5))) { Positions = MentionPositionText.Parse(r.GetString(6)) }),
            cancellationToken))
        {
            yield return mention;
        }

        await foreach (var fingerprint in StreamAsync(
            "SELECT article_key, story_id, at, signature FROM fingerprints",
            r => new FingerprintRecord(new StoryFingerprint(r.GetString(0), r.GetString(1), FromMs(r.GetInt64(2)), (byte[])r.GetValue(3), [])),
            cancellationToken))
        {
            yield return fingerprint;
        }

        await foreach (var alert in StreamAsync($"SELECT {OutboxColumns}, next_attempt_at FROM alerts", r => new AlertRecord(ReadOutboxItem(r), FromMs(r.GetInt64(5))), cancellationToken))
        {
            yield return alert;
        }
    }

    public async Task<bool> ImportAsync(StoreRecord record, CancellationToken cancellationToken) => record switch
    {
        FeedRecord f => await ImportFeedAsync(f, cancellationToken),
        EntryRecord e => await ExecuteAsync("""
            INSERT INTO entries (key, feed_id, article_key, done, attempts, last_error, updated_at) VALUES ($key, $feed, $article, $done, $attempts, $error, $at)
            ON CONFLICT (key) DO NOTHING
            """,
            cancellationToken,
            ("$key", e.Key), ("$feed", e.FeedId), ("$article", e.ArticleKey), ("$done", e.Done ? 1 : 0), ("$attempts", e.Attempts), ("$error", e.LastError), ("$at", Ms(e.UpdatedAt))) == 1,
        ArticleRecord a => await TryAddArticleAsync(a.Article, cancellationToken),
        UrlAliasRecord u => await ExecuteAsync(
            "INSERT INTO url_aliases (url, article_key) VALUES ($url, $key) ON CONFLICT (url) DO NOTHING", cancellationToken, ("$url", u.Url), ("$key", u.ArticleKey)) == 1,
        MentionRow m => await TryAddMentionAsync(m.Mention, cancellationToken),
        AlertRecord a => await ImportAlertAsync(a, cancellationToken),
        FingerprintRecord f => (await InsertFingerprintAsync(f.Fingerprint.WithBandKeys(), cancellationToken)).Inserted,
        _ => throw new ArgumentException($"Unknown record type {record.GetType().Name}", nameof(record)),
    };

    private async Task<bool> ImportFeedAsync(FeedRecord record, CancellationToken cancellationToken)
    {
        var f = record.Feed;
        return await ExecuteAsync("""
            INSERT INTO feeds (id, url, title, active, next_poll_at, etag, last_modified, consecutive_failures, last_error, last_polled_at, last_success_at,
                               conditional, last_error_at, failing_since, last_new_item_at, update_interval_ms, publisher_interval_ms)
            VALUES ($id, $url, $title, $active, $next, $etag, $lastModified, $failures, $error, $polled, $success,
                    $conditional, $errorAt, $failingSince, $newItemAt, $interval, $publisher)
            ON CONFLICT (id) DO NOTHING
            """,
            cancellationToken,
            ("$id", f.Id), ("$url", f.Url.AbsoluteUri), ("$title", f.Title), ("$active", record.Active ? 1 : 0), ("$next", Ms(f.NextPollAt)),
            ("$etag", f.ETag), ("$lastModified", f.LastModified), ("$failures", f.ConsecutiveFailures), ("$error", f.LastError),
            ("$polled", f.LastPolledAt is { } p ? Ms(p) : null), ("$success", f.LastSuccessAt is { } s ? Ms(s) : null),
            ("$conditional", f.UsesConditionalGet ? 1 : 0), ("$errorAt", f.LastErrorAt is { } e ? Ms(e) : null),
            ("$failingSince", f.FailingSince is { } since ? Ms(since) : null), ("$newItemAt", f.LastNewItemAt is { } n ? Ms(n) : null),
            ("$interval", f.UpdateInterval is { } i ? (long)i.TotalMilliseconds : null),
            ("$publisher", f.PublisherInterval is { } hint ? (long)hint.TotalMilliseconds : null)) == 1;
    }

    private async Task<bool> ImportAlertAsync(AlertRecord record, CancellationToken cancellationToken)
    {
        var (alert, item) = (record.Item.Alert, record.Item);
        return await ExecuteAsync("""
            INSERT INTO alerts (key, recipient, entity_id, article_key, channel, payload, status, attempts, next_attempt_at, last_error, created_at, sent_at)
            VALUES ($key, $recipient, $entity, $article, $channel, $payload, $status, $attempts, $next, $error, $created, $sent)
            ON CONFLICT (key) DO NOTHING
            """,
            cancellationToken,
            ("$key", alert.Key), ("$recipient", alert.RecipientEmail), ("$entity", alert.EntityId), ("$article", alert.ArticleKey), ("$channel", alert.Channel),
            ("$payload", JsonSerializer.Serialize(alert)), ("$status", (int)item.Status), ("$attempts", item.Attempts), ("$next", Ms(record.NextAttemptAt)),
            ("$error", item.LastError), ("$created", Ms(alert.CreatedAt)), ("$sent", item.SentAt is { } s ? Ms(s) : null)) == 1;
    }

    private async IAsyncEnumerable<T> StreamAsync<T>(string sql, Func<SqliteDataReader, T> map, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql, []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return map(reader);
        }
    }
}
