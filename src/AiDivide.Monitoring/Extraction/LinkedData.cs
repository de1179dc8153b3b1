using System.Text.Json;
using AngleSharp.Dom;

namespace AiDivide.Monitoring.Extraction;

/// <summary>The page's JSON-LD objects, flattened out of arrays and <c>@graph</c>, article-typed ones first.</summary>
internal sealed class LinkedData
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private LinkedData(List<JsonElement> nodes) => Nodes = nodes;

    public IReadOnlyList<JsonElement> Nodes { get; }

    public static LinkedData Read(MarkedElements marked)
    {
        var nodes = new List<JsonElement>();
        foreach (var script in marked.LinkedDataScripts)
        {
            try
            {
                using var json = JsonDocument.Parse(Unwrap(script.TextContent), Options);
                Flatten(json.RootElement.Clone(), nodes);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the meta tags usually carry the same facts.
            }
        }

        // An article's own facts beat those of the WebPage or Organization around it.
        return new LinkedData([.. nodes.OrderBy(n => IsArticle(n) ? 0 : 1)]);
    }

    /// <summary>The first string value of <paramref name="property"/> on any node, article nodes first.</summary>
    public string? String(string property) => Nodes.Select(n => StringOf(n, property)).FirstOrDefault(v => v is not null);

    /// <summary>The names under <paramref name="property"/> (a string, an object with a name, or an array of them), joined.</summary>
    public string? Names(string property)
    {
        foreach (var node in Nodes)
        {
            if (node.TryGetProperty(property, out var value) && NamesOf(value) is { Count: > 0 } names)
            {
                return string.Join(", ", names.Distinct(StringComparer.Ordinal));
            }
        }

        return null;
    }

    private static List<string> NamesOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when value.GetString() is { Length: > 0 } name && !name.StartsWith("http", StringComparison.Ordinal) => [name.Trim()],
        JsonValueKind.Object when value.TryGetProperty("name", out var name) => NamesOf(name),
        JsonValueKind.Array => [.. value.EnumerateArray().SelectMany(NamesOf)],
        _ => [],
    };

    private static string? StringOf(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;

    private static void Flatten(JsonElement node, List<JsonElement> nodes)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                Flatten(item, nodes);
            }
        }
        else if (node.ValueKind == JsonValueKind.Object)
        {
            nodes.Add(node);
            if (node.TryGetProperty("@graph", out var graph))
            {
                Flatten(graph, nodes);
            }
        }
    }

    private static bool IsArticle(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => IsArticleType(type.GetString()),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsArticleType(t.GetString())),
            _ => false,
        };
    }

    private static bool IsArticleType(string? type) =>
        type is not null && (type.EndsWith("Article", StringComparison.Ordinal) || type is "BlogPosting" or "Report" or "LiveBlogPosting");

    // Some CMSs wrap JSON-LD in HTML comments or CDATA markers.
    private static string Unwrap(string text) =>
        text.Trim().Replace("<!--", string.Empty, StringComparison.Ordinal).Replace("-->", string.Empty, StringComparison.Ordinal)
            .Replace("//<![CDATA[", string.Empty, StringComparison.Ordinal).Replace("//]]>", string.Empty, StringComparison.Ordinal);
}
