using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AiDivide.Monitoring.Alerts;
using AiDivide.Monitoring.Delivery;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AiDivide.Monitoring.Oversight;

/// <summary>Writes an operator mail: plain text, counts in the subject, times in the operator's zone.</summary>
/// <remarks>
/// Feed titles and errors come from outside (feeds, relays), so they appear only in the plain-text
/// body, never in a header. The Message-ID derives from the notice keys, so a notice resent after
/// a crash is recognised as the same message.
/// </remarks>
public sealed class OperatorReportComposer(IOptions<DeliveryOptions> delivery, IOptions<OperatorOptions> options)
{
    public const string NoticeHeader = "X-AiDivide-Notice";

    public MimeMessage Compose(OperatorReport report)
    {
        var message = new MimeMessage
        {
            Subject = SubjectFor(report),
            Date = report.At,
            MessageId = $"operator-{IdFor(report.NoticeKeys)}@{AlertMessageComposer.MessageIdDomain}",
            Body = new TextPart("plain") { Text = BodyFor(report) },
        };
        message.From.Add(MailboxAddress.Parse(delivery.Value.From));
        message.To.Add(MailboxAddress.Parse(options.Value.Email));
        message.Headers.Add(NoticeHeader, report.Kind == NoticeKind.Daily ? "daily" : "threshold");
        return message;
    }

    public static string SubjectFor(OperatorReport report)
    {
        var counts = Counts(report.Problems);
        return report.Kind == NoticeKind.Daily
            ? $"AiDivide Monitor daily report: {(counts.Length == 0 ? "all well" : counts)}"
            : $"AiDivide Monitor needs attention: {counts}";
    }

    private static string Counts(IReadOnlyList<OperatorProblem> problems)
    {
        var parts = new List<string>();
        AddCount(parts, problems.Count(p => p.Kind == ProblemKind.FeedFailing), "feed failing", "feeds failing");
        AddCount(parts, problems.Count(p => p.Kind == ProblemKind.FeedSilent), "feed silent", "feeds silent");
        AddCount(parts, problems.Count(p => p.Kind == ProblemKind.AlertUndeliverable), "undeliverable alert", "undeliverable alerts");
        AddCount(parts, problems.Count(p => p.Kind == ProblemKind.AlertsWaiting), "alert queue stuck", "alert queues stuck");
        return string.Join(", ", parts);
    }

    private static void AddCount(List<string> parts, int count, string one, string many)
    {
        if (count > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}"));
        }
    }

    private static string BodyFor(OperatorReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(report.Kind == NoticeKind.Daily
            ? $"Daily report of {Local(report.At, report.Zone)}."
            : $"New problems found at {Local(report.At, report.Zone)}.");
        text.AppendLine();
        if (report.Problems.Count == 0)
        {
            text.AppendLine("Nothing needs attention: every feed is being read and every alert was delivered.");
        }

        foreach (var group in report.Problems.GroupBy(p => p.Kind).OrderBy(g => g.Key))
        {
            text.AppendLine(Heading(group.Key));
            foreach (var problem in group)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {problem.What}");
                text.AppendLine(CultureInfo.InvariantCulture, $"  since {(problem.Since is { } since ? Local(since, report.Zone) : "unknown")}; {problem.Detail}");
            }

            text.AppendLine();
        }

        if (report.OtherOpen > 0)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{report.OtherOpen} problem(s) reported earlier are still open; the daily report lists them all."));
        }

        return text.ToString();
    }

    private static string Heading(ProblemKind kind) => kind switch
    {
        ProblemKind.FeedFailing => "Feeds that cannot be read:",
        ProblemKind.FeedSilent => "Feeds gone quiet (read without error, but no new entry for far longer than usual):",
        ProblemKind.AlertUndeliverable => "Alerts that could not be delivered (given up, not retried):",
        _ => "Alerts waiting too long to be sent:",
    };

    private static string Local(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm (zzz)", CultureInfo.InvariantCulture) + " " + zone.Id;

    private static string IdFor(IReadOnlyList<string> keys)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', keys.Order(StringComparer.Ordinal))));
        return Convert.ToHexStringLower(hash)[..32];
    }
}
