using System.Globalization;
using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Storage;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Oversight;

/// <summary>Looks through the store for what the operator should know: failing feeds, undeliverable and long-waiting alerts.</summary>
public sealed class ProblemReview(IFeedStore feeds, IAlertOutbox outbox, IOptions<OperatorOptions> options, IOptions<SourcesOptions> sources)
{
    public async Task<IReadOnlyList<OperatorProblem>> ReviewAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var problems = new List<OperatorProblem>();
        foreach (var feed in await feeds.ListFeedsAsync(cancellationToken))
        {
            if (FailingSince(feed, now, settings.FeedFailingAfter) is { } since)
            {
                var lastGood = feed.LastSuccessAt is { } at ? at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) : "never";
                var detail = $"{feed.ConsecutiveFailures} failed poll(s) in a row{(feed.LastSuccessAt is null ? ", never read successfully" : "")}; last error: {feed.LastError}";
                problems.Add(new OperatorProblem($"feed-failing:{feed.Id}:{lastGood}", ProblemKind.FeedFailing, $"Feed \"{feed.Title}\" <{feed.Url.AbsoluteUri}>", detail, since));
            }
            else if (SilentSince(feed, now, sources.Value) is { } quietSince)
            {
                var rhythm = feed.UpdateInterval is { } usual ? $"usually a new entry every {Describe(usual)}" : "no usual rhythm learned yet";
                var detail = $"read without error, but no new entry for {Describe(now - quietSince)} ({rhythm}); the site may have moved its feed";
                problems.Add(new OperatorProblem(
                    $"feed-silent:{feed.Id}:{quietSince.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}", ProblemKind.FeedSilent,
                    $"Feed \"{feed.Title}\" <{feed.Url.AbsoluteUri}>", detail, quietSince));
            }
        }

        foreach (var failed in await outbox.ListAsync(OutboxStatus.Failed, cancellationToken))
        {
            var alert = failed.Alert;
            if (now - alert.CreatedAt <= settings.UndeliverableWindow)
            {
                problems.Add(new OperatorProblem(
                    $"alert-undeliverable:{alert.Key}", ProblemKind.AlertUndeliverable, $"Alert to {alert.RecipientEmail} about {alert.EntityName} ({alert.ArticleUrl.AbsoluteUri})",
                    $"given up after {failed.Attempts} attempt(s): {failed.LastError}", alert.CreatedAt));
            }
        }

        if (await outbox.OldestPendingAsync(cancellationToken) is { } oldest && now - oldest > settings.AlertsWaitingAfter)
        {
            var waiting = await outbox.ListAsync(OutboxStatus.Pending, cancellationToken);
            var lastError = waiting.Select(w => w.LastError).LastOrDefault(e => e is not null) ?? "none yet";
            problems.Add(new OperatorProblem(
                $"alerts-waiting:{oldest.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}", ProblemKind.AlertsWaiting, $"{waiting.Count} alert(s) waiting to be sent",
                $"last delivery error: {lastError}", oldest));
        }

        return problems;
    }

    /// <summary>The one failing-feed rule: failing, and not read successfully for longer than the threshold.</summary>
    /// <remarks>
    /// An outage is timed from the last good poll; a feed never read at all, from the first failure of
    /// its run, which the store keeps (<see cref="FeedState.FailingSince"/>).
    /// </remarks>
    public static DateTimeOffset? FailingSince(FeedState feed, DateTimeOffset now, TimeSpan failingAfter)
    {
        if (feed.ConsecutiveFailures == 0)
        {
            return null;
        }

        var since = feed.LastSuccessAt ?? feed.FailingSince ?? feed.LastPolledAt ?? now;
        return now - since > failingAfter ? since : null;
    }

    /// <summary>When a feed that reads without error went quiet, if it has been quiet beyond its threshold (<see cref="FeedHealth"/>).</summary>
    public static DateTimeOffset? SilentSince(FeedState feed, DateTimeOffset now, SourcesOptions sources) =>
        FeedHealth.Assess(feed, sources, now) is { State: FeedHealthState.Silent, Since: { } since } ? since : null;

    private static string Describe(TimeSpan span) =>
        span >= TimeSpan.FromDays(2) ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalDays:0} days")
        : span >= TimeSpan.FromHours(2) ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0} hours")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, span.TotalMinutes):0} minutes");
}
