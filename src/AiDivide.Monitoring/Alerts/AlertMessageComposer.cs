using System.Globalization;
using System.Net;
using System.Text;
using AiDivide.Monitoring.Delivery;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AiDivide.Monitoring.Alerts;

/// <summary>Writes the email for an alert: who was mentioned, where, the sentence, and the link.</summary>
/// <remarks>
/// Everything from the article is text from strangers: control characters are stripped before it
/// reaches a header (MimeKit then encodes and folds it), and it is HTML-encoded in the HTML part.
/// </remarks>
public sealed class AlertMessageComposer(IOptions<DeliveryOptions> options)
{
    public const string MessageIdDomain = "aidivide-monitor";

    public MimeMessage Compose(Alert alert)
    {
        var message = new MimeMessage
        {
            MessageId = $"{alert.Key}@{MessageIdDomain}",
            Date = alert.CreatedAt,
            Subject = Subject(alert),
        };
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(new MailboxAddress(HeaderSafe(alert.RecipientName ?? string.Empty), alert.RecipientEmail));
        message.Headers.Add("X-AiDivide-Entity", HeaderSafe(alert.EntityId));
        message.Body = new BodyBuilder { TextBody = TextBody(alert), HtmlBody = HtmlBody(alert) }.ToMessageBody();
        return message;
    }

    public static string Subject(Alert alert)
    {
        var outlet = string.IsNullOrWhiteSpace(alert.SiteName) ? alert.ArticleUrl.Host : alert.SiteName;
        var subject = HeaderSafe($"{alert.EntityName} in {outlet}: {alert.ArticleTitle}");
        return subject.Length <= 180 ? subject : subject[..179] + "…";
    }

    private static string TextBody(Alert alert)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{alert.EntityName} is mentioned in {alert.SiteName ?? alert.ArticleUrl.Host}.\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{alert.ArticleTitle}\n");
        if (alert.Published is { } published)
        {
            text.Append(CultureInfo.InvariantCulture, $"Published {published.ToUniversalTime():yyyy-MM-dd HH:mm} UTC\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\n\"{alert.Snippet}\"\n\n{alert.ArticleUrl.AbsoluteUri}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Mentions in this article: {alert.MentionCount}.\n-- \nAiDivide Monitor\n");
        return text.ToString();
    }

    private static string HtmlBody(Alert alert)
    {
        var outlet = WebUtility.HtmlEncode(alert.SiteName ?? alert.ArticleUrl.Host);
        var title = WebUtility.HtmlEncode(alert.ArticleTitle);
        var link = IsWebLink(alert.ArticleUrl) ? WebUtility.HtmlEncode(alert.ArticleUrl.AbsoluteUri) : null;
        var heading = link is null ? title : $"<a href=\"{link}\">{title}</a>";
        var published = alert.Published is { } p ? $"<br><small>Published {p.ToUniversalTime():yyyy-MM-dd HH:mm} UTC</small>" : "";
        return $"""
            <!DOCTYPE html>
            <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#222;max-width:640px">
            <p><strong>{WebUtility.HtmlEncode(alert.EntityName)}</strong> is mentioned in <em>{outlet}</em>.</p>
            <h2 style="font-size:19px;margin:12px 0 4px">{heading}</h2>{published}
            <blockquote style="border-left:3px solid #c33;margin:14px 0;padding:4px 12px;color:#333">{Highlight(alert.Snippet, alert.MatchedAlias)}</blockquote>
            <p style="color:#666;font-size:13px">Mentions in this article: {alert.MentionCount}. Sent by AiDivide Monitor.</p>
            </body></html>
            """;
    }

    private static string Highlight(string snippet, string alias)
    {
        var at = alias.Length == 0 ? -1 : snippet.IndexOf(alias, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return WebUtility.HtmlEncode(snippet);
        }

        return WebUtility.HtmlEncode(snippet[..at])
            + "<mark style=\"background:#ffe28a\">" + WebUtility.HtmlEncode(snippet.Substring(at, alias.Length)) + "</mark>"
            + WebUtility.HtmlEncode(snippet[(at + alias.Length)..]);
    }

    private static bool IsWebLink(Uri url) => url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps;

    private static string HeaderSafe(string value)
    {
        var clean = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            clean.Append(char.IsControl(c) ? ' ' : c);
        }

        return string.Join(' ', clean.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
