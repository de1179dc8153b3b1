using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiDivide.Monitoring.Alerts;

/// <summary>The JSON body of a webhook alert: the alert's own fields, or a Slack or Teams message.</summary>
/// <remarks>
/// Built with a JSON writer, so article text cannot break out of a string. Slack's mrkdwn treats
/// <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as control characters; they are escaped as its documentation asks.
/// </remarks>
public static class WebhookPayload
{
    public static string For(Alert alert, WebhookFormat format) => (format switch
    {
        WebhookFormat.Slack => Slack(alert),
        WebhookFormat.Teams => Teams(alert),
        _ => Json(alert),
    }).ToJsonString(new JsonSerializerOptions { WriteIndented = false });

    private static JsonObject Json(Alert alert) => new()
    {
        ["key"] = alert.Key,
        ["subject"] = ImmediateMail.Subject(alert),
        ["title"] = MailText.Line(alert.ArticleTitle),
        ["url"] = MailText.Href(alert.ArticleUrl) is null ? null : alert.ArticleUrl.AbsoluteUri,
        ["outlet"] = MailText.Outlet(alert.SiteName, alert.ArticleUrl),
        ["published"] = alert.Published?.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        ["storyId"] = alert.StoryId,
        ["entities"] = new JsonArray([.. alert.AllEntities.Select(e => (JsonNode)new JsonObject
        {
            ["id"] = e.Id,
            ["name"] = e.Name,
            ["alias"] = e.MatchedAlias,
            ["snippet"] = MailText.Line(e.Snippet),
            ["count"] = e.Count,
        })]),
        ["alsoReportedBy"] = new JsonArray([.. alert.AlsoReportedBy.Select(o => (JsonNode?)JsonValue.Create(o))]),
    };

    private static JsonObject Slack(Alert alert)
    {
        var link = MailText.Href(alert.ArticleUrl) is null ? SlackEscape(alert.ArticleTitle) : $"<{SlackEscape(alert.ArticleUrl.AbsoluteUri)}|{SlackEscape(alert.ArticleTitle)}>";
        var lines = new List<string> { $"*{SlackEscape(MailText.Names([.. alert.AllEntities.Select(e => e.Name)]))}* in {SlackEscape(MailText.Outlet(alert.SiteName, alert.ArticleUrl))}: {link}" };
        lines.AddRange(alert.AllEntities.Select(e => $"> {SlackEscape(e.Snippet)}"));
        if (alert.Published is { } published)
        {
            lines.Add($"_Published {SlackEscape(MailText.When(published, alert.TimeZone))}_");
        }

        if (alert.AlsoReportedBy.Count > 0)
        {
            lines.Add($"Also reported by {SlackEscape(string.Join(", ", alert.AlsoReportedBy))}");
        }

        var text = string.Join("\n", lines);
        return new JsonObject
        {
            ["text"] = SlackEscape(ImmediateMail.Subject(alert)),
            ["blocks"] = new JsonArray(new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = text } }),
        };
    }

    private static JsonObject Teams(Alert alert)
    {
        var facts = new JsonArray([.. alert.AllEntities.Select(e => (JsonNode)new JsonObject { ["name"] = MailText.Line(e.Name), ["value"] = MailText.Line(e.Snippet) })]);
        var card = new JsonObject
        {
            ["@type"] = "MessageCard",
            ["@context"] = "https://schema.org/extensions",
            ["summary"] = ImmediateMail.Subject(alert),
            ["themeColor"] = "1F3A5F",
            ["title"] = ImmediateMail.Subject(alert),
            ["sections"] = new JsonArray(new JsonObject
            {
                ["activitySubtitle"] = alert.Published is { } p ? $"Published {MailText.When(p, alert.TimeZone)}" : MailText.Outlet(alert.SiteName, alert.ArticleUrl),
                ["facts"] = facts,
                ["text"] = alert.AlsoReportedBy.Count > 0 ? $"Also reported by {MailText.Line(string.Join(", ", alert.AlsoReportedBy))}" : null,
            }),
        };
        if (MailText.Href(alert.ArticleUrl) is not null)
        {
            card["potentialAction"] = new JsonArray(new JsonObject
            {
                ["@type"] = "OpenUri",
                ["name"] = "Read the article",
                ["targets"] = new JsonArray(new JsonObject { ["os"] = "default", ["uri"] = alert.ArticleUrl.AbsoluteUri }),
            });
        }

        return card;
    }

    private static string SlackEscape(string value) =>
        MailText.Line(value).Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
