using AiDivide.Monitoring.Storage;
using AiDivide.Monitoring.Tests.Support;
using AiDivide.Worker.Demo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using MimeKit;

namespace AiDivide.Monitoring.Tests.Pipeline;

/// <summary>The whole pipeline against a real loopback news site and a real SMTP server.</summary>
public sealed class EndToEndTests : IAsyncLifetime
{
    private readonly ScratchDirectory data = new();
    private SampleSite site = null!;
    private TestSmtpServer smtp = null!;
    private volatile bool slowPageHangs = true;

    public async Task InitializeAsync()
    {
        site = await SampleSite.StartAsync(TestPaths.Site, app => app.MapGet("/slow/gill-followup.html", async (HttpContext context) =>
        {
            if (slowPageHangs)
            {
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            }

            return Results.Content(
                "<html><head><title>Envoy returns to the compute question</title></head><body><article><p>Amandeep Singh Gill returned to the question of compute on Friday, saying pooled funds were the fastest fix for countries without data centres.</p></article></body></html>",
                "text/html");
        }));
        smtp = await TestSmtpServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await smtp.DisposeAsync();
        await site.DisposeAsync();
        data.Dispose();
    }

    private Uri[] GoodFeeds => [site.UrlOf("feeds/main.xml"), site.UrlOf("feeds/atom.xml"), site.UrlOf("feeds/rdf.xml")];

