using AiDivide.Monitoring.Extraction;
using AiDivide.Monitoring.Tests.Support;

namespace AiDivide.Monitoring.Tests.Extraction;

public class ArticleExtractorTests
{
    private static readonly Uri Base = new("https://pages.example.com/");
    private readonly ArticleExtractor extractor = new();

    private Article Extract(string file) =>
        extractor.Extract(File.ReadAllText(TestPaths.TestData("Extraction", file)).Replace("{{base}}", "https://pages.example.com", StringComparison.Ordinal), new Uri(Base, "articles/" + file));

    [Fact]
    public void Extract_LeavesOutNavigationRelatedStoriesAndFooter()
    {
        var article = Extract("weather-shanghai.html");

        Assert.DoesNotContain("Ma Zhaoxu", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("cookie", article.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Shanghai", article.Text, StringComparison.Ordinal);
        Assert.True(article.Text.Split('\n').Length >= 3, "the body's paragraphs are kept as separate lines");
    }

    [Fact]
    public void Extract_KeepsTheLeadParagraph()
    {
        var article = Extract("gill-data-centres.html");

        Assert.Contains("Amandeep Singh Gill", article.Text.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ReadsTitleWithoutTheSiteSuffix_AndTheSiteName()
    {
        var article = Extract("gill-data-centres.html");

        Assert.Equal("UN envoy: the AI divide begins with who owns the servers", article.Title);
        Assert.Equal("Lantern Data Times", article.SiteName);
    }

    [Fact]
    public void Extract_TakesTheSiteNameFromTheTitleWhenThePageNamesNoSite() =>
        Assert.Equal("Coastline Courier", Extract("song-haitao-open-source.html").SiteName);

    [Fact]
    public void Extract_ReadsThePublishedTimeWithItsOffset() =>
        Assert.Equal(new DateTimeOffset(2025, 8, 8, 10, 30, 0, TimeSpan.FromHours(8)), Extract("song-haitao-open-source.html").Published);

    [Fact]
    public void Extract_HonoursRelCanonical() =>
        Assert.Equal("https://pages.example.com/articles/dai-guohao.html", Extract("dai-guohao-amp.html").CanonicalUrl.AbsoluteUri);

    [Fact]
    public void Extract_ReadsChinesePages()
    {
        var article = Extract("zh-infinigence.html");

        Assert.Equal("zh-CN", article.Language);
        Assert.Contains("无问芯穹", article.Text, StringComparison.Ordinal);
        Assert.Equal("东岸科技评论", article.SiteName);
    }

    [Fact]
    public void Extract_GuessesChineseFromTheTextWhenThePageDeclaresNoLanguage()
    {
        var article = extractor.Extract("<html><body><article><p>上海人工智能研究院院长宋海涛表示，人工智能鸿沟需要各国共同弥合，开放合作是关键。</p></article></body></html>", Base);

        Assert.Equal("zh", article.Language);
    }
}
