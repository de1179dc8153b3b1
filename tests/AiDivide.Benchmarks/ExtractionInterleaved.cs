using System.Diagnostics;
using AiDivide.Monitoring.Extraction;
using AngleSharp.Html.Parser;

namespace AiDivide.Benchmarks;

/// <summary>
/// The SmartReader ratio measured so that it survives a loaded machine: SmartReader, AngleSharp's parse
/// alone and our extractor each take the 60 dev pages in turn, round after round, and the ratio is taken
/// within each round (a BenchmarkDotNet run measures one method after another, minutes apart, so a burst
/// of load from other processes can land on one side only).
/// </summary>
internal static class ExtractionInterleaved
{
    private const int Rounds = 25;
    private const int Warmup = 3;

    public static int Run()
    {
        var pages = DevPages.Load();
        var extractor = new ArticleExtractor();
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var smart = new List<double>();
        var parse = new List<double>();
        var ours = new List<double>();
        var ratios = new List<double>();
        long smartBytes = 0, oursBytes = 0;
        for (var round = 0; round < Warmup + Rounds; round++)
        {
            var (smartMs, smartAllocated) = Time(pages, page => new SmartReader.Reader(page.Url.AbsoluteUri, page.Html).GetArticle().TextContent?.Length ?? 0);
            var (parseMs, _) = Time(pages, page => { using var document = parser.ParseDocument(page.Html); return document.All.Length; });
            var (oursMs, oursAllocated) = Time(pages, page => extractor.Extract(page.Html, page.Url).Text.Length);
            if (round >= Warmup)
            {
                smart.Add(smartMs);
                parse.Add(parseMs);
                ours.Add(oursMs);
                ratios.Add(smartMs / oursMs);
                (smartBytes, oursBytes) = (smartAllocated, oursAllocated);
            }
        }

        Console.WriteLine($"{pages.Count} dev pages, {Rounds} interleaved rounds after {Warmup} warm-up rounds, one thread, ms per page:");
        Console.WriteLine($"  SmartReader       median {Median(smart),6:F2}  best {smart.Min(),6:F2}  allocated {smartBytes / 1024,6:N0} KB/page");
        Console.WriteLine($"  AngleSharp parse  median {Median(parse),6:F2}  best {parse.Min(),6:F2}");
        Console.WriteLine($"  ArticleExtractor  median {Median(ours),6:F2}  best {ours.Min(),6:F2}  allocated {oursBytes / 1024,6:N0} KB/page");
        var sorted = ratios.Order().ToList();
        Console.WriteLine($"  throughput vs SmartReader, per round: median {Median(ratios):F2}x, quartiles {sorted[sorted.Count / 4]:F2}x-{sorted[sorted.Count * 3 / 4]:F2}x, "
            + $"worst {sorted[0]:F2}x; best-vs-best {smart.Min() / ours.Min():F2}x");
        return 0;
    }

    private static (double MillisecondsPerPage, long BytesPerPage) Time(IReadOnlyList<(string Html, Uri Url)> pages, Func<(string Html, Uri Url), int> work)
    {
        var sink = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        foreach (var page in pages)
        {
            sink += work(page);
        }

        var elapsed = clock.Elapsed.TotalMilliseconds;
        GC.KeepAlive(sink);
        return (elapsed / pages.Count, (GC.GetAllocatedBytesForCurrentThread() - before) / pages.Count);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
