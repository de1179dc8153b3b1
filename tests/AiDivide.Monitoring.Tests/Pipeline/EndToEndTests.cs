using AiDivide.Monitoring.Storage;
using AiDivide.Monitoring.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using MimeKit;

namespace AiDivide.Monitoring.Tests.Pipeline;

/// <summary>The whole pipeline against a real loopback news site and a real SMTP server.</summary>
public sealed class EndToEndTests : NewsroomTest
{
    // The slow page hangs until a test lets it go, so "too slow" never depends on how loaded the machine is.
    private readonly TaskCompletionSource slowPageReleased = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource slowPageRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static Dictionary<string, string?> ShortTimeout => new() { ["Fetching:Timeout"] = "00:00:03" };

    protected override void AddRoutes(WebApplication app) => app.MapGet("/slow/gill-followup.html", async (HttpContext context) =>
    {
        slowPageRequested.TrySetResult();
        await slowPageReleased.Task.WaitAsync(context.RequestAborted);

        return Results.Content(
            "<html><head><title>Envoy returns to the compute question</title></head><body><article><p>Amandeep Singh Gill returned to the question of compute on Friday, saying pooled funds were the fastest fix for countries without data centres.</p></article></body></html>",
            "text/html");
    });

    private Uri[] GoodFeeds => [Site.UrlOf("feeds/main.xml"), Site.UrlOf("feeds/atom.xml"), Site.UrlOf("feeds/rdf.xml")];

    [Fact]
    public async Task FirstPoll_SendsOneEmailPerStoryAndRecipient_NamingEveryFollowedEntity_WithLinkAndSnippet()
    {
        await using var rig = await MonitorRig.StartAsync(Data, GoodFeeds, Smtp.Port);

        await rig.PollAsync();
        var delivery = await rig.DeliverAsync();

        var sent = Smtp.Messages.Select(m => (To: m.To.Mailboxes.Single().Address, Entity: m.Headers["X-AiDivide-Entity"])).OrderBy(x => x.To).ThenBy(x => x.Entity).ToList();
        // Two stories name both Dai Guohao and Infinigence AI: one email each, not one per entity.
        Assert.Equal(
            [
                ("analyst@example.org", "amandeep-singh-gill"), ("analyst@example.org", "dai-guohao, infinigence-ai"), ("analyst@example.org", "dai-guohao, infinigence-ai"),
                ("analyst@example.org", "song-haitao"), ("industry-desk@example.org", "infinigence-ai"), ("industry-desk@example.org", "infinigence-ai"),
            ],
            sent);
        Assert.Equal(6, delivery.Sent);
        Assert.All(Smtp.Messages.Where(m => m.Headers["X-AiDivide-Entity"] == "dai-guohao, infinigence-ai"), m => Assert.StartsWith("Dai Guohao and Infinigence AI in ", m.Subject, StringComparison.Ordinal));

        var gill = Smtp.Messages.Single(m => m.Headers["X-AiDivide-Entity"] == "amandeep-singh-gill");
        Assert.Equal("Amandeep Singh Gill in Lantern Policy Daily: UN envoy warns of a widening compute gap", gill.Subject);
        Assert.Contains(Site.UrlOf("news/gill-compute-gap.html").AbsoluteUri, gill.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("utm_source", gill.TextBody, StringComparison.Ordinal);
        Assert.Contains("Amandeep Singh Gill, the United Nations envoy on digital and emerging technologies, told a Shanghai audience", gill.TextBody, StringComparison.Ordinal);
        Assert.Contains(">Amandeep Singh Gill</strong>, the United Nations envoy", gill.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntityNamedOnlyInPageBoilerplate_RaisesNoAlert()
    {
        await using var rig = await MonitorRig.StartAsync(Data, GoodFeeds, Smtp.Port);

        await rig.PollAsync();
        await rig.DeliverAsync();

        Assert.NotNull(await rig.Store.GetArticleAsync(Site.UrlOf("news/weather-typhoon.html").AbsoluteUri, CancellationToken.None));
        Assert.DoesNotContain(Smtp.Messages, m => m.Headers["X-AiDivide-Entity"] == "ma-zhaoxu");
    }

    [Fact]
    public async Task SameArticleThroughTwoFeedsAndTwoUrlForms_IsStoredAndAlertedOnce()
    {
        await using var rig = await MonitorRig.StartAsync(Data, GoodFeeds, Smtp.Port);

        var report = await rig.PollAsync();
        await rig.DeliverAsync();

        Assert.Equal(5, report.NewArticles);
        Assert.Equal(1, report.Duplicates);
        Assert.Equal(5, await rig.Store.CountArticlesAsync(CancellationToken.None));
        Assert.Single(Smtp.Messages, m => m.Headers["X-AiDivide-Entity"] == "song-haitao");
        Assert.NotNull(await rig.Store.GetArticleAsync(Site.UrlOf("news/dai-guohao.html").AbsoluteUri, CancellationToken.None));
    }

    [Fact]
    public async Task SecondPollOfUnchangedFeeds_SendsNothing()
    {
        await using var rig = await MonitorRig.StartAsync(Data, GoodFeeds, Smtp.Port);
        await rig.PollAsync();
        await rig.DeliverAsync();
        var afterFirst = Smtp.Messages.Count;

        rig.AdvancePastPollInterval();
        var second = await rig.PollAsync();
        var delivery = await rig.DeliverAsync();

        Assert.Equal(3, second.FeedsPolled);
        Assert.Equal(0, second.NewArticles);
        Assert.Equal(0, delivery.Claimed);
        Assert.Equal(afterFirst, Smtp.Messages.Count);
    }

    [Fact]
    public async Task RestartOnTheSameDataFile_SendsNothingAgain()
    {
        await using var rig = await MonitorRig.StartAsync(Data, GoodFeeds, Smtp.Port);
        await rig.PollAsync();
        await rig.DeliverAsync();
        var afterFirst = Smtp.Messages.Count;

        await rig.RestartAsync();
        rig.AdvancePastPollInterval();
        var again = await rig.PollAsync();
        await rig.DeliverAsync();

        Assert.Equal(3, again.FeedsPolled);
        Assert.Equal(afterFirst, Smtp.Messages.Count);
    }

    [Fact]
    public async Task BrokenFeedsAndATimedOutPage_AreRecordedAsFailures_AndTheRestOfTheCycleCompletes()
    {
        Uri[] feeds = [Site.UrlOf("feeds/missing.xml"), Site.UrlOf("feeds/not-a-feed.xml"), Site.UrlOf("feeds/malformed.xml"), Site.UrlOf("feeds/slow.xml"), Site.UrlOf("feeds/main.xml")];
        await using var rig = await MonitorRig.StartAsync(Data, feeds, Smtp.Port, ShortTimeout);

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
        Assert.Contains(Smtp.Messages, m => m.Headers["X-AiDivide-Entity"] == "song-haitao");
    }

    [Fact]
    public async Task EntryWhosePageTimedOut_IsRetriedAtTheNextPoll_AndThenAlerts()
    {
        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf("feeds/slow.xml")], Smtp.Port, ShortTimeout);
        var first = await rig.PollAsync();
        Assert.Equal(1, first.EntryFailures);

        slowPageReleased.SetResult();
        rig.AdvancePastPollInterval();
        var second = await rig.PollAsync();
        await rig.DeliverAsync();

        Assert.Equal(1, second.NewArticles);
        var alert = Assert.Single(Smtp.Messages);
        Assert.Equal("amandeep-singh-gill", alert.Headers["X-AiDivide-Entity"]);
    }

    [Fact]
    public async Task WorkerStoppedMidFeed_ReleasesItsLease_SoAnotherWorkerTakesTheFeedAtOnce()
    {
        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf("feeds/slow.xml")], Smtp.Port);
        using var stop = new CancellationTokenSource();

