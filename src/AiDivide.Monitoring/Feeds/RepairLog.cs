namespace AiDivide.Monitoring.Feeds;

/// <summary>Counts the repairs of one parse by kind, with a few examples of each, for <see cref="FeedParseResult.Repairs"/>.</summary>
internal sealed class RepairLog
{
    private const int MaxExamples = 3;
    private readonly List<string> order = [];
    private readonly Dictionary<string, (int Count, string Description, List<string> Examples)> byKind = new(StringComparer.Ordinal);

    public bool IsEmpty => order.Count == 0;

    public void Add(string kind, string description, string? example = null)
    {
        if (!byKind.TryGetValue(kind, out var entry))
        {
            order.Add(kind);
            entry = (0, description, []);
        }

        if (example is not null && entry.Examples.Count < MaxExamples && !entry.Examples.Contains(example))
        {
            entry.Examples.Add(example);
        }

        byKind[kind] = (entry.Count + 1, entry.Description, entry.Examples);
    }

    public void Add(FeedRepair repair) => Add(repair.Kind, repair.Detail);

    public IReadOnlyList<FeedRepair> ToList() => [.. order.Select(Describe)];

    private FeedRepair Describe(string kind)
    {
        var (count, description, examples) = byKind[kind];
        var times = count > 1 ? $" ({count}×)" : "";
        var sample = examples.Count > 0 ? $", e.g. {string.Join(", ", examples)}" : "";
        return new FeedRepair(kind, description + times + sample);
    }
}