    [Fact]
    public async Task FirstPoll_SendsOneEmailPerNewMentionAndRecipient_WithEntityLinkAndSnippet()
    {
        await using var rig = await MonitorRig.StartAsync(data, GoodFeeds, smtp.Port);

        await rig.PollAsync();
        var delivery = await rig.DeliverAsync();

        var sent = smtp.Messages.Select(m => (To: m.To.Mailboxes.Single().Address, Entity: m.Headers["X-AiDivide-Entity"])).OrderBy(x => x.To).ThenBy(x => x.Entity).ToList();
        Assert.Equal(
            [
                ("analyst@example.org", "amandeep-singh-gill"), ("analyst@example.org", "dai-guohao"), ("analyst@example.org", "dai-guohao"),
                ("analyst@example.org", "infinigence-ai"), ("analyst@example.org", "infinigence-ai"), ("analyst@example.org", "song-haitao"),
                ("industry-desk@example.org", "infinigence-ai"), ("industry-desk@example.org", "infinigence-ai"),
            ],
            sent);
        Assert.Equal(8, delivery.Sent);

        var gill = smtp.Messages.Single(m => m.Headers["X-AiDivide-Entity"] == "amandeep-singh-gill");
        Assert.Equal("Amandeep Singh Gill in Lantern Policy Daily: UN envoy warns of a widening compute gap", gill.Subject);
        Assert.Contains(site.UrlOf("news/gill-compute-gap.html").AbsoluteUri, gill.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("utm_source", gill.TextBody, StringComparison.Ordinal);
        Assert.Contains("Amandeep Singh Gill, the United Nations envoy on digital and emerging technologies, told a Shanghai audience", gill.TextBody, StringComparison.Ordinal);
        Assert.Contains("<mark", gill.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntityNamedOnlyInPageBoilerplate_RaisesNoAlert()
    {
        await using var rig = await MonitorRig.StartAsync(data, GoodFeeds, smtp.Port);

        await rig.PollAsync();
        await rig.DeliverAsync();

        Assert.NotNull(await rig.Store.GetArticleAsync(site.UrlOf("news/weather-typhoon.html").AbsoluteUri, CancellationToken.None));
        Assert.DoesNotContain(smtp.Messages, m => m.Headers["X-AiDivide-Entity"] == "ma-zhaoxu");
    }

    [Fact]
    public async Task SameArticleThroughTwoFeedsAndTwoUrlForms_IsStoredAndAlertedOnce()
    {
        await using var rig = await MonitorRig.StartAsync(data, GoodFeeds, smtp.Port);

        var report = await rig.PollAsync();
        await rig.DeliverAsync();

        Assert.Equal(5, report.NewArticles);
        Assert.Equal(1, report.Duplicates);
        Assert.Equal(5, await rig.Store.CountArticlesAsync(CancellationToken.None));
        Assert.Single(smtp.Messages, m => m.Headers["X-AiDivide-Entity"] == "song-haitao");
        Assert.NotNull(await rig.Store.GetArticleAsync(site.UrlOf("news/dai-guohao.html").AbsoluteUri, CancellationToken.None));
    }

    [Fact]
    public async Task SecondPollOfUnchangedFeeds_SendsNothing()
    {
        await using var rig = await MonitorRig.StartAsync(data, GoodFeeds, smtp.Port);
        await rig.PollAsync();
        await rig.DeliverAsync();
        var afterFirst = smtp.Messages.Count;

        rig.AdvancePastPollInterval();
        var second = await rig.PollAsync();
        var delivery = await rig.DeliverAsync();

        Assert.Equal(3, second.FeedsPolled);
        Assert.Equal(0, second.NewArticles);
        Assert.Equal(0, delivery.Claimed);
        Assert.Equal(afterFirst, smtp.Messages.Count);
    }

    [Fact]
    public async Task RestartOnTheSameDataFile_SendsNothingAgain()
    {
        await using var rig = await MonitorRig.StartAsync(data, GoodFeeds, smtp.Port);
        await rig.PollAsync();
        await rig.DeliverAsync();
        var afterFirst = smtp.Messages.Count;

        await rig.RestartAsync();
        rig.AdvancePastPollInterval();
        var again = await rig.PollAsync();
        await rig.DeliverAsync();

        Assert.Equal(3, again.FeedsPolled);
        Assert.Equal(afterFirst, smtp.Messages.Count);
    }

    [Fact]
    public async Task BrokenFeedsAndATimedOutPage_AreRecordedAsFailures_AndTheRestOfTheCycleCompletes()
    {
        Uri[] feeds = [site.UrlOf("feeds/missing.xml"), site.UrlOf("feeds/not-a-feed.xml"), site.UrlOf("feeds/malformed.xml"), site.UrlOf("feeds/slow.xml"), site.UrlOf("feeds/main.xml")];
        await using var rig = await MonitorRig.StartAsync(data, feeds, smtp.Port);

        var report = await rig.PollAsync();
        await rig.DeliverAsync();

        Assert.Equal(5, report.FeedsPolled);
        Assert.Equal(3, report.FeedsFailed);
        Assert.Equal(1, report.EntryFailures);
        var errors = (await rig.Store.ListFeedsAsync(CancellationToken.None)).ToDictionary(f => f.Url.AbsolutePath, f => f.LastError);
        Assert.StartsWith("HTTP 404", errors["/feeds/missing.xml"], StringComparison.Ordinal);
        Assert.Contains("HTML page", errors["/feeds/not-a-feed.xml"], StringComparison.Ordinal);
        Assert.Contains("not a feed", errors["/feeds/malformed.xml"], StringComparison.Ordinal);
        Assert.Null(errors["/feeds/slow.xml"]);
        Assert.Contains(smtp.Messages, m => m.Headers["X-AiDivide-Entity"] == "song-haitao");
    }

    [Fact]
    public async Task EntryWhosePageTimedOut_IsRetriedAtTheNextPoll_AndThenAlerts()
    {
        await using var rig = await MonitorRig.StartAsync(data, [site.UrlOf("feeds/slow.xml")], smtp.Port);
        var first = await rig.PollAsync();
        Assert.Equal(1, first.EntryFailures);

        slowPageHangs = false;
        rig.AdvancePastPollInterval();
        var second = await rig.PollAsync();
        await rig.DeliverAsync();

        Assert.Equal(1, second.NewArticles);
        var alert = Assert.Single(smtp.Messages);
        Assert.Equal("amandeep-singh-gill", alert.Headers["X-AiDivide-Entity"]);
    }

    [Fact]
    public async Task ArticleStoredButNotMatchedBeforeACrash_IsMatchedAndAlertedOnTheNextPoll()
    {
        await using var rig = await MonitorRig.StartAsync(data, [site.UrlOf("feeds/main.xml")], smtp.Port);
        var url = site.UrlOf("news/song-open-models.html");
        await rig.Store.TryAddArticleAsync(
            new StoredArticle(url.AbsoluteUri, new Monitoring.Extraction.Article { Url = url, CanonicalUrl = url, Title = "Institute head backs open models", Text = "Song Haitao spoke on open models." }, "crashed-run", rig.Clock.GetUtcNow(), null),
            CancellationToken.None);

        await rig.PollAsync();
        await rig.DeliverAsync();

        Assert.Single(smtp.Messages, m => m.Headers["X-AiDivide-Entity"] == "song-haitao");
    }

    [Fact]
    public async Task SmtpServerDown_AlertsWaitInTheOutbox_AndAreDeliveredOnceWhenItReturns()
    {
        var port = smtp.Port;
        var sink = smtp.Sink;
        await smtp.DisposeAsync();
        await using var rig = await MonitorRig.StartAsync(data, [site.UrlOf("feeds/main.xml")], port);
        await rig.PollAsync();

        var whileDown = await rig.DeliverAsync();
        Assert.Equal(0, whileDown.Sent);
        Assert.Equal(1, whileDown.Retrying);

        smtp = await TestSmtpServer.StartAsync(port, sink);
        rig.Clock.Advance(TimeSpan.FromMinutes(10));
        await rig.DeliverAsync();
        rig.Clock.Advance(TimeSpan.FromHours(1));
        await rig.DeliverAsync();

        Assert.Equal(["amandeep-singh-gill", "song-haitao"], smtp.Messages.Select(m => m.Headers["X-AiDivide-Entity"]).Order());
        Assert.Equal(2, (await rig.Store.ListAsync(OutboxStatus.Sent, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task RejectedRecipient_IsMarkedFailed_WhileOthersAreDelivered()
    {
        await smtp.DisposeAsync();
        smtp = await TestSmtpServer.StartAsync(rejects: address => address == "industry-desk@example.org");
        await using var rig = await MonitorRig.StartAsync(data, [site.UrlOf("feeds/rdf.xml")], smtp.Port);

        await rig.PollAsync();
        var delivery = await rig.DeliverAsync();

        var all = await rig.Store.ListAsync(null, CancellationToken.None);
        Assert.True(delivery.Sent == 2, string.Join("\n", all.Select(a => $"{a.Alert.RecipientEmail} {a.Status} {a.LastError}")));
        Assert.Equal(1, delivery.GivenUp);
        var failed = Assert.Single(await rig.Store.ListAsync(OutboxStatus.Failed, CancellationToken.None));
        Assert.Equal("industry-desk@example.org", failed.Alert.RecipientEmail);
        Assert.Contains("SMTP 550", failed.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MessageId_DerivesFromTheAlertKey()
    {
        await using var rig = await MonitorRig.StartAsync(data, [site.UrlOf("feeds/main.xml")], smtp.Port);
        await rig.PollAsync();
        await rig.DeliverAsync();

        var sent = await rig.Store.ListAsync(OutboxStatus.Sent, CancellationToken.None);
        Assert.Equal(sent.Select(s => $"{s.Alert.Key}@aidivide-monitor").Order(), smtp.Messages.Select(m => m.MessageId).Order());
    }
}
