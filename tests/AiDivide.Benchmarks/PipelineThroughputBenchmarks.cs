using AiDivide.Monitoring.Dedup;
using AiDivide.Monitoring.Extraction;
using AiDivide.Monitoring.Matching;
using AiDivide.Monitoring.Storage;
using AiDivide.Storage.Sqlite;
using BenchmarkDotNet.Attributes;

namespace AiDivide.Benchmarks;

/// <summary>
/// Articles per second through decode → extract → canonicalise → match → store, from local files,
/// next to extraction alone (the baseline) so the ratio shows what the rest of the pipeline costs.
/// </summary>
/// <remarks>One operation is one pass over every sample page; divide the page count by the mean for articles/s.</remarks>
[MemoryDiagnoser]
public class PipelineThroughputBenchmarks
{
    private readonly ArticleExtractor extractor = new();
    private (byte[] Body, Uri Url)[] pages = [];
    private EntityMatcher matcher = null!;
    private SqliteMonitorStore store = null!;
    private string directory = null!;
    private long run;

    [GlobalSetup]
    public void Setup()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Pages");
        pages = [.. Directory.GetFiles(root, "*.html").Order().Select(f => (File.ReadAllBytes(f), new Uri($"https://news.example.com/{Path.GetFileName(f)}")))];
        matcher = WatchlistLoader.Load(Path.Combine(AppContext.BaseDirectory, "watchlist.json")).Matcher;
        directory = Path.Combine(Path.GetTempPath(), "aidivide-bench-" + Guid.NewGuid().ToString("N"));
        store = new SqliteMonitorStore(Path.Combine(directory, "bench.db"));
        store.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
        Console.WriteLine($"// {pages.Length} pages, {pages.Sum(p => p.Body.Length) / 1024} KB");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public int ExtractOnly()
    {
        var characters = 0;
        foreach (var (body, url) in pages)
        {
            characters += extractor.Extract(PageDecoder.Decode(body, "utf-8"), url).Text.Length;
        }

        return characters;
    }

    [Benchmark]
    public async Task<int> FullPipeline()
    {
        var mentions = 0;
        var now = DateTimeOffset.UnixEpoch;
        foreach (var (body, url) in pages)
        {
            var article = extractor.Extract(PageDecoder.Decode(body, "utf-8"), url);
            // A fresh key per run so every store is a real insert, as for a new article.
            var key = UrlCanonicalizer.Key(new Uri(article.CanonicalUrl, "?run=" + Interlocked.Increment(ref run)));
            if (await store.FindArticleKeyAsync(key, CancellationToken.None) is not null)
            {
                continue;
            }

            await store.TryAddArticleAsync(new StoredArticle(key, article, "bench", now, null), CancellationToken.None);
            foreach (var mention in matcher.Match(article.Title, article.Text))
            {
                mentions += await store.TryAddMentionAsync(new MentionRecord(mention.Entity.Id, key, key, mention.Count, mention.Snippet, now), CancellationToken.None) ? 1 : 0;
            }

            await store.MarkArticleMatchedAsync(key, now, CancellationToken.None);
        }

        return mentions;
    }
}
