using AiDivide.Monitoring.Dedup;

namespace AiDivide.Monitoring.Tests.Dedup;

public class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("https://news.example.com/a/story.html#comments", "https://news.example.com/a/story.html")]
    [InlineData("https://news.example.com/a/story.html?utm_source=rss&utm_medium=feed", "https://news.example.com/a/story.html")]
    [InlineData("https://news.example.com/a?id=7&utm_campaign=x&fbclid=abc&gclid=1", "https://news.example.com/a?id=7")]
    [InlineData("HTTPS://News.Example.COM:443/a", "https://news.example.com/a")]
    [InlineData("http://news.example.com:80/a", "http://news.example.com/a")]
    [InlineData("http://news.example.com:8080/a", "http://news.example.com:8080/a")]
    public void Key_StripsWhatDoesNotIdentifyTheArticle(string input, string expected) =>
        Assert.Equal(expected, UrlCanonicalizer.Key(new Uri(input)));

    [Fact]
    public void Key_KeepsParametersThatIdentifyTheArticle_InTheirOrder() =>
        Assert.Equal("https://example.com/view?story=42&page=2", UrlCanonicalizer.Key(new Uri("https://example.com/view?story=42&utm_source=x&page=2")));
}
