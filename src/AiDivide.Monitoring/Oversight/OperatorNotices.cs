using System.Globalization;
using AiDivide.Monitoring.Delivery;
using AiDivide.Monitoring.Pipeline;
using AiDivide.Monitoring.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Oversight;

/// <summary>Tells the operator about problems: at once when a new one appears, and in a daily summary.</summary>
/// <remarks>
/// Each problem and each day's summary has a notice key, claimed in <see cref="IOperatorNoticeLog"/> before
/// sending, so with many workers every notice goes out once. A failed send gives the keys back, and
/// the next check tries again. Sent through the same <see cref="IMailTransport"/> as alerts.
/// </remarks>
public sealed class OperatorNotices(
    ProblemReview review,
    IOperatorNoticeLog log,
    IMailTransport transport,
    OperatorReportComposer composer,
    IOptions<OperatorOptions> options,
    WorkerIdentity worker,
    TimeProvider time,
    ILogger<OperatorNotices> logger)
{
    /// <summary>Longer than one send can take (every SMTP command has its own timeout), short enough to retry the same day.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    public async Task<OperatorCheck> CheckAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsEnabled)
        {
            return new OperatorCheck(0, false, false);
        }

        var now = time.GetUtcNow();
        var problems = await review.ReviewAsync(now, cancellationToken);
        var threshold = await SendThresholdNoticeAsync(problems, now, cancellationToken);
        var daily = await SendDailySummaryAsync(problems, now, settings, cancellationToken);
        return new OperatorCheck(problems.Count, threshold, daily);
    }

    private async Task<bool> SendThresholdNoticeAsync(IReadOnlyList<OperatorProblem> problems, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var fresh = new List<OperatorProblem>();
        foreach (var problem in problems)
        {
            if (await log.TryClaimNoticeAsync(problem.Key, worker.Id, now, ClaimLease, cancellationToken))
            {
                fresh.Add(problem);
            }
        }

        if (fresh.Count == 0)
        {
            return false;
        }

        var report = new OperatorReport(NoticeKind.Threshold, fresh, problems.Count - fresh.Count, [.. fresh.Select(p => p.Key)], now, options.Value.Zone);
        return await SendAsync(report, cancellationToken);
    }

    private async Task<bool> SendDailySummaryAsync(IReadOnlyList<OperatorProblem> problems, DateTimeOffset now, OperatorOptions settings, CancellationToken cancellationToken)
    {
        var local = TimeZoneInfo.ConvertTime(now, settings.Zone);
        if (local.TimeOfDay < settings.DailyAt)
        {
            return false;
        }

        var key = "daily:" + local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!await log.TryClaimNoticeAsync(key, worker.Id, now, ClaimLease, cancellationToken))
        {
            return false;
        }

        if (problems.Count == 0 && !settings.DailyWhenHealthy)
        {
            // Nothing to say today: the day is settled without a mail, so a problem later today goes out
            // as a threshold notice only, not also as a late "daily" one.
            await log.MarkNoticeSentAsync(key, worker.Id, now, cancellationToken);
            return false;
        }

        return await SendAsync(new OperatorReport(NoticeKind.Daily, problems, 0, [key], now, settings.Zone), cancellationToken);
    }

    private async Task<bool> SendAsync(OperatorReport report, CancellationToken cancellationToken)
    {
        var message = composer.Compose(report);
        try
        {
            await using (var session = await transport.OpenAsync(cancellationToken))
            {
                await session.SendAsync(message, cancellationToken);
            }
        }
        catch (Exception ex) when (DeliveryFailure.IsExpected(ex) || ex is OperationCanceledException)
        {
            foreach (var key in report.NoticeKeys)
            {
                await log.ReleaseNoticeAsync(key, worker.Id, CancellationToken.None);
            }

            if (ex is OperationCanceledException)
            {
                throw;
            }

            OversightLog.NoticeFailed(logger, report.Kind, options.Value.Email, DeliveryFailure.Describe(ex));
            return false;
        }

        foreach (var key in report.NoticeKeys)
        {
            await log.MarkNoticeSentAsync(key, worker.Id, time.GetUtcNow(), cancellationToken);
        }

        OversightLog.NoticeSent(logger, report.Kind, options.Value.Email, report.Problems.Count, message.Subject ?? string.Empty);
        return true;
    }
}
