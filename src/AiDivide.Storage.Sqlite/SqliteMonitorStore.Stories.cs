using System.Globalization;
using AiDivide.Monitoring.Storage;
using Microsoft.Data.Sqlite;

namespace AiDivide.Storage.Sqlite;

public sealed partial class SqliteMonitorStore
{
    public async Task<IReadOnlyList<StoryFingerprint>> FindStoryCandidatesAsync(IReadOnlyList<long> bandKeys, DateTimeOffset earliest, DateTimeOffset latest, CancellationToken cancellationToken)
    {
        if (bandKeys.Count == 0)
        {
            return [];
        }

        var names = bandKeys.Select((_, i) => "$b" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        var parameters = bandKeys.Select((band, i) => (names[i], (object?)band)).Append(("$from", Ms(earliest))).Append(("$to", Ms(latest))).ToArray();
        return await QueryAsync($"""
            SELECT f.article_key, f.story_id, f.at, f.signature FROM fingerprints f
            WHERE f.at BETWEEN $from AND $to
              AND f.article_key IN (SELECT article_key FROM story_bands WHERE band IN ({string.Join(", ", names)}))
            """,
            r => new StoryFingerprint(r.GetString(0), r.GetString(1), FromMs(r.GetInt64(2)), (byte[])r.GetValue(3), []),
            cancellationToken,
            parameters);
    }

    public async Task<string> AddFingerprintAsync(StoryFingerprint fingerprint, CancellationToken cancellationToken) =>
        (await InsertFingerprintAsync(fingerprint, cancellationToken)).StoryId;

    private async Task<(bool Inserted, string StoryId)> InsertFingerprintAsync(StoryFingerprint fingerprint, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = Command(connection, """
            INSERT INTO fingerprints (article_key, story_id, at, signature) VALUES ($key, $story, $at, $signature)
            ON CONFLICT (article_key) DO NOTHING
            """, [("$key", fingerprint.ArticleKey), ("$story", fingerprint.StoryId), ("$at", Ms(fingerprint.At)), ("$signature", fingerprint.Signature)]);
        insert.Transaction = transaction;
        var inserted = await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
        if (inserted)
        {
            foreach (var band in fingerprint.BandKeys.Distinct())
            {
                await using var index = Command(connection, "INSERT OR IGNORE INTO story_bands (band, article_key) VALUES ($band, $key)", [("$band", band), ("$key", fingerprint.ArticleKey)]);
                index.Transaction = transaction;
                await index.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using var story = Command(connection, "SELECT story_id FROM fingerprints WHERE article_key = $key", [("$key", fingerprint.ArticleKey)]);
        story.Transaction = transaction;
        var storyId = (string)(await story.ExecuteScalarAsync(cancellationToken))!;
        await transaction.CommitAsync(cancellationToken);
        return (inserted, storyId);
    }

    public async Task<IReadOnlyList<string>> ListStoryArticlesAsync(string storyId, CancellationToken cancellationToken) =>
        await QueryAsync("SELECT article_key FROM fingerprints WHERE story_id = $story ORDER BY at, article_key", r => r.GetString(0), cancellationToken, ("$story", storyId));
}
