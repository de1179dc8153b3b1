using AiDivide.Monitoring.Extraction;
using AiDivide.Monitoring.Matching;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Alerts;

/// <summary>Turns the new mentions in an article into the alerts each subscribed recipient is owed.</summary>
public sealed class AlertPlanner(IOptionsMonitor<AlertOptions> options, TimeProvider time)
{
    public IReadOnlyList<Alert> Plan(string articleKey, string storyId, Article article, IReadOnlyList<Mention> mentions)
    {
        var now = time.GetUtcNow();
        var alerts = new List<Alert>();
        foreach (var recipient in options.CurrentValue.Recipients)
        {
            foreach (var mention in mentions.Where(m => IsSubscribed(recipient, m.Entity)))
            {
                alerts.Add(new Alert
                {
                    RecipientEmail = recipient.Email,
                    RecipientName = recipient.Name,
                    EntityId = mention.Entity.Id,
                    EntityName = mention.Entity.Name,
                    ArticleKey = articleKey,
                    StoryId = storyId,
                    ArticleUrl = article.CanonicalUrl,
                    ArticleTitle = article.Title,
                    SiteName = article.SiteName,
                    Published = article.Published,
                    Snippet = mention.Snippet,
                    MatchedAlias = mention.MatchedAlias,
                    MentionCount = mention.Count,
                    CreatedAt = now,
                });
            }
        }

        return alerts;
    }

    public static bool IsSubscribed(RecipientOptions recipient, TrackedEntity entity) =>
        recipient.Entities.Any(e => e == "*" || string.Equals(e, entity.Id, StringComparison.OrdinalIgnoreCase))
        || recipient.Tags.Any(t => entity.Tags.Contains(t, StringComparer.OrdinalIgnoreCase));
}
