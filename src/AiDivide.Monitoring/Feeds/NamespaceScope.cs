namespace AiDivide.Monitoring.Feeds;

/// <summary>Tracks the namespace prefixes in scope while the repair pass writes elements, and those used undeclared.</summary>
internal sealed class NamespaceScope
{
    private readonly Dictionary<string, int> declared = new(StringComparer.Ordinal) { ["xml"] = 1, ["xmlns"] = 1 };
    private readonly Stack<List<string>> frames = new();

    /// <summary>Prefixes used somewhere without a declaration in scope; the repair declares them on the root.</summary>
    public SortedSet<string> Undeclared { get; } = new(StringComparer.Ordinal);

    /// <summary>Opens the tag's scope and returns the element name to write (malformed names are mended).</summary>
    public string Enter(StartTag tag, RepairLog log)
    {
        var frame = new List<string>();
        tag.Attributes.RemoveAll(attribute => IsBadDeclaration(attribute, log));
        foreach (var (name, _) in tag.Attributes)
        {
            if (name.StartsWith("xmlns:", StringComparison.Ordinal))
            {
                var prefix = name["xmlns:".Length..];
                declared[prefix] = declared.GetValueOrDefault(prefix) + 1;
                frame.Add(prefix);
            }
        }

        frames.Push(frame);
        foreach (var (name, _) in tag.Attributes)
        {
            Use(name);
        }

        var elementName = MendName(tag.Name, log);
        Use(elementName);
        return elementName;
    }

    public void Leave()
    {
        foreach (var prefix in frames.Pop())
        {
            declared[prefix]--;
        }
    }

    private void Use(string name)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && !name.StartsWith("xmlns", StringComparison.Ordinal))
        {
            var prefix = name[..colon];
            if (declared.GetValueOrDefault(prefix) <= 0)
            {
                Undeclared.Add(prefix);
            }
        }
    }

    private static string MendName(string name, RepairLog log)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || (colon > 0 && colon < name.Length - 1 && name.IndexOf(':', colon + 1) < 0))
        {
            return name;
        }

        log.Add(FeedRepairKinds.MismatchedTag, "mended element names with misplaced colons", name);
        var mended = name.Trim(':').Replace(':', '_');
        return mended.Length == 0 ? "_" : mended;
    }

    private static bool IsBadDeclaration(KeyValuePair<string, string> attribute, RepairLog log)
    {
        // xmlns:p="" is not allowed in XML 1.0, and xml/xmlns prefixes cannot be rebound.
        var bad = (attribute.Key.StartsWith("xmlns:", StringComparison.Ordinal) && attribute.Value.Length == 0)
                  || attribute.Key is "xmlns:xml" or "xmlns:xmlns";
        if (bad)
        {
            log.Add(FeedRepairKinds.Attribute, "dropped invalid namespace declarations", attribute.Key);
        }

        return bad;
    }
}
