using System.Text.Json;
using AiDivide.Monitoring.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AiDivide.Monitoring.Tests.Pipeline;

/// <summary>A new feed's backlog seeds the store without alerting, unless the feed says otherwise; old articles never alert.</summary>
public sealed class FirstPollBacklogTests : NewsroomTest
{
    private static readonly Dictionary<string, string?> Seed = new() { ["Sources:FirstPollBacklog"] = "Seed" };

    private volatile string growingFeed = "growing-before.xml";

    protected override void AddRoutes(WebApplication app) => app.MapGet("/growing/feed.xml", async (HttpContext context) =>
    {
        var body = await File.ReadAllTextAsync(TestPaths.TestData("Backlog", growingFeed), context.RequestAborted);
        return Results.Content(body.Replace("{{base}}", Site.BaseUrl.AbsoluteUri.TrimEnd('/'), StringComparison.Ordinal), "application/rss+xml");
    });

    [Fact]
    public async Task NewFeedUnderSeed_StoresItsBacklogWithoutAlerting_ThenAlertsOnlyTheNewItem()
    {
        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf("growing/feed.xml")], Smtp.Port, Seed);

        var first = await rig.PollAsync();
        await rig.DeliverAsync();
        Assert.Equal(2, first.NewArticles);
        Assert.Equal(0, first.AlertsQueued);
        Assert.Empty(Smtp.Messages);
        var seeded = await rig.Store.ListMentionsAsync(Site.UrlOf("news/gill-compute-gap.html").AbsoluteUri, CancellationToken.None);
        Assert.Equal("amandeep-singh-gill", Assert.Single(seeded).EntityId);

        growingFeed = "growing-after.xml";
        rig.AdvancePastPollInterval();
        var second = await rig.PollAsync();
        await rig.DeliverAsync();

        Assert.Equal(1, second.NewArticles);
        Assert.Equal(["song-haitao"], Smtp.Messages.Select(m => m.Headers["X-AiDivide-Entity"]).Distinct());
    }

    [Fact]
    public async Task FeedThatAsksForItsBacklog_AlertsOnTheFirstPoll_WhateverTheDefault()
    {
        var feeds = WriteFeedList(new { url = Site.UrlOf("growing/feed.xml").AbsoluteUri, backlog = "alert" });
        await using var rig = await MonitorRig.StartAsync(Data, [], Smtp.Port, new Dictionary<string, string?>(Seed) { ["Sources:FeedsFile"] = feeds });

        await rig.PollAsync();
        await rig.DeliverAsync();

        Assert.Equal(["amandeep-singh-gill"], Smtp.Messages.Select(m => m.Headers["X-AiDivide-Entity"]).Distinct());
    }

    [Fact]
    public async Task CopyOfASeededStory_FromAnEstablishedFeed_AlertsNobody()
    {
        var feeds = WriteFeedList(new { url = Site.UrlOf("feeds/story-s1.xml").AbsoluteUri });
        await using var rig = await MonitorRig.StartAsync(Data, [], Smtp.Port, new Dictionary<string, string?>(Seed) { ["Sources:FeedsFile"] = feeds });
        await rig.PollAsync();

        // A second feed carrying another outlet's copy of the same wire story; it alerts its backlog, so only the story rule holds it back.
        WriteFeedList(new { url = Site.UrlOf("feeds/story-s1.xml").AbsoluteUri }, new { url = Site.UrlOf("feeds/story-s3.xml").AbsoluteUri, backlog = "alert" });
        rig.AdvancePastPollInterval();
        var second = await rig.PollAsync();
        await rig.DeliverAsync();

        Assert.Equal(1, second.NewArticles);
        Assert.Empty(Smtp.Messages);
    }

    [Fact]
    public async Task ArticlesOlderThanTheMaxAge_AreStoredButAlertNobody()
    {
        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf("feeds/main.xml")], Smtp.Port, new Dictionary<string, string?> { ["Sources:MaxArticleAge"] = "2.00:00:00" });

        await rig.PollAsync();
        await rig.DeliverAsync();

        // Published 27 July, a week before the rig's clock; the Song Haitao story is from that morning.
        Assert.NotNull(await rig.Store.GetArticleAsync(Site.UrlOf("news/gill-compute-gap.html").AbsoluteUri, CancellationToken.None));
        Assert.Equal(["song-haitao"], Smtp.Messages.Select(m => m.Headers["X-AiDivide-Entity"]).Distinct());
    }

    private string WriteFeedList(params object[] feeds)
    {
        var path = Data.File("my-feeds.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new { feeds }));
        return path;
    }
}
