using AiDivide.Monitoring.Extraction;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;

namespace AiDivide.Benchmarks;

/// <summary>
/// Milliseconds and bytes per page to parse and extract the 60 dev pages on one thread: our extractor against
/// SmartReader (Readability ported to C#, also on AngleSharp) in the same run.
/// </summary>
/// <remarks>One operation is one page: each invocation extracts every page and reports per page.</remarks>
[MemoryDiagnoser]
[MedianColumn]
public class ExtractionBenchmarks
{
    private const int PageCount = 60;

    private readonly ArticleExtractor extractor = new();
    private readonly HtmlParser parser = new(new HtmlParserOptions { IsScripting = false });
    private IReadOnlyList<(string Html, Uri Url)> pages = [];

    [GlobalSetup]
    public void Setup()
    {
        pages = DevPages.Load();
        if (pages.Count != PageCount)
        {
            throw new InvalidOperationException($"Expected {PageCount} dev pages, found {pages.Count}.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = PageCount)]
    public int SmartReader()
    {
        var characters = 0;
        foreach (var (html, url) in pages)
        {
            characters += new SmartReader.Reader(url.AbsoluteUri, html).GetArticle().TextContent?.Length ?? 0;
        }

        return characters;
    }

    /// <summary>AngleSharp's parse alone: the floor under both extractors.</summary>
    [Benchmark(OperationsPerInvoke = PageCount)]
    public int ParseOnly()
    {
        var elements = 0;
        foreach (var (html, _) in pages)
        {
            using var document = parser.ParseDocument(html);
            elements += document.All.Length;
        }

        return elements;
    }

    [Benchmark(OperationsPerInvoke = PageCount)]
    public int ArticleExtractor()
    {
        var characters = 0;
        foreach (var (html, url) in pages)
        {
            characters += extractor.Extract(html, url).Text.Length;
        }

        return characters;
    }
}
