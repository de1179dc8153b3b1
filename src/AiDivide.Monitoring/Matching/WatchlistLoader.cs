using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiDivide.Monitoring.Matching;

/// <summary>Reads and validates the human-edited watchlist file.</summary>
/// <remarks>
/// Every problem names the file, the entity and the field, so a typo is fixed in one go. Unknown
/// fields are errors too: a misspelt "requiredContext" silently ignored would let the wrong Gerd
/// Müller through.
/// </remarks>
public static class WatchlistLoader
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static Watchlist Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Load(stream, path);
        }
        catch (IOException ex)
        {
            throw new InvalidDataException($"Watchlist '{path}': {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new InvalidDataException($"Watchlist '{path}': {ex.Message}", ex);
        }
    }

    /// <summary>Parses and validates a watchlist; <paramref name="path"/> names it in errors.</summary>
    public static Watchlist Load(Stream stream, string path)
    {
        WatchlistDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<WatchlistDocument>(stream, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Watchlist '{path}': line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}: {ex.Message}", ex);
        }

        var problems = new List<string>();
        var entities = WatchlistValidator.Validate(document?.Entities ?? [], problems);
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"Watchlist '{path}': " + string.Join("; ", problems));
        }

        return new Watchlist(entities);
    }
}
