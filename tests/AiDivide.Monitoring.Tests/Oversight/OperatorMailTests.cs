using AiDivide.Monitoring.Oversight;
using AiDivide.Monitoring.Storage;
using AiDivide.Monitoring.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace AiDivide.Monitoring.Tests.Oversight;

/// <summary>Operator mail through a real SMTP server and a fake clock: threshold notices once per problem, a daily summary once per day.</summary>
public sealed class OperatorMailTests : NewsroomTest
{
    private const string Operator = "ops@example.org";

    private volatile bool feedBroken;

    private IEnumerable<MimeMessage> OperatorMail => Smtp.Messages.Where(m => m.To.Mailboxes.Single().Address == Operator);

    protected override void AddRoutes(WebApplication app) => app.MapGet("/flaky/feed.xml", async (HttpContext context) =>
    {
        if (feedBroken)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        var body = await File.ReadAllTextAsync(TestPaths.TestData("Site", "feeds", "main.xml"), context.RequestAborted);
        return Results.Content(body.Replace("{{base}}", Site.BaseUrl.AbsoluteUri.TrimEnd('/'), StringComparison.Ordinal), "application/rss+xml");
    });

    [Fact]
    public async Task FeedFailingPastTheThreshold_SendsOneThresholdMail_AndTheSameProblemNoMore()
    {
        await using var rig = await StartAsync([Site.UrlOf("flaky/feed.xml")]);
        await rig.PollAsync();
        await rig.DeliverAsync();
        feedBroken = true;

        rig.Clock.Advance(TimeSpan.FromHours(1));
        await rig.PollAsync();
        Assert.False((await CheckAsync(rig)).ThresholdNoticeSent);

        rig.Clock.Advance(TimeSpan.FromHours(6));
        await rig.PollAsync();
        var checks = await Task.WhenAll(CheckAsync(rig), CheckAsync(rig));
        rig.Clock.Advance(TimeSpan.FromMinutes(5));
        var later = await CheckAsync(rig);

        Assert.Equal(1, checks.Count(c => c.ThresholdNoticeSent));
        Assert.False(later.ThresholdNoticeSent);
        var mail = Assert.Single(OperatorMail);
        Assert.Equal("threshold", mail.Headers[OperatorReportComposer.NoticeHeader]);
        Assert.Equal("AiDivide Monitor needs attention: 1 feed failing", mail.Subject);
        Assert.Contains(Site.UrlOf("flaky/feed.xml").AbsoluteUri, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("since 2025-08-04 06:00 (+00:00) UTC", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedThatRecoversAndFailsAgain_IsANewProblem()
    {
        await using var rig = await StartAsync([Site.UrlOf("flaky/feed.xml")]);
        await rig.PollAsync();
        await rig.DeliverAsync();
        feedBroken = true;
        rig.Clock.Advance(TimeSpan.FromHours(7));
        await rig.PollAsync();
        await CheckAsync(rig);

        feedBroken = false;
        rig.Clock.Advance(TimeSpan.FromHours(1));
        await rig.PollAsync();
        feedBroken = true;
        rig.Clock.Advance(TimeSpan.FromHours(7));
        await rig.PollAsync();
        await CheckAsync(rig);

        Assert.Equal(2, OperatorMail.Count(m => m.Headers[OperatorReportComposer.NoticeHeader] == "threshold"));
    }

    [Fact]
    public async Task DailySummary_IsSentOncePerDay_AfterDailyAtInTheOperatorsZone()
    {
        // 07:50 in Shanghai; the summary is due at 08:00 local.
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 8, 3, 23, 50, 0, TimeSpan.Zero));
        await using var rig = await StartAsync([], new() { ["Operator:TimeZone"] = "Asia/Shanghai", ["Operator:DailyAt"] = "08:00", ["Operator:DailyWhenHealthy"] = "true" }, clock);

        var early = await CheckAsync(rig);
        rig.Clock.Advance(TimeSpan.FromMinutes(15));
        var due = await CheckAsync(rig);
        rig.Clock.Advance(TimeSpan.FromMinutes(5));
        var again = await CheckAsync(rig);
        rig.Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await CheckAsync(rig);

        Assert.Equal([false, true, false, true], new[] { early, due, again, nextDay }.Select(c => c.DailySummarySent));
        var first = OperatorMail.First();
        Assert.Equal("daily", first.Headers[OperatorReportComposer.NoticeHeader]);
        Assert.Equal("AiDivide Monitor daily report: all well", first.Subject);
        Assert.Contains("2025-08-04 08:05 (+08:00) Asia/Shanghai", first.TextBody, StringComparison.Ordinal);
        Assert.NotEqual(first.MessageId, OperatorMail.Last().MessageId);
    }

    [Fact]
    public async Task HealthyDay_SendsNoDailySummary_UnlessAskedFor()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 8, 4, 8, 30, 0, TimeSpan.Zero));
        await using var rig = await StartAsync([], new() { ["Operator:DailyAt"] = "08:00" }, clock);

        var check = await CheckAsync(rig);

        Assert.False(check.DailySummarySent);
        Assert.Empty(OperatorMail);
    }

    [Fact]
    public async Task UndeliverableAlert_IsReportedToTheOperator_AndNotRetried()
    {
        await Smtp.DisposeAsync();
        Smtp = await TestSmtpServer.StartAsync(rejects: address => address == "industry-desk@example.org");
        await using var rig = await StartAsync([Site.UrlOf("feeds/rdf.xml")]);
        await rig.PollAsync();
        await rig.DeliverAsync();

        var check = await CheckAsync(rig);
        rig.Clock.Advance(TimeSpan.FromDays(1));
        var retry = await rig.DeliverAsync();

        Assert.True(check.ThresholdNoticeSent);
        Assert.Equal(0, retry.Claimed);
        var mail = Assert.Single(OperatorMail, m => m.Headers[OperatorReportComposer.NoticeHeader] == "threshold");
        Assert.Equal("AiDivide Monitor needs attention: 1 undeliverable alert", mail.Subject);
        Assert.Contains("Alert to industry-desk@example.org", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("SMTP 550", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OperatorMailThatCannotBeSent_IsSentAtALaterCheck_Once()
    {
        var port = Smtp.Port;
        var sink = Smtp.Sink;
        await using var rig = await StartAsync([Site.UrlOf("flaky/feed.xml")]);
        await rig.PollAsync();
        await rig.DeliverAsync();
        feedBroken = true;
        rig.Clock.Advance(TimeSpan.FromHours(7));
        await rig.PollAsync();

        await Smtp.DisposeAsync();
        var whileDown = await CheckAsync(rig);
        Smtp = await TestSmtpServer.StartAsync(port, sink);
        rig.Clock.Advance(TimeSpan.FromMinutes(5));
        var back = await CheckAsync(rig);
        rig.Clock.Advance(TimeSpan.FromMinutes(5));
        var after = await CheckAsync(rig);

        Assert.Equal([false, true, false], new[] { whileDown, back, after }.Select(c => c.ThresholdNoticeSent));
        Assert.Single(OperatorMail);
    }

    [Fact]
    public async Task OperatorMailOff_SendsNothing()
    {
        await using var rig = await StartAsync([Site.UrlOf("flaky/feed.xml")], new() { ["Operator:Email"] = "" });
        feedBroken = true;
        await rig.PollAsync();
        rig.Clock.Advance(TimeSpan.FromDays(2));
        await rig.PollAsync();

        Assert.Equal(new OperatorCheck(0, false, false), await CheckAsync(rig));
        Assert.Empty(Smtp.Messages);
    }

    private static Task<OperatorCheck> CheckAsync(MonitorRig rig) =>
        rig.Services.GetRequiredService<OperatorNotices>().CheckAsync(CancellationToken.None);

    private Task<MonitorRig> StartAsync(Uri[] feeds, Dictionary<string, string?>? extra = null, FakeTimeProvider? clock = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Operator:Email"] = Operator,
            ["Operator:TimeZone"] = "UTC",
            // Threshold tests run through the afternoon; only the daily tests bring the summary forward.
            ["Operator:DailyAt"] = "23:59",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return MonitorRig.StartAsync(Data, feeds, Smtp.Port, settings, clock);
    }
}
