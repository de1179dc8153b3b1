using System.Globalization;
using System.Text;
using AiDivide.Monitoring.Feeds;
using BenchmarkDotNet.Attributes;
using CodeHollow.FeedReader;

namespace AiDivide.Benchmarks;

/// <summary>
/// Our <see cref="FeedParser"/> next to CodeHollow.FeedReader alone (the baseline) on the same bytes:
/// a large real-shaped RSS feed, the same feed with the usual breakage, and deeply nested documents.
/// </summary>
/// <remarks>
/// The large feed has <see cref="Items"/> items shaped like a news wire's (guid, link with a query,
/// RFC 822 dates, dc:creator, categories, HTML description in CDATA, content:encoded), about 3 MB.
/// Divide <see cref="Items"/> by the mean for entries per second. FeedReader cannot read the
/// broken copy, so only our parser runs on it. Nesting is 20 000 deep where FeedReader runs too
/// (it is quadratic in depth: 100 000 takes it tens of seconds per document) and 100 000 deep for ours.
/// </remarks>
[MemoryDiagnoser]
public class FeedParsingBenchmarks
{
    public const int Items = 5_000;
    private static readonly Uri FeedUrl = new("https://wire.example.org/feeds/all.xml");
    private readonly FeedParser parser = new();
    private byte[] largeFeed = [];
    private byte[] brokenFeed = [];
    private byte[] nested20K = [];
    private byte[] nested100K = [];

    [GlobalSetup]
    public void Setup()
    {
        largeFeed = Encoding.UTF8.GetBytes(LargeFeed(broken: false));
        brokenFeed = Encoding.UTF8.GetBytes(LargeFeed(broken: true));
        nested20K = Nested(20_000);
        nested100K = Nested(100_000);
        Console.WriteLine($"// large feed {largeFeed.Length / 1024} KB, {Items} items; nested {nested20K.Length / 1024} KB and {nested100K.Length / 1024} KB");
    }

    [Benchmark(Baseline = true)]
    public int LargeFeed_FeedReaderAlone() => FeedReader.ReadFromByteArray(largeFeed).Items.Count;

    [Benchmark]
    public int LargeFeed_FeedParser() => parser.Parse(largeFeed, FeedUrl).Entries.Count;

    [Benchmark]
    public int LargeBrokenFeed_FeedParser() => parser.Parse(brokenFeed, FeedUrl).Entries.Count;

    [Benchmark]
    public int Nested20K_FeedReaderAlone() => FeedReader.ReadFromByteArray(nested20K).Items.Count;

    [Benchmark]
    public string? Nested20K_FeedParserRejects() => parser.Parse(nested20K, FeedUrl).Error;

    [Benchmark]
    public string? Nested100K_FeedParserRejects() => parser.Parse(nested100K, FeedUrl).Error;

    /// <summary>A wire feed; broken, it has HTML entities, bare ampersands, no declarations for dc: and a truncated end.</summary>
    private static string LargeFeed(bool broken)
    {
        var text = new StringBuilder(3_500_000);
        text.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"")
            .Append(broken ? "" : " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
            .Append(" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel>\n<title>Harbour Policy Wire</title>\n<link>https://wire.example.org/</link>\n<description>Policy news</description>\n");
        var start = new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.FromHours(8));
        for (var i = 0; i < Items; i++)
        {
            var date = start.AddMinutes(-17 * i).ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " +0800";
            var amp = broken ? "&" : "&amp;";
            var dash = broken ? "&mdash;" : "—";
            text.Append(CultureInfo.InvariantCulture, $"<item>\n<title>Story {i} {dash} compute, models {amp} the AI divide</title>\n")
                .Append(CultureInfo.InvariantCulture, $"<link>https://wire.example.org/2025/07/story-{i}.html?utm_source=rss{amp}utm_medium=feed</link>\n")
                .Append(CultureInfo.InvariantCulture, $"<guid isPermaLink=\"false\">wire-{i:D6}</guid>\n<pubDate>{date}</pubDate>\n<dc:creator>Reporter {i % 40}</dc:creator>\n")
                .Append("<category>Policy</category><category>Technology</category>\n")
                .Append(CultureInfo.InvariantCulture, $"<description><![CDATA[<p>Delegates from {i % 50} countries met in Shanghai to discuss access to compute, data and skills.</p>]]></description>\n")
                .Append("<content:encoded><![CDATA[<p>").Append('x', 300).Append("</p><p>Second paragraph of the story with more text for a realistic size.</p>]]></content:encoded>\n</item>\n");
        }

        text.Append("</channel>\n</rss>\n");
        return broken ? text.ToString(0, text.Length - 40) : text.ToString();
    }

    private static byte[] Nested(int depth) => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Deep</title><item><title>x</title><description>" +
        string.Concat(Enumerable.Repeat("<div>", depth)) + string.Concat(Enumerable.Repeat("</div>", depth)) + "</description></item></channel></rss>");
}
