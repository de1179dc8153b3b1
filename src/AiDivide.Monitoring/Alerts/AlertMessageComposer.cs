using AiDivide.Monitoring.Delivery;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AiDivide.Monitoring.Alerts;

/// <summary>Writes the email for an alert or a digest: multipart HTML and plain text, Message-ID from the alert key.</summary>
/// <remarks>
/// Everything from the article is text from strangers: <see cref="MailText"/> strips what could break
/// a header before MimeKit encodes and folds it, and encodes everything that goes into HTML.
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
        message.To.Add(new MailboxAddress(MailText.HeaderSafe(alert.RecipientName), alert.RecipientEmail));
        if (alert.Digest is { } digest)
        {
            message.Headers.Add("X-AiDivide-Digest", MailText.HeaderSafe(digest.Label));
            message.Body = new BodyBuilder { TextBody = DigestMail.Text(alert, digest), HtmlBody = DigestMail.Html(alert, digest) }.ToMessageBody();
        }
        else
        {
            message.Headers.Add("X-AiDivide-Entity", MailText.HeaderSafe(string.Join(", ", alert.AllEntities.Select(e => e.Id))));
            message.Body = new BodyBuilder { TextBody = ImmediateMail.Text(alert), HtmlBody = ImmediateMail.Html(alert) }.ToMessageBody();
        }

        return message;
    }

    public static string Subject(Alert alert) => alert.Digest is { } digest ? DigestMail.Subject(digest) : ImmediateMail.Subject(alert);
}
