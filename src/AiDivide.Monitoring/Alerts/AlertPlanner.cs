using AiDivide.Monitoring.Extraction;
using AiDivide.Monitoring.Matching;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Alerts;

/// <summary>Turns the mentions in an article into the immediate alerts each subscriber is owed: one per story per recipient.</summary>
/// <remarks>
/// Recipients in a digest mode get nothing here: their digest is built from the stored mentions
/// when its period closes. Quiet hours hold an alert back until they end (<see cref="Alert.NotBefore"/>);
/// the daily cap needs the store and is applied by <see cref="AlertEnqueuer"/>.
/// </remarks>
public sealed class AlertPlanner(IOptionsMonitor<AlertOptions> options, TimeProvider time)
{
    public IReadOnlyList<Alert> Plan(string articleKey, string storyId, Article article, IReadOnlyList<Mention> mentions) =>
        Plan(articleKey, storyId, article, mentions, mentions);

    /// <summary>
    /// Alerts for the subscribers of at least one of the <paramref name="owed"/> mentions (those this
    /// article is the first to record for its story), each naming every followed entity in
    /// <paramref name="mentions"/>.
    /// </summary>
    /// <remarks>
    /// Copies of one story racing through parallel feeds may each record a different entity first; since
    /// the alert is keyed per story, whichever copy plans first must name them all. A copy that records
    /// nothing new owes nothing, so a story seeded without alerts stays quiet when a copy turns up later.
    /// </remarks>
    public IReadOnlyList<Alert> Plan(string articleKey, string storyId, Article article, IReadOnlyList<Mention> mentions, IReadOnlyList<Mention> owed)
    {
        var now = time.GetUtcNow();
        var settings = options.CurrentValue;
        var alerts = new List<Alert>();
        foreach (var recipient in settings.Recipients.Where(r => r.Mode == AlertMode.Immediate))
        {
            var subscribed = mentions.Where(m => IsSubscribed(recipient, m.Entity)).ToList();
            if (owed.Any(m => IsSubscribed(recipient, m.Entity)))
            {
                alerts.Add(Create(recipient.Email, recipient.Name, AlertChannel.Email, recipient.TimeZone, articleKey, storyId, article, subscribed, now)
                    with { NotBefore = QuietUntil(recipient, now) });
            }
        }

        foreach (var webhook in settings.Webhooks)
        {
            var subscribed = mentions.Where(m => IsSubscribed(webhook, m.Entity)).ToList();
            if (owed.Any(m => IsSubscribed(webhook, m.Entity)))
            {
                alerts.Add(Create(webhook.Name, null, AlertChannel.Webhook, webhook.TimeZone, articleKey, storyId, article, subscribed, now));
            }
        }

        return alerts;
    }

    public static bool IsSubscribed(SubscriptionOptions subscription, TrackedEntity entity) =>
        subscription.Entities.Any(e => e == "*" || string.Equals(e, entity.Id, StringComparison.OrdinalIgnoreCase))
        || subscription.Topics.Any(t => entity.Kind == EntityKind.Topic && string.Equals(t, entity.Id, StringComparison.OrdinalIgnoreCase))
        || subscription.Tags.Any(t => entity.Tags.Contains(t, StringComparer.OrdinalIgnoreCase));

    /// <summary>When the recipient's quiet hours containing <paramref name="now"/> end; null outside them.</summary>
    public static DateTimeOffset? QuietUntil(RecipientOptions recipient, DateTimeOffset now)
    {
        if (recipient.QuietHours is not { } quiet)
        {
            return null;
        }

        var zone = recipient.Zone;
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        return quiet.EndOfWindowContaining(local) is { } end ? LocalClock.ToUtc(end, zone) : null;
    }

    private static Alert Create(
        string recipient, string? name, string channel, string zone, string articleKey, string storyId, Article article, List<Mention> mentions, DateTimeOffset now)
    {
        var first = mentions[0];
        return new Alert
        {
            RecipientEmail = recipient,
            RecipientName = name,
            Channel = channel,
            TimeZone = zone,
            EntityId = first.Entity.Id,
            EntityName = first.Entity.Name,
            ArticleKey = articleKey,
            StoryId = storyId,
            ArticleUrl = article.CanonicalUrl,
            ArticleTitle = article.Title,
            SiteName = article.SiteName,
            Published = article.Published,
            Snippet = first.Snippet,
            MatchedAlias = first.MatchedAlias,
            MentionCount = first.Count,
            Entities = [.. mentions.Select(m => new AlertEntity(m.Entity.Id, m.Entity.Name, m.MatchedAlias, m.Snippet, m.Count))],
            CreatedAt = now,
        };
    }
}
