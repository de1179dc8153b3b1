using System.Text;
using AiDivide.Monitoring.Dedup;

namespace AiDivide.Monitoring.Tests.Dedup;

public class NewsSearchLinkTests
{
    private const string Publisher = "https://www.example-news.com/world/2025/07/27/ai-divide-forum.html";

    [Fact]
    public void Resolve_BingApiClickLink_GivesThePublisherUrl() =>
        Assert.Equal(Publisher, NewsSearchLink.Resolve(new Uri("https://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&tid=abc&url=" + Uri.EscapeDataString(Publisher) + "&c=123&mkt=en-us")).AbsoluteUri);

    [Fact]
    public void Resolve_BingClickTrackerLink_DecodesItsBase64Target()
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(Publisher)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.Equal(Publisher, NewsSearchLink.Resolve(new Uri($"https://www.bing.com/ck/a?!&&p=abc&u=a1{encoded}&ntb=1")).AbsoluteUri);
    }

    [Fact]
    public void Resolve_GoogleRedirectLink_GivesThePublisherUrl() =>
        Assert.Equal(Publisher, NewsSearchLink.Resolve(new Uri("https://www.google.com/url?rct=j&sa=t&url=" + Uri.EscapeDataString(Publisher) + "&ct=ga")).AbsoluteUri);

    [Fact]
    public void Resolve_GoogleNewsArticleIdCarryingTheUrl_DecodesIt()
    {
        // Older Google News ids are base64 of a small protobuf whose field 4 is the article URL.
        var url = Encoding.ASCII.GetBytes(Publisher);
        byte[] payload = [0x08, 0x13, 0x22, (byte)url.Length, .. url, 0xD2, 0x01, 0x00];
        var id = Convert.ToBase64String(payload).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        Assert.StartsWith("CBMi", id, StringComparison.Ordinal);
        Assert.Equal(Publisher, NewsSearchLink.Resolve(new Uri($"https://news.google.com/rss/articles/{id}?oc=5")).AbsoluteUri);
    }

    [Theory]
    [InlineData("https://news.google.com/rss/articles/AU_yqLOpaqueNewStyleIdWithoutAnyUrlInside?oc=5")]
    [InlineData("https://www.example-news.com/world/story.html")]
    [InlineData("https://www.bing.com/news/apiclick.aspx?url=javascript%3Aalert(1)")]
    public void Resolve_LeavesLinksItCannotResolveAsTheyAre(string link) =>
        Assert.Equal(new Uri(link), NewsSearchLink.Resolve(new Uri(link)));
}
