using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using AiDivide.Monitoring.Matching;
using BenchmarkDotNet.Attributes;

namespace AiDivide.Benchmarks;

/// <summary>
/// Matching throughput on one thread over 1 MB (UTF-8) of article text, normalisation included,
/// with 10 to 100,000 aliases; MB/s = <see cref="TextBytes"/> / mean. Beside it, in the same run,
/// .NET's <see cref="SearchValues{T}"/> of the same aliases (ordinal, ignoring case, no other
/// normalisation, counting occurrences): the ratio column compares the two on the same machine load.
/// </summary>
[MemoryDiagnoser]
public class MatchingThroughputBenchmarks
{
    /// <summary>Size of the article text in UTF-8 bytes, printed at setup to turn means into MB/s.</summary>
    public const int TextBytes = 1 << 20;

    private EntityMatcher matcher = null!;
    private SearchValues<string> searchValues = null!;
    private string text = null!;

    [Params(10, 1_000, 10_000, 100_000)]
    public int Aliases { get; set; }

    /// <summary>News-like text, or the worst case where every word is built like a name (see <see cref="SyntheticCorpus"/>).</summary>
    [Params(false, true)]
    public bool NameLike { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var aliases = SyntheticCorpus.Aliases(Aliases);
        matcher = new EntityMatcher(SyntheticCorpus.Entities(aliases));
        searchValues = SearchValues.Create([.. aliases], StringComparison.OrdinalIgnoreCase);
        text = MatchingCorpus.Text(aliases, NameLike);
        Console.WriteLine($"// {Aliases} aliases, {matcher.KeywordCount} keywords, text {Encoding.UTF8.GetByteCount(text)} UTF-8 bytes");
    }

    [Benchmark(Baseline = true)]
    public int Automaton() => matcher.Match("", text).Count;

    [Benchmark]
    public int SearchValuesPeer()
    {
        var count = 0;
        var rest = text.AsSpan();
        int found;
        while ((found = rest.IndexOfAny(searchValues)) >= 0)
        {
            count++;
            rest = rest[(found + 1)..];
        }

        return count;
    }
}

/// <summary>The same text and aliases through one .NET Regex alternation (Compiled | IgnoreCase), for comparison.</summary>
/// <remarks>
/// Only at 10 and 1,000 aliases: at 10,000 one pass over the text already takes minutes
/// (about 0.01 MB/s on this machine), so those sizes are skipped.
/// </remarks>
[MemoryDiagnoser]
public class MatchingRegexBenchmarks
{
    private Regex regex = null!;
    private string text = null!;

    [Params(10, 1_000)]
    public int Aliases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var aliases = SyntheticCorpus.Aliases(Aliases);
        regex = new Regex(string.Join('|', aliases.OrderByDescending(a => a.Length).Select(Regex.Escape)), RegexOptions.Compiled | RegexOptions.IgnoreCase);
        text = MatchingCorpus.Text(aliases, nameLike: false);
    }

    [Benchmark]
    public int RegexAlternation() => regex.Count(text);
}

/// <summary>Building the matcher (folding every alias, the automaton) for a watchlist of this size; target &lt; 200 ms at 10,000.</summary>
public class WatchlistBuildBenchmarks
{
    private IReadOnlyList<TrackedEntity> entities = null!;

    [Params(10_000, 100_000)]
    public int Aliases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        entities = SyntheticCorpus.Entities(SyntheticCorpus.Aliases(Aliases));
        _ = new EntityMatcher([entities[0]]); // the per-process character table, built once, is not part of a watchlist build
    }

    [Benchmark]
    public int Build() => new EntityMatcher(entities).KeywordCount;
}

internal static class MatchingCorpus
{
    public static string Text(IReadOnlyList<string> aliases, bool nameLike)
    {
        // Cut to 1 MB of UTF-8, whatever the mix of one-byte Latin and three-byte Chinese.
        var text = SyntheticCorpus.Article(aliases, MatchingThroughputBenchmarks.TextBytes, nameLike);
        var length = text.Length;
        while (Encoding.UTF8.GetByteCount(text.AsSpan(0, length)) > MatchingThroughputBenchmarks.TextBytes)
        {
            length -= 1024;
        }

        return text[..length];
    }
}
