using System.Globalization;
using System.Text;

namespace AiDivide.Monitoring.Alerts;

/// <summary>The subject, HTML and plain text of a digest: stories grouped by entity, newest last, with 7- and 30-day trends.</summary>
internal static class DigestMail
{
    public static string Subject(Digest digest)
    {
        var names = digest.Entities.OrderByDescending(e => e.Stories.Count).Select(e => MailText.HeaderSafe(e.Name)).ToList();
        var stories = digest.StoryCount == 1 ? "1 story" : $"{digest.StoryCount} stories";
        return MailText.Trim($"{MailText.HeaderSafe(digest.Label)}: {stories} on {MailText.Names(names)}", 160);
    }

    public static string Html(Alert alert, Digest digest)
    {
        var zone = alert.TimeZone;
        var content = new StringBuilder();
        content.Append(CultureInfo.InvariantCulture, $"<h1 style=\"margin:0 0 4px 0;font-size:21px;color:#1d2733\">{MailText.Html(digest.Label)}</h1>");
        content.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:0 0 16px 0;color:#7a8594;font-size:13px\">{MailText.Html($"{MailText.When(digest.From, zone)} to {MailText.When(digest.To, zone)}")}</p>");
        content.Append(Summary(digest));
        var lastDay = DateOnly.FromDateTime(LocalClock.ToLocal(digest.To.AddTicks(-1), Zone(zone)));
        foreach (var entity in digest.Entities)
        {
            content.Append(Section(entity, zone, lastDay));
        }

        var footer = $"Sent by AiDivide Monitor to {MailText.Html(alert.RecipientEmail)}. Trend bars count new mentions per day in your time zone; each story is listed under every followed entity it names.";
        return MailLayout.Page("AIDIVIDE MONITOR &middot; DIGEST", content.ToString(), footer);
    }

    public static string Text(Alert alert, Digest digest)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{MailText.Line(digest.Label)}\n{MailText.When(digest.From, alert.TimeZone)} to {MailText.When(digest.To, alert.TimeZone)}\n\n");
        foreach (var entity in digest.Entities)
        {
            text.Append(CultureInfo.InvariantCulture, $"== {MailText.Line(entity.Name)}: {Stories(entity.Stories.Count)} (7 days: {entity.Last7Days.Sum()}, 30 days: {entity.Last30Days.Sum()})\n");
            text.Append(CultureInfo.InvariantCulture, $"   last 30 days {TrendBars.Text(entity.Last30Days)}\n\n");
            foreach (var story in entity.Stories)
            {
                text.Append(CultureInfo.InvariantCulture, $"- {MailText.Line(story.Title)}\n  {MailText.Line(story.Outlet)}, {MailText.When(story.Published ?? story.FoundAt, alert.TimeZone)}\n");
                text.Append(CultureInfo.InvariantCulture, $"  \"{MailText.Line(story.Snippet)}\"\n");
                if (story.AlsoReportedBy.Count > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"  Also reported by {MailText.Line(string.Join(", ", story.AlsoReportedBy))}\n");
                }

                text.Append(CultureInfo.InvariantCulture, $"  {(MailText.Href(story.Url) is null ? "(link withheld: not a web address)" : story.Url.AbsoluteUri)}\n\n");
            }
        }

        text.Append("-- \nAiDivide Monitor\n");
        return text.ToString();
    }

    private static string Summary(Digest digest)
    {
        var rows = new StringBuilder();
        foreach (var entity in digest.Entities)
        {
            rows.Append(CultureInfo.InvariantCulture,
                $"<tr><td style=\"padding:4px 12px 4px 0;font-size:14px\">{MailText.Html(entity.Name)}</td><td align=\"right\" style=\"padding:4px 12px;font-size:14px;font-weight:bold\">{entity.Stories.Count}</td><td align=\"right\" style=\"padding:4px 12px;font-size:13px;color:#5a6573\">{entity.Last7Days.Sum()}</td><td align=\"right\" style=\"padding:4px 0 4px 12px;font-size:13px;color:#5a6573\">{entity.Last30Days.Sum()}</td></tr>");
        }

        const string head = "style=\"padding:4px 12px;font-size:11px;color:#7a8594;font-weight:normal;text-transform:uppercase;border-bottom:1px solid #e6e9ee\"";
        return $"<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"margin:0 0 18px 0;border-collapse:collapse\"><tr><th align=\"left\" {head.Replace("12px", "12px 4px 0", StringComparison.Ordinal)}>Followed</th><th align=\"right\" {head}>This digest</th><th align=\"right\" {head}>7 days</th><th align=\"right\" {head}>30 days</th></tr>{rows}</table>";
    }

    private static string Section(DigestEntity entity, string zone, DateOnly lastDay)
    {
        var section = new StringBuilder();
        section.Append(CultureInfo.InvariantCulture, $"<h2 style=\"margin:22px 0 8px 0;padding-top:14px;border-top:2px solid #1f3a5f;font-size:18px;color:#1d2733\">{MailText.Html(entity.Name)} <span style=\"font-size:13px;font-weight:normal;color:#7a8594\">&middot; {Stories(entity.Stories.Count)}</span></h2>");
        section.Append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"margin:0 0 12px 0\"><tr>");
        section.Append(CultureInfo.InvariantCulture, $"<td valign=\"bottom\" style=\"padding-right:28px\"><div style=\"font-size:11px;color:#7a8594;margin-bottom:4px\">LAST 7 DAYS &middot; {entity.Last7Days.Sum()}</div>{TrendBars.Html(entity.Last7Days, lastDay, 14, labelDays: true)}</td>");
        section.Append(CultureInfo.InvariantCulture, $"<td valign=\"bottom\"><div style=\"font-size:11px;color:#7a8594;margin-bottom:4px\">LAST 30 DAYS &middot; {entity.Last30Days.Sum()}</div>{TrendBars.Html(entity.Last30Days, lastDay, 5, labelDays: false)}{Span(lastDay, entity.Last30Days.Count)}</td>");
        section.Append("</tr></table>");
        foreach (var story in entity.Stories)
        {
            var href = MailText.Href(story.Url);
            var title = MailText.Html(story.Title);
            section.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:12px 0 2px 0;font-size:16px;font-weight:bold;line-height:1.35\">{(href is null ? title : $"<a href=\"{href}\" style=\"color:#1f3a5f;text-decoration:none\">{title}</a>")}</p>");
            var also = story.AlsoReportedBy.Count > 0 ? $" &middot; also {MailText.Html(string.Join(", ", story.AlsoReportedBy))}" : string.Empty;
            section.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:0 0 4px 0;font-size:12px;color:#7a8594\">{MailText.Html(story.Outlet)} &middot; {MailText.Html(MailText.When(story.Published ?? story.FoundAt, zone))}{also}</p>");
            section.Append(MailLayout.Quote(MailText.Highlight(story.Snippet, [story.MatchedAlias, entity.Name])));
        }

        return section.ToString();
    }

    /// <summary>The first and last day under the 30-day chart, which is too narrow for a label per day.</summary>
    private static string Span(DateOnly lastDay, int days)
    {
        const string cell = "style=\"padding-top:2px;font-size:10px;color:#7a8594\"";
        var first = lastDay.AddDays(1 - days).ToString("d MMM", CultureInfo.InvariantCulture);
        var last = lastDay.ToString("d MMM", CultureInfo.InvariantCulture);
        return $"<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"left\" {cell}>{first}</td><td align=\"right\" {cell}>{last}</td></tr></table>";
    }

    private static string Stories(int count) => count == 1 ? "1 story" : $"{count} stories";

    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
