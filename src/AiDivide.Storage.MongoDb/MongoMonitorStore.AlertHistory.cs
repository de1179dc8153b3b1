using System.Text.Json;
using AiDivide.Monitoring.Alerts;
using AiDivide.Monitoring.Storage;
using MongoDB.Driver;

namespace AiDivide.Storage.MongoDb;

public sealed partial class MongoMonitorStore
{
    private static readonly FilterDefinitionBuilder<MentionDocument> MentionFilter = Builders<MentionDocument>.Filter;

    public async Task<Alert?> FindAlertAsync(string key, CancellationToken cancellationToken)
    {
        var document = await alerts.Find(AlertFilter.Eq(a => a.Id, key)).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : JsonSerializer.Deserialize<Alert>(document.Payload);
    }

    public async Task<int> CountImmediateAlertsAsync(string recipient, string channel, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var filter = AlertFilter.Eq(a => a.Recipient, recipient) & AlertFilter.Gte(a => a.CreatedAt, Utc(since)) & AlertFilter.Lt(a => a.CreatedAt, Utc(until))
            & AlertFilter.Eq(a => a.Channel, channel);
        // Digests are told apart by their article key; a day holds a handful of alerts per recipient, so the prefix test runs here.
        var found = await alerts.Find(filter).ToListAsync(cancellationToken);
        return found.Count(a => !a.ArticleKey.StartsWith(Alert.DigestPrefix, StringComparison.Ordinal));
    }

    public async Task<IReadOnlyList<MentionRecord>> ListMentionsFoundAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var documents = await mentions.Find(FoundIn(since, until)).ToListAsync(cancellationToken);
        return [.. documents.Select(ToMention).OrderBy(m => m.FoundAt).ThenBy(m => m.EntityId, StringComparer.Ordinal).ThenBy(m => m.StoryId, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<MentionDayCount>> CountMentionsByDayAsync(DateTimeOffset since, DateTimeOffset until, TimeSpan utcOffset, CancellationToken cancellationToken)
    {
        // Grouped here rather than in an aggregation, to keep to the query subset every MongoDB-compatible
        // server (and the jongodb test server) implements; 30 days of mentions is a small read.
        var found = await mentions.Find(FoundIn(since, until)).ToListAsync(cancellationToken);
        return [.. found
            .GroupBy(m => (m.EntityId, Day: DateOnly.FromDateTime(m.FoundAt + utcOffset)))
            .Select(g => new MentionDayCount(g.Key.EntityId, g.Key.Day, g.Count()))
            .OrderBy(c => c.EntityId, StringComparer.Ordinal).ThenBy(c => c.Day)];
    }

    private static FilterDefinition<MentionDocument> FoundIn(DateTimeOffset since, DateTimeOffset until) =>
        MentionFilter.Gte(m => m.FoundAt, Utc(since)) & MentionFilter.Lt(m => m.FoundAt, Utc(until));
}
