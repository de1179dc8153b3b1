using AiDivide.Monitoring.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AiDivide.Monitoring.Tests.Pipeline;

/// <summary>A rotated guid, an edited headline or a re-published item is the same entry, and alerts nobody again.</summary>
public sealed class EntryIdentityTests : NewsroomTest
{
    private const string Title = "Institute head backs open models for developing countries";
    private volatile string feedItems = "";
    private int republishedFetches;

    protected override void AddRoutes(WebApplication app)
    {
        app.MapGet("/identity/feed.xml", () => Results.Content(
                $"""<?xml version="1.0"?><rss version="2.0"><channel><title>Identity</title><link>{Site.BaseUrl}</link><description>d</description>{feedItems}</channel></rss>""",
                "application/rss+xml"));
        app.MapGet("/news/republished/song-open-models.html", () =>
        {
            Interlocked.Increment(ref republishedFetches);
            return Results.Content("<html><body><article><p>Song Haitao spoke about open models again.</p></article></body></html>", "text/html");
        });
    }

    private static string Item(string guid, Uri link, string title) =>
        $"<item><title>{title}</title><link>{link}</link><guid isPermaLink=\"false\">{guid}</guid><pubDate>Mon, 04 Aug 2025 01:00:00 GMT</pubDate></item>";

    [Fact]
    public async Task RotatedGuidEditedHeadlineAndRepublication_AreTheSameEntry()
    {
        var original = Site.UrlOf("news/song-open-models.html");
        feedItems = Item("guid-1", original, Title);
        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf("identity/feed.xml")], Smtp.Port);
        var first = await rig.PollAsync();
        await rig.DeliverAsync();
        Assert.Equal(1, first.NewArticles);
        var alertsAfterFirst = Smtp.Messages.Count;

        feedItems = Item("guid-2-rotated", original, Title + " (updated)")
            + Item("guid-3-republished", Site.UrlOf("news/republished/song-open-models.html"), Title);
        rig.AdvancePastPollInterval();
        var second = await rig.PollAsync();
        await rig.DeliverAsync();

        Assert.Equal(0, second.NewArticles);
        Assert.Equal(2, second.Duplicates);
        Assert.Equal(0, republishedFetches);
        Assert.Equal(alertsAfterFirst, Smtp.Messages.Count);
    }
}
