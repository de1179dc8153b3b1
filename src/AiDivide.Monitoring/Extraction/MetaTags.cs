using AngleSharp.Dom;

namespace AiDivide.Monitoring.Extraction;

/// <summary>The page's <c>meta</c> tags by name, property, itemprop or http-equiv (case-insensitive), read in one pass.</summary>
/// <remarks>A dozen date and author conventions are tried per page; a lookup table spares a document walk for each.</remarks>
internal sealed class MetaTags
{
    private readonly Dictionary<string, string> contents = new(StringComparer.OrdinalIgnoreCase);

    public MetaTags(IEnumerable<IElement> metaElements)
    {
        foreach (var meta in metaElements)
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var key in (ReadOnlySpan<string>)["name", "property", "itemprop", "http-equiv"])
            {
                if (meta.GetAttribute(key) is { Length: > 0 } name)
                {
                    contents.TryAdd(name.Trim(), content);
                }
            }
        }
    }

    public string? this[string key] => contents.GetValueOrDefault(key);

    /// <summary>The first of <paramref name="keys"/> the page has, whitespace collapsed.</summary>
    public string? First(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (contents.TryGetValue(key, out var value))
            {
                return MetadataReader.Normalize(value);
            }
        }

        return null;
    }
}
