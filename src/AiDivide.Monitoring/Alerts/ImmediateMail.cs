using System.Globalization;
using System.Text;

namespace AiDivide.Monitoring.Alerts;

/// <summary>The subject, HTML and plain text of an immediate alert: who, where, when, the sentence, the link.</summary>
internal static class ImmediateMail
{
    private const int SubjectLength = 160;

    public static string Subject(Alert alert)
    {
        var who = MailText.HeaderSafe(MailText.Names([.. alert.AllEntities.Select(e => e.Name)]));
        var lead = $"{who} in {MailText.Outlet(alert.SiteName, alert.ArticleUrl)}: ";
        var title = MailText.HeaderSafe(alert.ArticleTitle);
        return lead.Length >= SubjectLength - 20
            ? MailText.Trim(lead + title, SubjectLength)
            : lead + MailText.Trim(title, SubjectLength - lead.Length);
    }

    public static string Html(Alert alert)
    {
        var href = MailText.Href(alert.ArticleUrl);
        var title = MailText.Html(alert.ArticleTitle);
        var content = new StringBuilder();
        content.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:0 0 6px 0;color:#5a6573;font-size:14px\"><strong style=\"color:#1d2733\">{MailText.Html(MailText.Names([.. alert.AllEntities.Select(e => e.Name)]))}</strong> in <strong style=\"color:#1d2733\">{MailText.Html(MailText.Outlet(alert.SiteName, alert.ArticleUrl))}</strong></p>");
        content.Append(CultureInfo.InvariantCulture, $"<h1 style=\"margin:0 0 6px 0;font-size:21px;line-height:1.3;color:#1d2733\">{(href is null ? title : $"<a href=\"{href}\" style=\"color:#1f3a5f;text-decoration:none\">{title}</a>")}</h1>");
        content.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:0 0 16px 0;color:#7a8594;font-size:13px\">{Dateline(alert)}</p>");
        foreach (var entity in alert.AllEntities)
        {
            var times = entity.Count == 1 ? "once" : $"{entity.Count} times";
            content.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:0;font-size:13px;color:#5a6573\"><strong style=\"color:#1d2733\">{MailText.Html(entity.Name)}</strong> &middot; named {times}</p>");
            content.Append(MailLayout.Quote(MailText.Highlight(entity.Snippet, [entity.MatchedAlias, entity.Name])));
        }

        if (alert.AlsoReportedBy.Count > 0)
        {
            content.Append(CultureInfo.InvariantCulture, $"<p style=\"margin:0 0 12px 0;font-size:13px;color:#5a6573\">Also reported by {MailText.Html(string.Join(", ", alert.AlsoReportedBy))}</p>");
        }

        content.Append(href is null
            ? $"<p style=\"font-size:13px;color:#7a8594\">Link withheld: {MailText.Html(alert.ArticleUrl.Scheme)} is not a web address.</p>"
            : MailLayout.Button(href, "Read the article"));
        var footer = $"Sent by AiDivide Monitor to {MailText.Html(alert.RecipientEmail)} because you follow {MailText.Html(MailText.Names([.. alert.AllEntities.Select(e => e.Name)]))}.";
        return MailLayout.Page("AIDIVIDE MONITOR &middot; NEW MENTION", content.ToString(), footer);
    }

    public static string Text(Alert alert)
    {
        var text = new StringBuilder();
        var names = MailText.Line(MailText.Names([.. alert.AllEntities.Select(e => e.Name)]));
        text.Append(CultureInfo.InvariantCulture, $"{names} in {MailText.Outlet(alert.SiteName, alert.ArticleUrl)}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{MailText.Line(alert.ArticleTitle)}\n");
        text.Append(CultureInfo.InvariantCulture, $"{DatelineText(alert)}\n\n");
        foreach (var entity in alert.AllEntities)
        {
            text.Append(CultureInfo.InvariantCulture, $"{MailText.Line(entity.Name)} (named {(entity.Count == 1 ? "once" : $"{entity.Count} times")}):\n  \"{MailText.Line(entity.Snippet)}\"\n\n");
        }

        if (alert.AlsoReportedBy.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"Also reported by {MailText.Line(string.Join(", ", alert.AlsoReportedBy))}\n\n");
        }

        text.Append(MailText.Href(alert.ArticleUrl) is null ? "(link withheld: not a web address)\n" : $"{alert.ArticleUrl.AbsoluteUri}\n");
        text.Append("\n-- \nAiDivide Monitor\n");
        return text.ToString();
    }

    private static string Dateline(Alert alert) => MailText.Html(DatelineText(alert));

    private static string DatelineText(Alert alert)
    {
        var published = alert.Published is { } at ? $"Published {MailText.When(at, alert.TimeZone)}" : $"Found {MailText.When(alert.CreatedAt, alert.TimeZone)}";
        return string.IsNullOrEmpty(alert.ArticleUrl.Host) ? published : $"{published} · {alert.ArticleUrl.Host}";
    }
}
