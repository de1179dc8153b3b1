using System.Text.Json.Nodes;
using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Tests.Support;

namespace AiDivide.Monitoring.Tests.Sources;

public sealed class FeedListFileTests : IDisposable
{
    private readonly ScratchDirectory scratch = new();

    public void Dispose() => scratch.Dispose();

    private string CopyOfExtras()
    {
        var path = scratch.File("feeds.json");
        File.Copy(TestPaths.TestData("Sources", "feeds-with-extras.json"), path);
        return path;
    }

    [Fact]
    public void AddAndRemove_KeepEveryOtherFieldOfEveryOtherEntry()
    {
        var path = CopyOfExtras();
        var file = FeedListFile.Open(path);

        Assert.True(file.Add(new Uri("https://ledger.example.org/rss"), "Harbour Ledger"));
        Assert.NotNull(file.Remove("https://quayside.example.org/feed.xml"));
        file.Save();

        var saved = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Equal("analyst desk", (string?)saved["owner"]);
        var lantern = saved["feeds"]![0]!;
        Assert.Equal((5, "3.00:00:00"), ((int)lantern["priority"]!, (string?)lantern["maxArticleAge"]));
        Assert.Equal(["lantern", FeedListLoader.IdFor(new Uri("https://ledger.example.org/rss"))], FeedListLoader.Load(path).Select(f => f.Id));
    }

    [Fact]
    public void Add_OfAListedUrl_ChangesNothing()
    {
        var file = FeedListFile.Open(CopyOfExtras());

        Assert.False(file.Add(new Uri("https://lantern.example.org/feed.xml"), "again"));
        Assert.Equal(2, file.Feeds.Count);
    }

    [Fact]
    public void Remove_FindsAFeedByItsConfiguredOrDerivedId()
    {
        var file = FeedListFile.Open(CopyOfExtras());
        var derived = FeedListLoader.IdFor(new Uri("https://quayside.example.org/feed.xml"));

        Assert.Equal("lantern", file.Remove("lantern")?.Id);
        Assert.Equal(derived, file.Remove(derived)?.Id);
        Assert.Null(file.Remove("lantern"));
        Assert.Empty(file.Feeds);
    }

    [Fact]
    public void Open_OfAMissingFile_IsAnEmptyList_ThatSaveCreates()
    {
        var path = scratch.File("new/feeds.json");
        var file = FeedListFile.Open(path);

        file.Add(new Uri("https://lantern.example.org/feed.xml"), null);
        file.Save();

        Assert.Equal("https://lantern.example.org/feed.xml", Assert.Single(FeedListLoader.Load(path)).Url.AbsoluteUri);
    }

    [Fact]
    public void Conditional_IsReadFromTheFeedList()
    {
        var feeds = FeedListLoader.Load(CopyOfExtras());

        Assert.Equal([true, false], feeds.Select(f => f.UsesConditionalGet));
    }
}
