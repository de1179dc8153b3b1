using AiDivide.Monitoring.Dedup;
using AiDivide.Monitoring.Storage;
using AiDivide.Storage.Sqlite;
using BenchmarkDotNet.Attributes;

namespace AiDivide.Benchmarks;

/// <summary>
/// Cost of one near-duplicate lookup as the number of stored fingerprints grows: the band index
/// (in memory, and the real SQLite adapter up to 100k) next to a linear scan of every signature.
/// </summary>
/// <remarks>
/// Stored fingerprints are random signatures (unrelated texts have effectively random MinHash
/// slots); the query is a near-copy of one of them (a third of its slots changed), as a syndicated
/// copy would be.
/// </remarks>
[MemoryDiagnoser]
public class StoryLookupBenchmarks
{
    private TextFingerprint[] stored = [];
    private long[] bandKeys = [];
    private int[] bandOwners = [];
    private TextFingerprint query = null!;
    private SqliteMonitorStore? store;
    private string? directory;

    [Params(10_000, 100_000, 1_000_000)]
    public int Stored { get; set; }

    [GlobalSetup(Targets = [nameof(LinearScan), nameof(BandIndexInMemory)])]
    public void Setup()
    {
        CreateFingerprints();
        // The index as a store keeps it: (band key, article) pairs ordered by key, searched per band.
        var keys = new long[stored.Length * TextFingerprint.Bands];
        var owners = new int[keys.Length];
        for (var id = 0; id < stored.Length; id++)
        {
            var bands = stored[id].BandKeys();
            for (var band = 0; band < bands.Count; band++)
            {
                keys[(id * TextFingerprint.Bands) + band] = bands[band];
                owners[(id * TextFingerprint.Bands) + band] = id;
            }
        }

        Array.Sort(keys, owners);
        (bandKeys, bandOwners) = (keys, owners);
    }

    [GlobalSetup(Target = nameof(BandIndexSqlite))]
    public void SetupSqlite()
    {
        CreateFingerprints();
        if (Stored > 100_000)
        {
            return;
        }

        directory = Path.Combine(Path.GetTempPath(), "aidivide-lookup-" + Guid.NewGuid().ToString("N"));
        store = new SqliteMonitorStore(Path.Combine(directory, "lookup.db"));
        store.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
        var at = DateTimeOffset.UnixEpoch;
        for (var id = 0; id < stored.Length; id++)
        {
            store.AddFingerprintAsync(new StoryFingerprint($"a{id}", $"a{id}", at, stored[id].ToBytes(), stored[id].BandKeys()), CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (directory is not null)
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private void CreateFingerprints()
    {
#pragma warning disable CA5394 // Not security: synthetic signatures.
        var random = new Random(7);
        stored = [.. Enumerable.Range(0, Stored).Select(_ => Random(random))];
        var copy = stored[Stored / 2].ToBytes();
        for (var i = 0; i < copy.Length; i += 12)
        {
            copy[i] ^= 0x5A;
        }
#pragma warning restore CA5394
        query = TextFingerprint.FromBytes(copy);
    }

    [Benchmark(Baseline = true)]
    public int LinearScan()
    {
        var best = -1;
        var bestSimilarity = 0.2;
        for (var id = 0; id < stored.Length; id++)
        {
            var similarity = query.Similarity(stored[id]);
            if (similarity >= bestSimilarity)
            {
                (best, bestSimilarity) = (id, similarity);
            }
        }

        return best;
    }

    [Benchmark]
    public int BandIndexInMemory()
    {
        var best = -1;
        var bestSimilarity = 0.2;
        foreach (var band in query.BandKeys())
        {
            for (var at = LowerBound(band); at < bandKeys.Length && bandKeys[at] == band; at++)
            {
                var similarity = query.Similarity(stored[bandOwners[at]]);
                if (similarity >= bestSimilarity)
                {
                    (best, bestSimilarity) = (bandOwners[at], similarity);
                }
            }
        }

        return best;
    }

    private int LowerBound(long key)
    {
        var at = Array.BinarySearch(bandKeys, key);
        if (at < 0)
        {
            return ~at;
        }

        while (at > 0 && bandKeys[at - 1] == key)
        {
            at--;
        }

        return at;
    }

    [Benchmark]
    public async Task<int> BandIndexSqlite()
    {
        if (store is null)
        {
            return -1;
        }

        var candidates = await store.FindStoryCandidatesAsync(query.BandKeys(), DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, CancellationToken.None);
        return candidates.Count(c => query.Similarity(TextFingerprint.FromBytes(c.Signature)) >= 0.2);
    }

    private static TextFingerprint Random(Random random)
    {
        var bytes = new byte[TextFingerprint.Size * sizeof(uint)];
#pragma warning disable CA5394
        random.NextBytes(bytes);
#pragma warning restore CA5394
        return TextFingerprint.FromBytes(bytes);
    }
}
