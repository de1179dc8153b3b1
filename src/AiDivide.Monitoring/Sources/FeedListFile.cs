using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiDivide.Monitoring.Sources;

/// <summary>The feed list file, edited in place: feeds added and removed, every other field of every entry kept.</summary>
/// <remarks>
/// Edits go through <see cref="JsonNode"/> rather than <see cref="FeedDefinition"/>, so fields this
/// code does not know (added by other features, or by hand) survive. Comments do not: JSON has no
/// place to keep them once parsed. The file is written to a temporary file and moved into place, so
/// the daemon, which rereads it every cycle, never sees half a list; the result is checked with
/// <see cref="FeedListLoader"/> before it replaces the old one.
/// </remarks>
public sealed class FeedListFile
{
    private static readonly JsonDocumentOptions ReadOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly JsonObject document;
    private readonly JsonArray feeds;

    private FeedListFile(string path, JsonObject document)
    {
        Path = path;
        this.document = document;
        feeds = document["feeds"] as JsonArray ?? [];
        document["feeds"] = feeds;
    }

    public string Path { get; }

    /// <summary>Reads the file; a missing file is an empty list, to be created on <see cref="Save"/>.</summary>
    public static FeedListFile Open(string path)
    {
        if (!File.Exists(path))
        {
            return new FeedListFile(path, []);
        }

        try
        {
            var node = JsonNode.Parse(File.ReadAllText(path), documentOptions: ReadOptions);
            return new FeedListFile(path, node as JsonObject ?? throw new InvalidDataException($"Feed list '{path}': the top level is not a JSON object."));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Feed list '{path}': {ex.Message}", ex);
        }
    }

    /// <summary>The feeds as the daemon reads them (ids derived where none is given).</summary>
    public IReadOnlyList<FeedDefinition> Feeds => FeedListLoader.Parse(feeds.ToJsonString(), Path);

    /// <summary>The configured feed with this id or URL, or null.</summary>
    public FeedDefinition? Find(string idOrUrl) =>
        Feeds.FirstOrDefault(f => f.Id == idOrUrl || SameUrl(f.Url, idOrUrl));

    /// <summary>Appends a feed unless its URL is listed already; false when it was.</summary>
    public bool Add(Uri url, string? title)
    {
        if (Feeds.Any(f => f.Url == url))
        {
            return false;
        }

        var entry = new JsonObject { ["url"] = url.AbsoluteUri };
        if (!string.IsNullOrWhiteSpace(title))
        {
            entry["title"] = title.Trim();
        }

        feeds.Add(entry);
        return true;
    }

    /// <summary>Removes the feed with this id or URL; returns it, or null when none matched.</summary>
    public FeedDefinition? Remove(string idOrUrl)
    {
        var definitions = Feeds;
        var index = definitions.ToList().FindIndex(f => f.Id == idOrUrl || SameUrl(f.Url, idOrUrl));
        if (index < 0)
        {
            return null;
        }

        feeds.RemoveAt(index);
        return definitions[index];
    }

    /// <summary>Writes the list back, after checking that the daemon can read it.</summary>
    public void Save()
    {
        var text = document.ToJsonString(WriteOptions) + Environment.NewLine;
        FeedListLoader.Parse(feeds.ToJsonString(), Path);
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        Directory.CreateDirectory(directory);
        var temporary = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(Path)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temporary, text);
        File.Move(temporary, Path, overwrite: true);
    }

    private static bool SameUrl(Uri url, string candidate) =>
        Uri.TryCreate(candidate, UriKind.Absolute, out var other) && url == other;
}
