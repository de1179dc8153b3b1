using AiDivide.Monitoring.Matching;

namespace AiDivide.Benchmarks;

/// <summary>How much memory a built matcher keeps for the life of a watchlist, at 10,000 and 100,000 aliases.</summary>
/// <remarks>
/// Retained, not allocated: BenchmarkDotNet's memory diagnoser counts what a build allocates,
/// including the scaffolding it drops. Measured as the managed heap after a full collection with
/// the matcher alive, minus before it was built.
/// </remarks>
internal static class MatchingMemory
{
    public static int Run()
    {
        // The per-process character tables are not part of a watchlist.
        _ = new EntityMatcher(SyntheticCorpus.Entities(SyntheticCorpus.Aliases(1)));
        foreach (var size in new[] { 10_000, 100_000 })
        {
            var entities = SyntheticCorpus.Entities(SyntheticCorpus.Aliases(size));
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var matcher = new EntityMatcher(entities);
            var after = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine($"{size,7:N0} aliases, {matcher.KeywordCount:N0} keywords: matcher retains {(after - before) / 1e6:F1} MB");
            GC.KeepAlive(matcher);
        }

        return 0;
    }
}
