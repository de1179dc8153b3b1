using System.Globalization;
using System.Net;
using System.Text;

namespace AiDivide.Monitoring.Feeds;

/// <summary>Writes text and attribute values as well-formed XML: entities, bare ampersands, control characters.</summary>
/// <remarks>
/// HTML named entities (<c>&amp;nbsp;</c>, <c>&amp;eacute;</c>) become the characters they name, as a
/// browser reads them; an ampersand that starts no known reference is escaped, so "AT&amp;T" and
/// "Q&amp;A" stay as written; characters XML 1.0 forbids (form feeds, NULs, lone surrogates) are dropped.
/// </remarks>
internal sealed class TextEscaper(RepairLog log, DoctypeEntities entities)
{
    private const int MaxNameLength = 32;
    private static readonly string[] LegacyNames = ["nbsp", "amp", "lt", "gt", "quot", "copy", "reg"];

    public int AppendChar(StringBuilder output, string text, int at)
    {
        var c = text[at];
        if (char.IsHighSurrogate(c) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]))
        {
            output.Append(c).Append(text[at + 1]);
            return at + 2;
        }

        if (!XmlNames.IsXmlChar(c) || char.IsSurrogate(c))
        {
            log.Add(FeedRepairKinds.ControlCharacter, "dropped characters XML does not allow", $"U+{(int)c:X4}");
        }
        else if (c == '>')
        {
            output.Append("&gt;");
        }
        else
        {
            output.Append(c);
        }

        return at + 1;
    }

    public int AppendReference(StringBuilder output, string text, int at)
    {
        var semicolon = text.IndexOf(';', at + 1, Math.Min(MaxNameLength + 2, text.Length - at - 1));
        var name = semicolon > at + 1 ? text.AsSpan(at + 1, semicolon - at - 1) : [];
        if (name.Length > 0 && name[0] == '#')
        {
            AppendCharacterReference(output, name);
            return semicolon + 1;
        }

        if (name.Length > 0 && IsName(name))
        {
            AppendNamedReference(output, name.ToString());
            return semicolon + 1;
        }

        if (LegacyEntityWithoutSemicolon(text, at) is { } legacy)
        {
            log.Add(FeedRepairKinds.HtmlEntity, "replaced HTML entities written without their semicolon", $"&{legacy}");
            AppendPlain(output, WebUtility.HtmlDecode($"&{legacy};"));
            return at + 1 + legacy.Length;
        }

        log.Add(FeedRepairKinds.BareAmpersand, "escaped bare '&' characters");
        output.Append("&amp;");
        return at + 1;
    }

    /// <summary>The few entities browsers still read without a semicolon (<c>&amp;nbsp 5</c>, <c>&amp;copy 2025</c>), when one starts here.</summary>
    private static string? LegacyEntityWithoutSemicolon(string text, int at)
    {
        foreach (var name in LegacyNames)
        {
            var end = at + 1 + name.Length;
            if (string.CompareOrdinal(text, at + 1, name, 0, name.Length) == 0 && (end >= text.Length || !char.IsAsciiLetterOrDigit(text[end])))
            {
                return name;
            }
        }

        return null;
    }

    public void AppendAttributeValue(StringBuilder output, string value)
    {
        for (var i = 0; i < value.Length;)
        {
            switch (value[i])
            {
                case '&':
                    i = AppendReference(output, value, i);
                    break;
                case '<':
                    output.Append("&lt;");
                    i++;
                    break;
                case '"':
                    output.Append("&quot;");
                    i++;
                    break;
                default:
                    i = AppendChar(output, value, i);
                    break;
            }
        }
    }

    public void AppendCDataContent(StringBuilder output, ReadOnlySpan<char> content)
    {
        foreach (var c in content)
        {
            if (XmlNames.IsXmlChar(c) || char.IsSurrogate(c))
            {
                output.Append(c);
            }
            else
            {
                log.Add(FeedRepairKinds.ControlCharacter, "dropped characters XML does not allow", $"U+{(int)c:X4}");
            }
        }
    }

    private void AppendCharacterReference(StringBuilder output, ReadOnlySpan<char> name)
    {
        var hex = name.Length > 1 && name[1] is 'x' or 'X';
        var digits = name[(hex ? 2 : 1)..];
        var valid = int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code);
        if (valid && XmlNames.IsXmlChar(code))
        {
            output.Append("&#").Append(code.ToString(CultureInfo.InvariantCulture)).Append(';');
        }
        else if (!valid)
        {
            // "&#tag;" or "&#;" is text that happens to start with an ampersand, not a reference.
            log.Add(FeedRepairKinds.BareAmpersand, "escaped bare '&' characters", $"&{name};");
            output.Append("&amp;").Append(name).Append(';');
        }
        else
        {
            log.Add(FeedRepairKinds.ControlCharacter, "dropped character references to characters XML does not allow", $"&{name};");
        }
    }

    private void AppendNamedReference(StringBuilder output, string name)
    {
        if (name is "amp" or "lt" or "gt" or "quot" or "apos")
        {
            output.Append('&').Append(name).Append(';');
        }
        else if (entities.Expand(name) is { } declared)
        {
            AppendPlain(output, declared);
        }
        else if (WebUtility.HtmlDecode($"&{name};") is { Length: <= 2 } decoded && decoded[0] != '&')
        {
            log.Add(FeedRepairKinds.HtmlEntity, "replaced HTML named entities XML does not know", $"&{name};");
            AppendPlain(output, decoded);
        }
        else
        {
            log.Add(FeedRepairKinds.BareAmpersand, "escaped references to undeclared entities", $"&{name};");
            output.Append("&amp;").Append(name).Append(';');
        }
    }

    private static void AppendPlain(StringBuilder output, string value)
    {
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => output.Append("&amp;"),
                '<' => output.Append("&lt;"),
                '>' => output.Append("&gt;"),
                '"' => output.Append("&quot;"),
                _ when XmlNames.IsXmlChar(c) || char.IsSurrogate(c) => output.Append(c),
                _ => output,
            };
        }
    }

    private static bool IsName(ReadOnlySpan<char> name)
    {
        if (!char.IsAsciiLetter(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
