using System.Net;
using System.Text.RegularExpressions;

namespace AiDivide.Monitoring.Feeds;

/// <summary>The plain-text entities a DOCTYPE declares; the rest of the DTD is never processed.</summary>
/// <remarks>
/// Like Python's feedparser, an entity whose value is plain text (or one character reference) is
/// kept; entities that refer to other entities (billion laughs), external entities (XXE) and
/// parameter entities are dropped, so their references stay literal text. Expansion is capped
/// in total, so even plain entities cannot inflate a document.
/// </remarks>
internal sealed partial class DoctypeEntities
{
    public const int MaxExpandedCharacters = 1_000_000;
    private const int MaxValueLength = 1024;

    private readonly Dictionary<string, string> values;
    private int expanded;

    private DoctypeEntities(Dictionary<string, string> values) => this.values = values;

    public static DoctypeEntities Read(ReadOnlySpan<char> prologue, RepairLog log)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var doctype = prologue.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (doctype < 0)
        {
            return new DoctypeEntities(values);
        }

        var declarations = prologue[doctype..].ToString();
        var dropped = 0;
        foreach (Match match in EntityDeclaration().Matches(declarations))
        {
            var value = match.Groups["value"];
            if (value.Success && value.Length <= MaxValueLength && !value.Value.Contains('%', StringComparison.Ordinal)
                && (!value.Value.Contains('&', StringComparison.Ordinal) || CharacterReference().IsMatch(value.Value)))
            {
                values.TryAdd(match.Groups["name"].Value, WebUtility.HtmlDecode(value.Value));
            }
            else
            {
                dropped++;
            }
        }

        var detail = dropped > 0
            ? $"dropped the DOCTYPE without processing it; {dropped} nested, external or parameter entities left unexpanded"
            : "dropped the DOCTYPE without processing it";
        log.Add(FeedRepairKinds.Doctype, detail);
        return new DoctypeEntities(values);
    }

    /// <summary>The value of a declared plain-text entity, while the expansion budget lasts.</summary>
    public string? Expand(string name)
    {
        if (!values.TryGetValue(name, out var value) || expanded + value.Length > MaxExpandedCharacters)
        {
            return null;
        }

        expanded += value.Length;
        return value;
    }

    [GeneratedRegex("""<!ENTITY\s+(?<name>[A-Za-z_][\w.-]*)\s+(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?:SYSTEM|PUBLIC)[^>]*)\s*>""", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EntityDeclaration();

    [GeneratedRegex("^&#(?:[0-9]{1,7}|x[0-9A-Fa-f]{1,6});$", RegexOptions.CultureInvariant)]
    private static partial Regex CharacterReference();
}
