using AiDivide.Monitoring.Dedup;

namespace AiDivide.Monitoring.Tests.Dedup;

public class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("https://news.example.com/a/story.html#comments", "https://news.example.com/a/story.html")]
    [InlineData("https://news.example.com/a/story.html?utm_source=rss&utm_medium=feed", "https://news.example.com/a/story.html")]
    [InlineData("https://news.example.com/a?id=7&utm_campaign=x&fbclid=abc&gclid=1&mc_cid=2&mc_eid=3&ocid=4&cmpid=5", "https://news.example.com/a?id=7")]
    [InlineData("HTTPS://News.Example.COM:443/a", "https://news.example.com/a")]
    [InlineData("http://news.example.com:80/a", "http://news.example.com/a")]
    [InlineData("http://news.example.com:8080/a", "http://news.example.com:8080/a")]
    public void Key_StripsWhatDoesNotIdentifyTheArticle(string input, string expected) =>
        Assert.Equal(expected, UrlCanonicalizer.Key(new Uri(input)));

    [Fact]
    public void Key_SortsTheParametersThatIdentifyTheArticle() =>
        Assert.Equal("https://example.com/view?page=2&story=42", UrlCanonicalizer.Key(new Uri("https://example.com/view?story=42&utm_source=x&page=2")));

    [Theory]
    [InlineData("https://news.example.com/world/story/")]
    [InlineData("https://news.example.com/world/story/index.html")]
    [InlineData("https://news.example.com/world/story/index.php")]
    public void Key_IgnoresTrailingSlashesAndIndexPages(string input) =>
        Assert.Equal("https://news.example.com/world/story", UrlCanonicalizer.Key(new Uri(input)));

    [Theory]
    [InlineData("https://amp.news.example.com/world/story")]
    [InlineData("https://m.news.example.com/world/story")]
    [InlineData("https://mobile.news.example.com/world/story")]
    [InlineData("https://news.example.com/amp/world/story")]
    [InlineData("https://news.example.com/world/story/amp/")]
    [InlineData("https://news.example.com/world/story.amp")]
    [InlineData("https://news.example.com/world/story?outputType=amp")]
    [InlineData("https://news.example.com/world/story?amp=1")]
    public void Key_FoldsAmpAndMobileVariantsOntoTheArticle(string input) =>
        Assert.Equal("https://news.example.com/world/story", UrlCanonicalizer.Key(new Uri(input)));

    [Fact]
    public void Key_KeepsAShortHostWhoseFirstLabelOnlyLooksLikeAPrefix() =>
        Assert.Equal("https://m.example/a", UrlCanonicalizer.Key(new Uri("https://m.example/a")));
}
