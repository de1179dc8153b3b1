using AiDivide.Monitoring.Tests.Support;
using AiDivide.Worker.Demo;

namespace AiDivide.Monitoring.Tests.Pipeline;

/// <summary>The story, not the article, is the unit of alerting.</summary>
public sealed class StoryTests : NewsroomTest
{
    [Fact]
    public async Task OneStoryThroughFourFeedsInThreeForms_YieldsOneAlertPerRecipient_AndADifferentReportStaysItsOwnStory()
    {
        Uri[] feeds = [Site.UrlOf("feeds/story-s1.xml"), Site.UrlOf("feeds/story-s2.xml"), Site.UrlOf("feeds/story-s3.xml"), Site.UrlOf("feeds/story-s4.xml")];
        // Four feeds refreshed in parallel: the copies race to the story index.
        await using var rig = await MonitorRig.StartAsync(Data, feeds, Smtp.Port, new Dictionary<string, string?> { ["Sources:FeedConcurrency"] = "4" });

        var report = await rig.PollAsync();
        await rig.DeliverAsync();

        Assert.Equal(4, report.NewArticles);
        var alerts = Smtp.Messages.Select(m => (To: m.To.Mailboxes.Single().Address, Entity: m.Headers["X-AiDivide-Entity"], Url: m.TextBody ?? "")).ToList();
        // Two stories (the wire copies, and wire-d). Each recipient hears of each followed entity once per story:
        // in the story's email, or (when the copy that arrived first did not name it) in a follow-up.
        var wireD = alerts.Where(a => a.Url.Contains("/news/wire-d.html", StringComparison.Ordinal)).ToList();
        Assert.Equal("song-haitao, infinigence-ai", Assert.Single(wireD, a => a.To == "analyst@example.org").Entity);
        var wire = alerts.Except(wireD).ToList();
        Assert.Equal(["infinigence-ai", "song-haitao"], wire.Where(a => a.To == "analyst@example.org").SelectMany(a => a.Entity!.Split(", ")).Order());
        Assert.Equal(["infinigence-ai"], wire.Where(a => a.To == "industry-desk@example.org").Select(a => a.Entity));
        Assert.Equal(2, alerts.Count(a => a.To == "industry-desk@example.org"));

        // The story is named after whichever copy arrived first; feeds run in parallel, so any of the three.
        var stories = new List<IReadOnlyList<string>>();
        foreach (var copy in new[] { "wire-a", "wire-b", "wire-c" })
        {
            stories.Add(await rig.Store.ListStoryArticlesAsync(Site.UrlOf($"news/{copy}.html").AbsoluteUri, CancellationToken.None));
        }

        var story = Assert.Single(stories, s => s.Count > 0);
        Assert.Equal(["wire-a.html", "wire-b.html", "wire-c.html"], story.Select(key => key[(key.LastIndexOf('/') + 1)..]).Order());
    }
}
