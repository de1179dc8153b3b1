using System.Globalization;
using AiDivide.Monitoring.Extraction;
using AiDivide.Monitoring.Matching;
using AiDivide.Monitoring.Storage;
using MongoDB.Driver;

namespace AiDivide.Storage.MongoDb;

public sealed partial class MongoMonitorStore
{
    public async Task<EntryState?> GetEntryAsync(string entryKey, CancellationToken cancellationToken)
    {
        var document = await entries.Find(e => e.Id == entryKey).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : new EntryState(document.Id, document.Done, document.Attempts, document.LastError);
    }

    public async Task MarkEntryDoneAsync(string entryKey, string feedId, string? articleKey, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var update = Builders<EntryDocument>.Update
            .Set(e => e.Done, true)
            .Set(e => e.ArticleKey, articleKey)
            .Set(e => e.UpdatedAt, Utc(at))
            .SetOnInsert(e => e.FeedId, feedId)
            .SetOnInsert(e => e.Attempts, 0);
        await UpsertAsync(() => entries.UpdateOneAsync(e => e.Id == entryKey, update, new UpdateOptions { IsUpsert = true }, cancellationToken));
    }

    public async Task<int> RecordEntryFailureAsync(string entryKey, string feedId, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var update = Builders<EntryDocument>.Update
            .Inc(e => e.Attempts, 1)
            .Set(e => e.LastError, reason)
            .Set(e => e.UpdatedAt, Utc(at))
            .SetOnInsert(e => e.FeedId, feedId)
            .SetOnInsert(e => e.Done, false);
        var options = new FindOneAndUpdateOptions<EntryDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After };
        var document = await UpsertAsync(() => entries.FindOneAndUpdateAsync<EntryDocument>(e => e.Id == entryKey, update, options, cancellationToken));
        return document.Attempts;
    }

    public async Task<string?> FindArticleKeyAsync(string canonicalUrl, CancellationToken cancellationToken)
    {
        // A count rather than a projection: jongodb returns whole documents whatever the projection says.
        if (await articles.CountDocumentsAsync(a => a.Id == canonicalUrl, new CountOptions { Limit = 1 }, cancellationToken) > 0)
        {
            return canonicalUrl;
        }

        var alias = await aliases.Find(a => a.Url == canonicalUrl).FirstOrDefaultAsync(cancellationToken);
        return alias?.ArticleKey;
    }

    public async Task<StoredArticle?> GetArticleAsync(string key, CancellationToken cancellationToken)
    {
        var d = await articles.Find(a => a.Id == key).FirstOrDefaultAsync(cancellationToken);
        return d is null ? null : ToStoredArticle(d);
    }

    public Task<bool> TryAddArticleAsync(StoredArticle article, CancellationToken cancellationToken)
    {
        var a = article.Article;
        return TryInsertAsync(articles, new ArticleDocument
        {
            Id = article.Key,
            FeedId = article.FeedId,
            Url = a.Url.AbsoluteUri,
            CanonicalUrl = a.CanonicalUrl.AbsoluteUri,
            Title = a.Title,
            Text = a.Text,
            Published = a.Published?.ToString("o", CultureInfo.InvariantCulture),
            Language = a.Language,
            SiteName = a.SiteName,
            Byline = a.Byline,
            Description = a.Description,
            FetchedAt = Utc(article.FetchedAt),
            MatchedAt = article.MatchedAt is { } m ? Utc(m) : null,
        }, cancellationToken);
    }

    public Task AddUrlAliasAsync(string url, string articleKey, CancellationToken cancellationToken) =>
        TryInsertAsync(aliases, new UrlAliasDocument { Url = url, ArticleKey = articleKey }, cancellationToken);

    public Task MarkArticleMatchedAsync(string key, DateTimeOffset at, CancellationToken cancellationToken) =>
        articles.UpdateOneAsync(a => a.Id == key && a.MatchedAt == null, Builders<ArticleDocument>.Update.Set(a => a.MatchedAt, Utc(at)), cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<StoredArticle>> ListArticlesAsync(string? afterKey, int limit, CancellationToken cancellationToken)
    {
        var filter = afterKey is null ? Builders<ArticleDocument>.Filter.Empty : Builders<ArticleDocument>.Filter.Gt(a => a.Id, afterKey);
        var documents = await articles.Find(filter).SortBy(a => a.Id).Limit(limit).ToListAsync(cancellationToken);
        return [.. documents.Select(ToStoredArticle)];
    }

    public Task<long> CountArticlesAsync(CancellationToken cancellationToken) =>
        articles.CountDocumentsAsync(Builders<ArticleDocument>.Filter.Empty, cancellationToken: cancellationToken);

    public Task<bool> TryAddMentionAsync(MentionRecord mention, CancellationToken cancellationToken) =>
        TryInsertAsync(mentions, new MentionDocument
        {
            Id = $"{mention.EntityId}\n{mention.StoryId}",
            EntityId = mention.EntityId,
            StoryId = mention.StoryId,
            ArticleKey = mention.ArticleKey,
            Count = mention.Count,
            Snippet = mention.Snippet,
            FoundAt = Utc(mention.FoundAt),
            Positions = [.. mention.Positions.Select(p => new PositionDocument { Field = p.Field.ToString(), Start = p.Start, Length = p.Length })],
        }, cancellationToken);

    public async Task<IReadOnlyList<MentionRecord>> ListMentionsAsync(string articleKey, CancellationToken cancellationToken)
    {
        var documents = await mentions.Find(m => m.ArticleKey == articleKey).SortBy(m => m.EntityId).ToListAsync(cancellationToken);
        return [.. documents.Select(ToMention)];
    }

    private static StoredArticle ToStoredArticle(ArticleDocument d) => new(
        d.Id,
        new Article
        {
            Url = new Uri(d.Url),
            CanonicalUrl = new Uri(d.CanonicalUrl),
            Title = d.Title,
            Text = d.Text,
            Published = d.Published is { } p ? DateTimeOffset.Parse(p, CultureInfo.InvariantCulture) : null,
            Language = d.Language,
            SiteName = d.SiteName,
            Byline = d.Byline,
            Description = d.Description,
        },
        d.FeedId,
        FromUtc(d.FetchedAt),
        FromUtc(d.MatchedAt));

    private static MentionRecord ToMention(MentionDocument m) => new(m.EntityId, m.StoryId, m.ArticleKey, m.Count, m.Snippet, FromUtc(m.FoundAt))
    {
        Positions = [.. m.Positions.Select(p => new MentionPosition(Enum.Parse<TextField>(p.Field), p.Start, p.Length))],
    };
}
