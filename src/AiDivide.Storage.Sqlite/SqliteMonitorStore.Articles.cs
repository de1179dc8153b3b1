using System.Globalization;
using AiDivide.Monitoring.Extraction;
using AiDivide.Monitoring.Storage;
using Microsoft.Data.Sqlite;

namespace AiDivide.Storage.Sqlite;

public sealed partial class SqliteMonitorStore
{
    public async Task<EntryState?> GetEntryAsync(string entryKey, CancellationToken cancellationToken) =>
        (await QueryAsync(
            "SELECT key, done, attempts, last_error FROM entries WHERE key = $key",
            r => new EntryState(r.GetString(0), r.GetInt64(1) != 0, r.GetInt32(2), Text(r, 3)),
            cancellationToken,
            ("$key", entryKey))).FirstOrDefault();

    public async Task MarkEntryDoneAsync(string entryKey, string feedId, string? articleKey, DateTimeOffset at, CancellationToken cancellationToken) =>
        await ExecuteAsync("""
            INSERT INTO entries (key, feed_id, article_key, done, attempts, updated_at) VALUES ($key, $feed, $article, 1, 0, $at)
            ON CONFLICT (key) DO UPDATE SET done = 1, article_key = excluded.article_key, updated_at = excluded.updated_at
            """,
            cancellationToken,
            ("$key", entryKey), ("$feed", feedId), ("$article", articleKey), ("$at", Ms(at)));

    public async Task<int> RecordEntryFailureAsync(string entryKey, string feedId, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        (await QueryAsync("""
            INSERT INTO entries (key, feed_id, done, attempts, last_error, updated_at) VALUES ($key, $feed, 0, 1, $error, $at)
            ON CONFLICT (key) DO UPDATE SET attempts = attempts + 1, last_error = excluded.last_error, updated_at = excluded.updated_at
            RETURNING attempts
            """,
            r => r.GetInt32(0),
            cancellationToken,
            ("$key", entryKey), ("$feed", feedId), ("$error", reason), ("$at", Ms(at)))).Single();

    public async Task<string?> FindArticleKeyAsync(string canonicalUrl, CancellationToken cancellationToken) =>
        (await QueryAsync(
            "SELECT key FROM articles WHERE key = $url UNION ALL SELECT article_key FROM url_aliases WHERE url = $url LIMIT 1",
            r => r.GetString(0),
            cancellationToken,
            ("$url", canonicalUrl))).FirstOrDefault();

    public async Task<StoredArticle?> GetArticleAsync(string key, CancellationToken cancellationToken) =>
        (await QueryAsync("""
            SELECT key, feed_id, url, canonical_url, title, text, published, language, site_name, byline, description, fetched_at, matched_at
            FROM articles WHERE key = $key
            """,
            ReadArticle,
            cancellationToken,
            ("$key", key))).FirstOrDefault();

    public async Task<bool> TryAddArticleAsync(StoredArticle article, CancellationToken cancellationToken)
    {
        var a = article.Article;
        var inserted = await ExecuteAsync("""
            INSERT INTO articles (key, feed_id, url, canonical_url, title, text, published, language, site_name, byline, description, fetched_at, matched_at)
            VALUES ($key, $feed, $url, $canonical, $title, $text, $published, $language, $site, $byline, $description, $fetched, $matched)
            ON CONFLICT (key) DO NOTHING
            """,
            cancellationToken,
            ("$key", article.Key), ("$feed", article.FeedId), ("$url", a.Url.AbsoluteUri), ("$canonical", a.CanonicalUrl.AbsoluteUri),
            ("$title", a.Title), ("$text", a.Text), ("$published", a.Published?.ToString("o", CultureInfo.InvariantCulture)),
            ("$language", a.Language), ("$site", a.SiteName), ("$byline", a.Byline), ("$description", a.Description),
            ("$fetched", Ms(article.FetchedAt)), ("$matched", article.MatchedAt is { } m ? Ms(m) : null));
        return inserted == 1;
    }

    public async Task AddUrlAliasAsync(string url, string articleKey, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "INSERT INTO url_aliases (url, article_key) VALUES ($url, $key) ON CONFLICT (url) DO NOTHING",
            cancellationToken,
            ("$url", url), ("$key", articleKey));

    public async Task MarkArticleMatchedAsync(string key, DateTimeOffset at, CancellationToken cancellationToken) =>
        await ExecuteAsync("UPDATE articles SET matched_at = $at WHERE key = $key AND matched_at IS NULL", cancellationToken, ("$key", key), ("$at", Ms(at)));

    public async Task<IReadOnlyList<StoredArticle>> ListArticlesAsync(string? afterKey, int limit, CancellationToken cancellationToken) =>
        await QueryAsync("""
            SELECT key, feed_id, url, canonical_url, title, text, published, language, site_name, byline, description, fetched_at, matched_at
            FROM articles WHERE $after IS NULL OR key > $after ORDER BY key LIMIT $limit
            """,
            ReadArticle,
            cancellationToken,
            ("$after", afterKey), ("$limit", limit));

    public async Task<long> CountArticlesAsync(CancellationToken cancellationToken) =>
        (await QueryAsync("SELECT COUNT(*) FROM articles", r => r.GetInt64(0), cancellationToken)).Single();

    public async Task<bool> TryAddMentionAsync(MentionRecord mention, CancellationToken cancellationToken) =>
        await ExecuteAsync("""
            INSERT INTO mentions (entity_id, story_id, article_key, count, snippet, found_at, positions) VALUES ($entity, $story, $article, $count, $snippet, $at, $positions)
            ON CONFLICT (entity_id, story_id) DO NOTHING
            """,
            cancellationToken,
            ("$entity", mention.EntityId), ("$story", mention.StoryId), ("$article", mention.ArticleKey), ("$count", mention.Count), ("$snippet", mention.Snippet),
            ("$at", Ms(mention.FoundAt)), ("$positions", MentionPositionText.Format(mention.Positions))) == 1;

    public async Task<IReadOnlyList<MentionRecord>> ListMentionsAsync(string articleKey, CancellationToken cancellationToken) =>
        await QueryAsync(
            "SELECT entity_id, story_id, article_key, count, snippet, found_at, positions FROM mentions WHERE article_key = $article ORDER BY entity_id",
            r => new MentionRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4), FromMs(r.GetInt64(5))) { Positions = MentionPositionText.Parse(r.GetString(6)) },
            cancellationToken,
            ("$article", articleKey));

    private static StoredArticle ReadArticle(SqliteDataReader r) => new(
        r.GetString(0),
        new Article
        {
            Url = new Uri(r.GetString(2)),
            CanonicalUrl = new Uri(r.GetString(3)),
            Title = r.GetString(4),
            Text = r.GetString(5),
            Published = Text(r, 6) is { } published ? DateTimeOffset.Parse(published, CultureInfo.InvariantCulture) : null,
            Language = Text(r, 7),
            SiteName = Text(r, 8),
            Byline = Text(r, 9),
            Description = Text(r, 10),
        },
        r.GetString(1),
        FromMs(r.GetInt64(11)),
        FromMs(r, 12));
}
