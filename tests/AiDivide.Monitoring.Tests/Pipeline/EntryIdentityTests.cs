using AiDivide.Monitoring.Tests.Support;
using AiDivide.Worker.Demo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AiDivide.Monitoring.Tests.Pipeline;

/// <summary>A rotated guid, an edited headline or a re-published item is the same entry, and alerts nobody again.</summary>
public sealed class EntryIdentityTests : IAsyncLifetime
{
    private const string Title = "Institute head backs open models for developing countries";
    private readonly ScratchDirectory data = new();
    private SampleSite site = null!;
    private TestSmtpServer smtp = null!;
    private volatile string feedItems = "";
    private int republishedFetches;

    public async Task InitializeAsync()
    {
        site = await SampleSite.StartAsync(TestPaths.Site, app =>
        {
            app.MapGet("/identity/feed.xml", () => Results.Content(
                $"""<?xml version="1.0"?><rss version="2.0"><channel><title>Identity</title><link>{site.BaseUrl}</link><description>d</description>{feedItems}</channel></rss>""",
                "application/rss+xml"));
            app.MapGet("/news/republished/song-open-models.html", () =>
            {
                Interlocked.Increment(ref republishedFetches);
                return Results.Content("<html><body><article><p>Song Haitao spoke about open models again.</p></article></body></html>", "text/html");
            });
        });
        smtp = await TestSmtpServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await smtp.DisposeAsync();
        await site.DisposeAsync();
        data.Dispose();
    }

    private static string Item(string guid, Uri link, string title) =>
        $"<item><title>{title}</title><link>{link}</link><guid isPermaLink=\"false\">{guid}</guid><pubDate>Mon, 04 Aug 2025 01:00:00 GMT</pubDate></item>";

    [Fact]
    public async Task RotatedGuidEditedHeadlineAndRepublication_AreTheSameEntry()
    {
        var original = site.UrlOf("news/song-open-models.html");
        feedItems = Item("guid-1", original, Title);
        await using var rig = await MonitorRig.StartAsync(data, [site.UrlOf("identity/feed.xml")], smtp.Port);
        var first = await rig.PollAsync();
        await rig.DeliverAsync();
        Assert.Equal(1, first.NewArticles);
        var alertsAfterFirst = smtp.Messages.Count;

        feedItems = Item("guid-2-rotated", original, Title + " (updated)")
            + Item("guid-3-republished", site.UrlOf("news/republished/song-open-models.html"), Title);
        rig.AdvancePastPollInterval();
        var second = await rig.PollAsync();
        await rig.DeliverAsync();

        Assert.Equal(0, second.NewArticles);
        Assert.Equal(2, second.Duplicates);
        Assert.Equal(0, republishedFetches);
        Assert.Equal(alertsAfterFirst, smtp.Messages.Count);
    }
}
