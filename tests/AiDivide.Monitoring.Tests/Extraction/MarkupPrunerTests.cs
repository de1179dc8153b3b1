using AiDivide.Monitoring.Extraction;
using AiDivide.Monitoring.Tests.Support;

namespace AiDivide.Monitoring.Tests.Extraction;

public class MarkupPrunerTests
{
    private static string Pruned()
    {
        using var pruned = MarkupPruner.Prune(File.ReadAllText(TestPaths.TestData("Extraction", "Pruning", "links-and-scripts.html")));
        return pruned.ToString();
    }

    [Fact]
    public void Prune_KeepsTheLinksTheExtractorReads()
    {
        var html = Pruned();

        Assert.Contains("rel=\"canonical\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"author\"", html, StringComparison.Ordinal);
        Assert.Contains("itemprop=\"mainEntityOfPage\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Prune_DropsStylesheetPreloadAndIconLinks()
    {
        var html = Pruned();

        Assert.DoesNotContain("stylesheet", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("preload", html, StringComparison.Ordinal);
        Assert.DoesNotContain("favicon", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Prune_DropsScriptsStylesCommentsAndSvg_ButKeepsJsonLdAndText()
    {
        var html = Pruned();

        Assert.DoesNotContain("dataLayer", html, StringComparison.Ordinal);
        Assert.DoesNotContain("margin", html, StringComparison.Ordinal);
        Assert.DoesNotContain("comment the parser", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<path", html, StringComparison.Ordinal);
        Assert.Contains("\"headline\": \"Pruning sample\"", html, StringComparison.Ordinal);
        Assert.Contains("<p>Kept paragraph.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_StillReadsTheCanonicalUrlAmongPrunedLinks()
    {
        var html = File.ReadAllText(TestPaths.TestData("Extraction", "Pruning", "links-and-scripts.html"));

        var article = new ArticleExtractor().Extract(html, new Uri("https://pages.example.com/amp/pruning.html"));

        Assert.Equal("https://pages.example.com/articles/pruning.html", article.CanonicalUrl.AbsoluteUri);
        Assert.Equal("Kept paragraph.", article.Text);
    }
}
