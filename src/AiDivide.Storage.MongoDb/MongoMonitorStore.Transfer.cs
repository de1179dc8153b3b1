using System.Runtime.CompilerServices;
using System.Text.Json;
using AiDivide.Monitoring.Storage;
using MongoDB.Driver;

namespace AiDivide.Storage.MongoDb;

public sealed partial class MongoMonitorStore
{
    public async IAsyncEnumerable<StoreRecord> ExportAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var d in StreamAsync(feedCollection, cancellationToken))
        {
            yield return new FeedRecord(ToState(d), d.Active);
        }

        await foreach (var d in StreamAsync(entries, cancellationToken))
        {
            yield return new EntryRecord(d.Id, d.FeedId, d.ArticleKey, d.Done, d.Attempts, d.LastError, FromUtc(d.UpdatedAt));
        }

        await foreach (var d in StreamAsync(articles, cancellationToken))
        {
            yield return new ArticleRecord(ToStoredArticle(d));
        }

        await foreach (var d in StreamAsync(aliases, cancellationToken))
        {
            yield return new UrlAliasRecord(d.Url, d.ArticleKey);
        }

        await foreach (var d in StreamAsync(mentions, cancellationToken))
        {
            yield return new MentionRow(ToMention(d));
        }

        await foreach (var d in StreamAsync(fingerprints, cancellationToken))
        {
            yield return new FingerprintRecord(new StoryFingerprint(d.ArticleKey, d.StoryId, FromUtc(d.At), d.Signature, []));
        }

        await foreach (var d in StreamAsync(alerts, cancellationToken))
        {
            yield return new AlertRecord(ToItem(d), FromUtc(d.NextAttemptAt));
        }
    }

    public async Task<bool> ImportAsync(StoreRecord record, CancellationToken cancellationToken) => record switch
    {
        FeedRecord f => await TryInsertAsync(feedCollection, new FeedDocument
        {
            Id = f.Feed.Id,
            Url = f.Feed.Url.AbsoluteUri,
            Title = f.Feed.Title,
            Active = f.Active,
            NextPollAt = Utc(f.Feed.NextPollAt),
            ETag = f.Feed.ETag,
            LastModified = f.Feed.LastModified,
            ConsecutiveFailures = f.Feed.ConsecutiveFailures,
            LastError = f.Feed.LastError,
            LastPolledAt = f.Feed.LastPolledAt?.UtcDateTime,
            LastSuccessAt = f.Feed.LastSuccessAt?.UtcDateTime,
            Conditional = f.Feed.UsesConditionalGet,
            LastErrorAt = f.Feed.LastErrorAt?.UtcDateTime,
            FailingSince = f.Feed.FailingSince?.UtcDateTime,
            LastNewItemAt = f.Feed.LastNewItemAt?.UtcDateTime,
            UpdateIntervalMs = f.Feed.UpdateInterval is { } interval ? (long)interval.TotalMilliseconds : null,
            PublisherIntervalMs = f.Feed.PublisherInterval is { } publisher ? (long)publisher.TotalMilliseconds : null,
        }, cancellationToken),
        EntryRecord e => await TryInsertAsync(entries, new EntryDocument
        {
            Id = e.Key, FeedId = e.FeedId, ArticleKey = e.ArticleKey, Done = e.Done, Attempts = e.Attempts, LastError = e.LastError, UpdatedAt = Utc(e.UpdatedAt),
        }, cancellationToken),
        ArticleRecord a => await TryAddArticleAsync(a.Article, cancellationToken),
        UrlAliasRecord u => await TryInsertAsync(aliases, new UrlAliasDocument { Url = u.Url, ArticleKey = u.ArticleKey }, cancellationToken),
        MentionRow m => await TryAddMentionAsync(m.Mention, cancellationToken),
        FingerprintRecord f => (await InsertFingerprintAsync(f.Fingerprint.WithBandKeys(), cancellationToken)).Inserted,
        AlertRecord a => await TryInsertAsync(alerts, new AlertDocument
        {
            Id = a.Item.Alert.Key,
            Recipient = a.Item.Alert.RecipientEmail,
            EntityId = a.Item.Alert.EntityId,
            ArticleKey = a.Item.Alert.ArticleKey,
            Channel = a.Item.Alert.Channel,
            Payload = JsonSerializer.Serialize(a.Item.Alert),
            Status = (int)a.Item.Status,
            Attempts = a.Item.Attempts,
            NextAttemptAt = Utc(a.NextAttemptAt),
            LastError = a.Item.LastError,
            CreatedAt = Utc(a.Item.Alert.CreatedAt),
            SentAt = a.Item.SentAt?.UtcDateTime,
        }, cancellationToken),
        _ => throw new ArgumentException($"Unknown record type {record.GetType().Name}", nameof(record)),
    };

    private static async IAsyncEnumerable<T> StreamAsync<T>(IMongoCollection<T> collection, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var cursor = await collection.FindAsync(Builders<T>.Filter.Empty, new FindOptions<T> { BatchSize = 500 }, cancellationToken);
        while (await cursor.MoveNextAsync(cancellationToken))
        {
            foreach (var document in cursor.Current)
            {
                yield return document;
            }
        }
    }
}
