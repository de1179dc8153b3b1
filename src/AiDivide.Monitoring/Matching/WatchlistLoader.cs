using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiDivide.Monitoring.Matching;

/// <summary>Reads and validates the human-edited watchlist file.</summary>
/// <remarks>
/// Every problem names the file, the entity and the field, so a typo is fixed in one go.
/// </remarks>
public static class WatchlistLoader
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static Watchlist Load(string path)
    {
        WatchlistDocument? document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonSerializer.Deserialize<WatchlistDocument>(stream, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Watchlist '{path}': line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new InvalidDataException($"Watchlist '{path}': {ex.Message}", ex);
        }

        var problems = new List<string>();
        var entities = Validate(document?.Entities ?? [], problems);
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"Watchlist '{path}': " + string.Join("; ", problems));
        }

        return new Watchlist(entities);
    }

    private static List<TrackedEntity> Validate(List<EntityDocument> entries, List<string> problems)
    {
        var entities = new List<TrackedEntity>(entries.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var where = $"entities[{i}]" + (string.IsNullOrWhiteSpace(entry.Id) ? "" : $" '{entry.Id}'");
            if (string.IsNullOrWhiteSpace(entry.Id))
            {
                problems.Add($"{where}.id is missing");
                continue;
            }

            if (!ids.Add(entry.Id))
            {
                problems.Add($"{where}.id appears twice");
            }

            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                problems.Add($"{where}.name is missing");
                continue;
            }

            var aliases = new[] { entry.Name }.Concat(entry.Aliases ?? []).Select(a => a.Trim()).Distinct(StringComparer.Ordinal).ToList();
            foreach (var alias in aliases.Where(a => FoldedText.FoldAlias(a).Length < MinimumLength(a)))
            {
                problems.Add($"{where}.aliases '{alias}' is too short to match safely");
            }

            entities.Add(new TrackedEntity(entry.Id.Trim(), entry.Name.Trim(), entry.Kind ?? EntityKind.Organisation, aliases, entry.Tags ?? []));
        }

        return entities;
    }

    // Two Han characters already name a person or a body; Latin aliases under three letters match noise.
    private static int MinimumLength(string alias) => alias.Any(c => c >= '\u2E80') ? 2 : 3;

    private sealed class WatchlistDocument
    {
        public List<EntityDocument> Entities { get; set; } = [];
    }

    private sealed class EntityDocument
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public EntityKind? Kind { get; set; }

        public List<string>? Aliases { get; set; }

        public List<string>? Tags { get; set; }
    }
}