        var polling = rig.PollAsync(stop.Token);
        await slowPageRequested.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => polling);

        var now = rig.Clock.GetUtcNow();
        var taken = await rig.Store.ClaimDueFeedsAsync("another-worker", now, now, TimeSpan.FromMinutes(10), 10, CancellationToken.None);
        Assert.Single(taken);
    }

    [Fact]
    public async Task ArticleStoredButNotMatchedBeforeACrash_IsMatchedAndAlertedOnTheNextPoll()
    {
        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf("feeds/main.xml")], Smtp.Port);
        var url = Site.UrlOf("news/song-open-models.html");
        await rig.Store.TryAddArticleAsync(
            new StoredArticle(url.AbsoluteUri, new Monitoring.Extraction.Article { Url = url, CanonicalUrl = url, Title = "Institute head backs open models", Text = "Song Haitao spoke on open models." }, "crashed-run", rig.Clock.GetUtcNow(), null),
            CancellationToken.None);

        await rig.PollAsync();
        await rig.DeliverAsync();

        Assert.Single(Smtp.Messages, m => m.Headers["X-AiDivide-Entity"] == "song-haitao");
    }

    [Fact]
    public async Task SmtpServerDown_AlertsWaitInTheOutbox_AndAreDeliveredOnceWhenItReturns()
    {
        var port = Smtp.Port;
        var sink = Smtp.Sink;
        await Smtp.DisposeAsync();
        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf("feeds/main.xml")], port);
        await rig.PollAsync();

        var whileDown = await rig.DeliverAsync();
        Assert.Equal(0, whileDown.Sent);
        Assert.Equal(1, whileDown.Retrying);

        Smtp = await TestSmtpServer.StartAsync(port, sink);
        rig.Clock.Advance(TimeSpan.FromMinutes(10));
        await rig.DeliverAsync();
        rig.Clock.Advance(TimeSpan.FromHours(1));
        await rig.DeliverAsync();

        Assert.Equal(["amandeep-singh-gill", "song-haitao"], Smtp.Messages.Select(m => m.Headers["X-AiDivide-Entity"]).Order());
        Assert.Equal(2, (await rig.Store.ListAsync(OutboxStatus.Sent, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task RejectedRecipient_IsMarkedFailed_WhileOthersAreDelivered()
    {
        await Smtp.DisposeAsync();
        Smtp = await TestSmtpServer.StartAsync(rejects: address => address == "industry-desk@example.org");
        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf("feeds/rdf.xml")], Smtp.Port);

        await rig.PollAsync();
        var delivery = await rig.DeliverAsync();

        var all = await rig.Store.ListAsync(null, CancellationToken.None);
        // The analyst's one email names both entities of the story; the desk's is refused.
        Assert.True(delivery.Sent == 1, string.Join("\n", all.Select(a => $"{a.Alert.RecipientEmail} {a.Status} {a.LastError}")));
        Assert.Equal(1, delivery.GivenUp);
        var failed = Assert.Single(await rig.Store.ListAsync(OutboxStatus.Failed, CancellationToken.None));
        Assert.Equal("industry-desk@example.org", failed.Alert.RecipientEmail);
        Assert.Contains("SMTP 550", failed.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MessageId_DerivesFromTheAlertKey()
    {
        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf("feeds/main.xml")], Smtp.Port);
        await rig.PollAsync();
        await rig.DeliverAsync();

        var sent = await rig.Store.ListAsync(OutboxStatus.Sent, CancellationToken.None);
        Assert.Equal(sent.Select(s => $"{s.Alert.Key}@aidivide-monitor").Order(), Smtp.Messages.Select(m => m.MessageId).Order());
    }
}
