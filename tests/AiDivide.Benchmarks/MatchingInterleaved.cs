using System.Diagnostics;
using System.Text;
using AiDivide.Monitoring.Matching;

namespace AiDivide.Benchmarks;

/// <summary>
/// A check of the watchlist-size ratio that survives a loaded machine: the matchers for 10, 10,000
/// and 100,000 aliases are timed in turn, pass after pass, so a burst of load from other processes
/// hits all sizes alike (a BenchmarkDotNet run measures one size after another, minutes apart).
/// </summary>
/// <remarks>
/// Three texts. News-like: each watchlist's text mentions that watchlist's own names, so at
/// 100,000 aliases its ~500 mentions are of ~500 different entities (each a cold walk into the
/// automaton and a mention of its own) where at 10 they are of the same 10. Same text: one
/// news-like text for every size, mentioning the 10 names all the watchlists share, so only the
/// watchlist changes. Name-like: the worst case (see <see cref="SyntheticCorpus"/>).
/// </remarks>
internal static class MatchingInterleaved
{
    private const int DefaultPasses = 40;
    private const int Warmup = 30;

    /// <param name="args">Optionally <c>--passes N</c> (default 40): fewer for a quick check while tuning.</param>
    public static int Run(string[] args)
    {
        var at = Array.IndexOf(args, "--passes");
        var passes = at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : DefaultPasses;
        int[] sizes = [10, 10_000, 100_000];
        using var process = Process.GetCurrentProcess();
        foreach (var text in Enum.GetValues<TextKind>())
        {
            var label = text switch { TextKind.NewsLike => "news-like", TextKind.SameText => "same text", _ => "name-like" };

            // Built in order, so the first build also pays the once-per-process character tables; the later texts' builds are warm.
            var cases = sizes.Select(n => Case.For(n, text)).ToList();

            // Building 100,000 entities leaves hundreds of MB of garbage; collect it now rather than in the passes.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            for (var pass = 0; pass < Warmup + passes; pass++)
            {
                foreach (var c in cases)
                {
                    var cpu = process.TotalProcessorTime;
                    var clock = Stopwatch.StartNew();
                    c.Matcher.Match("", c.Text);
                    c.Times.Add(clock.Elapsed.TotalMilliseconds);
                    process.Refresh();
                    c.CpuTimes.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
                }
            }

            var baseline = cases[0].Median;
            foreach (var c in cases)
            {
                Console.WriteLine($"{label,-9} {c.Aliases,7:N0} aliases: median {c.Median,7:F2} ms = {c.Megabytes / c.Median * 1000,4:F0} MB/s, "
                    + $"best {c.Best,7:F2} ms = {c.Megabytes / c.Best * 1000,4:F0} MB/s, CPU median {c.CpuMedian,7:F2} ms = {c.Megabytes / c.CpuMedian * 1000,4:F0} MB/s, throughput vs 10 aliases {baseline / c.Median:P0}, "
                    + $"built in {c.BuildMs:F0} ms");
            }

            // The ratio target, stated once per text so the lead can read it off directly.
            var (small, large) = (cases[0], cases[^1]);
            Console.WriteLine($"{label,-9} ratio 100,000 / 10 aliases: median {small.Median / large.Median:P0}, best pass {small.Best / large.Best:P0}, "
                + $"CPU median {small.CpuMedian / large.CpuMedian:P0} (target >= 70 %)");
        }

        return 0;
    }

    // CPU time of the process during a pass, beside wall-clock time: on a loaded machine it leaves
    // out the time the thread waited for a core (it still pays for caches other processes evicted).
    private sealed record Case(int Aliases, EntityMatcher Matcher, double BuildMs, string Text, List<double> Times, List<double> CpuTimes)
    {
        public double Megabytes => Encoding.UTF8.GetByteCount(Text) / 1e6;

        public double Median => Measured[Measured.Count / 2];

        public double Best => Measured[0];

        public double CpuMedian => CpuTimes.Skip(Warmup).Order().ElementAt((CpuTimes.Count - Warmup) / 2);

        private List<double> Measured => [.. Times.Skip(Warmup).Order()];

        public static Case For(int aliases, TextKind kind)
        {
            var (names, clock) = (SyntheticCorpus.Aliases(aliases), new Stopwatch());
            var shared = SyntheticCorpus.Aliases(10);
            if (!names.Take(10).SequenceEqual(shared))
            {
                throw new InvalidOperationException("The same-text case needs every watchlist to start with the 10-alias one.");
            }

            var entities = SyntheticCorpus.Entities(names);
            clock.Start();
            var matcher = new EntityMatcher(entities);
            var built = clock.Elapsed.TotalMilliseconds;
            var text = MatchingCorpus.Text(kind == TextKind.SameText ? shared : names, kind == TextKind.NameLike);
            return new Case(aliases, matcher, built, text, [], []);
        }
    }

    private enum TextKind
    {
        NewsLike,
        SameText,
        NameLike,
    }
}
