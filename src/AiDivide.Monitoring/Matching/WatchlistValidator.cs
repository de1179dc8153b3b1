using AiDivide.Monitoring.Matching.Queries;

namespace AiDivide.Monitoring.Matching;

/// <summary>Checks every field of every watchlist entity and reports each problem as <c>entities[i] 'id'.field problem</c>.</summary>
internal static class WatchlistValidator
{
    public static List<TrackedEntity> Validate(List<EntityDocument> entries, List<string> problems)
    {
        var entities = new List<TrackedEntity>(entries.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var owners = new Dictionary<string, TrackedEntity>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var where = $"entities[{i}]" + (string.IsNullOrWhiteSpace(entry.Id) ? "" : $" '{entry.Id.Trim()}'");
            if (!string.IsNullOrWhiteSpace(entry.Id) && !ids.Add(entry.Id.Trim()))
            {
                problems.Add($"{where}.id appears twice");
            }

            if (ToEntity(entry, where, problems) is not { } entity)
            {
                continue;
            }

            CheckSharedAliases(entity, where, owners, problems);
            entities.Add(entity);
        }

        return entities;
    }

    private static TrackedEntity? ToEntity(EntityDocument entry, string where, List<string> problems)
    {
        var before = problems.Count;
        if (string.IsNullOrWhiteSpace(entry.Id))
        {
            problems.Add($"{where}.id is missing");
        }
        else if (!entry.Id.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            problems.Add($"{where}.id may only contain ASCII letters, digits, '-', '_' and '.'");
        }

        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            problems.Add($"{where}.name is missing");
        }

        var kind = Kind(entry.Kind, where, problems);
        var query = Query(entry, where, problems);
        var required = Words(entry.RequiredContext, where + ".requiredContext", problems);
        var excluded = Words(entry.ExcludedContext, where + ".excludedContext", problems);
        var tags = Words(entry.Tags, where + ".tags", problems);
        var names = query is null ? new[] { entry.Name }.Concat(entry.Aliases ?? []) : entry.Aliases ?? [];
        var aliases = Words(names.ToList(), where + ".aliases", problems);
        CheckAliasLengths(aliases, required.Count > 0, where, problems);
        if (problems.Count > before)
        {
            return null;
        }

        return new TrackedEntity(entry.Id!.Trim(), entry.Name!.Trim(), kind, aliases, tags)
        {
            RequiredContext = required,
            ExcludedContext = excluded,
            FoldDiacritics = entry.FoldDiacritics ?? true,
            Query = query,
        };
    }

    private static EntityKind Kind(string? kind, string where, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(kind))
        {
            return EntityKind.Organisation;
        }

        if (Enum.TryParse<EntityKind>(kind.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        problems.Add($"{where}.kind '{kind}' is not one of person, organisation, event, topic");
        return EntityKind.Organisation;
    }

    private static TopicQuery? Query(EntityDocument entry, string where, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(entry.Query))
        {
            return null;
        }

        if (entry.Aliases is { Count: > 0 })
        {
            problems.Add($"{where}.aliases cannot be used with a query: write the aliases into the query as OR terms");
        }

        if (entry.RequiredContext is { Count: > 0 } || entry.ExcludedContext is { Count: > 0 })
        {
            problems.Add($"{where}.query cannot be combined with requiredContext or excludedContext: use AND and -exclude in the query");
        }

        try
        {
            return TopicQuery.Parse(entry.Query);
        }
        catch (QuerySyntaxException ex)
        {
            problems.Add($"{where}.query {ex.Message} in '{entry.Query}'");
            return null;
        }
    }

    private static List<string> Words(List<string?>? values, string where, List<string> problems)
    {
        var words = new List<string>();
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            var value = values![i]?.Trim();
            if (string.IsNullOrEmpty(value) || FoldedText.FoldAlias(value).Length == 0)
            {
                problems.Add($"{where}[{i}] is empty");
            }
            else if (!words.Contains(value, StringComparer.Ordinal))
            {
                words.Add(value);
            }
        }

        return words;
    }

    private static void CheckAliasLengths(List<string> aliases, bool hasContext, string where, List<string> problems)
    {
        foreach (var alias in aliases)
        {
            var folded = FoldedText.FoldAlias(alias);
            var han = folded.Count(c => c >= '\u2E80');
            if (han == 0 && folded.Length < 3)
            {
                problems.Add($"{where}.aliases '{alias}' is too short to match safely (Latin-script aliases need 3 characters)");
            }
            else if (han > 0 && folded.Length < 2)
            {
                problems.Add($"{where}.aliases '{alias}' is too short to match safely (one Chinese character)");
            }
            else if (han > 0 && folded.Length == 2 && !hasContext)
            {
                // Chinese has no spaces: 海涛 occurs inside 上海涛声依旧. Two characters need context to be trusted.
                problems.Add($"{where}.aliases '{alias}' is two Chinese characters, which occur inside other words; add requiredContext or use a longer alias");
            }
        }
    }

    private static void CheckSharedAliases(TrackedEntity entity, string where, Dictionary<string, TrackedEntity> owners, List<string> problems)
    {
        foreach (var alias in entity.Aliases)
        {
            var folded = FoldedText.FoldAlias(alias);
            if (!owners.TryAdd(folded, entity) && owners[folded] is var other && other.Id != entity.Id && !HasContext(other) && !HasContext(entity))
            {
                problems.Add($"{where}.aliases '{alias}' is also an alias of '{other.Id}'; give one of them requiredContext or excludedContext to tell them apart");
            }
        }
    }

    private static bool HasContext(TrackedEntity entity) => entity.RequiredContext.Count > 0 || entity.ExcludedContext.Count > 0;
}
