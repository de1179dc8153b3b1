namespace AiDivide.Monitoring.Matching;

/// <summary>The watchlist file as written by a person, before validation.</summary>
internal sealed class WatchlistDocument
{
    public List<EntityDocument> Entities { get; set; } = [];
}

/// <summary>One entity as written in the watchlist file; every field is checked by <see cref="WatchlistValidator"/>.</summary>
internal sealed class EntityDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Kind { get; set; }

    public List<string?>? Aliases { get; set; }

    public List<string?>? RequiredContext { get; set; }

    public List<string?>? ExcludedContext { get; set; }

    public bool? FoldDiacritics { get; set; }

    public string? Query { get; set; }

    public List<string?>? Tags { get; set; }
}
