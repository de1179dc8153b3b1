using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Tests.Support;

namespace AiDivide.Monitoring.Tests.Sources;

public class OpmlDocumentTests
{
    [Fact]
    public void Read_TakesEveryHttpFeedOutline_HoweverDeep_WithItsFolders()
    {
        using var stream = File.OpenRead(TestPaths.TestData("Sources", "subscriptions.opml"));

        var outlines = OpmlDocument.Read(stream);

        Assert.Equal(
            [
                new OpmlOutline(new Uri("https://lantern.example.org/feed.xml"), "Lantern Policy Daily", "Policy"),
                new OpmlOutline(new Uri("https://ledger.example.org/rss"), "Harbour Ledger", "Policy/Asia"),
                new OpmlOutline(new Uri("https://quayside.example.org/feed.xml"), "Quayside Tech Bulletin", null),
            ],
            outlines);
    }

    [Fact]
    public void Write_ThenRead_GivesBackEveryFeed()
    {
        FeedDefinition[] feeds =
        [
            new("a", new Uri("https://lantern.example.org/feed.xml"), "Lantern & Daily <Policy>"),
            new("b", new Uri("https://quayside.example.org/feed.xml?lang=zh&x=1"), "码头科技"),
        ];
        using var stream = new MemoryStream();

        OpmlDocument.Write(feeds, stream, "test", new DateTimeOffset(2025, 8, 4, 6, 0, 0, TimeSpan.Zero));
        stream.Position = 0;

        Assert.Equal(feeds.Select(f => (f.Url, (string?)f.Title)), OpmlDocument.Read(stream).Select(o => (o.FeedUrl, o.Title)));
    }

    [Fact]
    public void Read_RefusesADocumentType_SoNoEntityIsExpandedOrFetched()
    {
        const string hostile = """
            <?xml version="1.0"?>
            <!DOCTYPE opml [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <opml version="2.0"><body><outline text="&secret;" xmlUrl="https://a.example.org/feed"/></body></opml>
            """;
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(hostile));

        var error = Assert.Throws<InvalidDataException>(() => OpmlDocument.Read(stream));

        Assert.StartsWith("not an OPML file", error.Message, StringComparison.Ordinal);
    }
}
