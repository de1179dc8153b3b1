namespace AiDivide.Monitoring.Matching;

/// <summary>Collects every string the matcher looks for (aliases, context words, query terms) as unique folded keywords.</summary>
internal sealed class KeywordCatalog
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> keywords = [];
    private readonly List<List<KeywordUse>> uses = [];

    public static KeywordCatalog For(IReadOnlyList<TrackedEntity> entities)
    {
        var catalog = new KeywordCatalog();
        for (var e = 0; e < entities.Count; e++)
        {
            catalog.AddEntity(entities[e], e);
        }

        return catalog;
    }

    public IReadOnlyList<string> Keywords => keywords;

    public KeywordUse[][] Uses() => [.. uses.Select(u => u.ToArray())];

    private void AddEntity(TrackedEntity entity, int index)
    {
        if (entity.Query is { } query)
        {
            for (var t = 0; t < query.Terms.Count; t++)
            {
                Add(query.Terms[t].Folded, new KeywordUse(KeywordRole.QueryTerm, index, t));
            }

            return;
        }

        foreach (var alias in entity.Aliases)
        {
            var exact = entity.FoldDiacritics ? null : CharacterFolding.FoldKeepingDiacritics(alias);
            foreach (var variant in AliasVariants.Of(alias, entity.FoldDiacritics))
            {
                Add(variant, new KeywordUse(KeywordRole.Alias, index, ExactForm: exact));
            }
        }

        foreach (var word in entity.RequiredContext)
        {
            Add(FoldedText.FoldAlias(word), new KeywordUse(KeywordRole.RequiredContext, index));
        }

        foreach (var word in entity.ExcludedContext)
        {
            Add(FoldedText.FoldAlias(word), new KeywordUse(KeywordRole.ExcludedContext, index));
        }
    }

    private void Add(string folded, KeywordUse use)
    {
        if (folded.Length == 0)
        {
            return;
        }

        if (!ids.TryGetValue(folded, out var id))
        {
            id = keywords.Count;
            ids.Add(folded, id);
            keywords.Add(folded);
            uses.Add([]);
        }

        if (!uses[id].Contains(use))
        {
            uses[id].Add(use);
        }
    }
}
