using AiDivide.Monitoring.Matching;
using AiDivide.Monitoring.Storage;

namespace AiDivide.Monitoring.Alerts;

/// <summary>Gathers one recipient's digest for a period from the stored mentions: stories per entity, and their trend.</summary>
/// <remarks>
/// Built from mentions (one per entity and story, stamped when found), not from alerts, so a digest
/// is the same whichever worker builds it and however often. For an immediate recipient the digest
/// holds only what the daily cap kept back: mentions whose story has no immediate alert for them.
/// </remarks>
public sealed class DigestBuilder(IMonitorStore store, WatchlistProvider watchlist, StoryCoverage coverage)
{
    private const int TrendDays = 30;

    public async Task<Digest?> BuildAsync(RecipientOptions recipient, DigestPeriod period, CancellationToken cancellationToken)
    {
        var entities = watchlist.Current.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var groups = new Dictionary<string, List<DigestStory>>(StringComparer.Ordinal);
        foreach (var mention in await store.ListMentionsFoundAsync(period.From, period.To, cancellationToken))
        {
            if (!entities.TryGetValue(mention.EntityId, out var entity) || !AlertPlanner.IsSubscribed(recipient, entity)
                || (recipient.Mode == AlertMode.Immediate && await WasAlertedAsync(recipient, mention, cancellationToken)))
            {
                continue;
            }

            if (await StoryAsync(mention, entity, cancellationToken) is { } story)
            {
                (groups.TryGetValue(entity.Id, out var list) ? list : groups[entity.Id] = []).Add(story);
            }
        }

        if (groups.Count == 0)
        {
            return null;
        }

        var trends = await TrendsAsync(recipient, period, cancellationToken);
        var sections = groups
            .Select(g => new DigestEntity(g.Key, entities[g.Key].Name, [.. g.Value.OrderBy(s => s.Published ?? s.FoundAt)], trends(g.Key)))
            .OrderByDescending(e => e.Stories.Count).ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new Digest(period.From, period.To, period.Label, sections);
    }

    private async Task<bool> WasAlertedAsync(RecipientOptions recipient, MentionRecord mention, CancellationToken cancellationToken)
    {
        if (await store.FindAlertAsync(Alert.StoryKeyFor(recipient.Email, mention.StoryId, AlertChannel.Email), cancellationToken) is { } story
            && story.AllEntities.Any(e => e.Id == mention.EntityId))
        {
            return true;
        }

        return await store.FindAlertAsync(Alert.KeyFor(recipient.Email, mention.EntityId, mention.StoryId, AlertChannel.Email), cancellationToken) is not null;
    }

    private async Task<DigestStory?> StoryAsync(MentionRecord mention, TrackedEntity entity, CancellationToken cancellationToken)
    {
        if (await store.GetArticleAsync(mention.ArticleKey, cancellationToken) is not { } stored)
        {
            return null;
        }

        var article = stored.Article;
        var outlet = MailText.Outlet(article.SiteName, article.CanonicalUrl);
        var alias = entity.Aliases.Prepend(entity.Name).FirstOrDefault(a => mention.Snippet.Contains(a, StringComparison.OrdinalIgnoreCase)) ?? entity.Name;
        var also = await coverage.OtherOutletsAsync(mention.StoryId, mention.ArticleKey, outlet, cancellationToken);
        return new DigestStory(article.Title, article.CanonicalUrl, outlet, article.Published, mention.FoundAt, mention.Snippet, alias, also);
    }

    /// <summary>Per entity, mentions per local day over the 30 days ending with the period's last day.</summary>
    private async Task<Func<string, IReadOnlyList<int>>> TrendsAsync(RecipientOptions recipient, DigestPeriod period, CancellationToken cancellationToken)
    {
        var zone = recipient.Zone;
        var lastDay = LocalClock.ToLocal(period.To.AddTicks(-1), zone).Date;
        var from = LocalClock.ToUtc(lastDay.AddDays(1 - TrendDays), zone);
        var to = LocalClock.ToUtc(lastDay.AddDays(1), zone);
        var counts = await store.CountMentionsByDayAsync(from, to, zone.GetUtcOffset(period.To), cancellationToken);
        var first = DateOnly.FromDateTime(lastDay.AddDays(1 - TrendDays));
        return entityId =>
        {
            var days = new int[TrendDays];
            foreach (var count in counts.Where(c => c.EntityId == entityId))
            {
                var index = count.Day.DayNumber - first.DayNumber;
                if (index is >= 0 and < TrendDays)
                {
                    days[index] += count.Count;
                }
            }

            return days;
        };
    }
}
