using System.Text;

namespace AiDivide.Monitoring.Feeds;

/// <summary>Rewrites ill-formed feed markup into well-formed XML, the way lenient feed readers read it.</summary>
/// <remarks>
/// One linear pass. Junk before the feed's root (PHP warnings, a second XML declaration) and after
/// it is dropped; a closing tag closes every element opened since its opening tag, and a stray one
/// is dropped; HTML void elements (<c>&lt;br&gt;</c>) are closed where they stand; whatever is still
/// open at the end (a truncated download) is closed; text escapes are handled by
/// <see cref="TextEscaper"/>; prefixes nobody declared are declared on the root. Comments,
/// processing instructions and the DOCTYPE are dropped (its plain-text entities are kept by
/// <see cref="DoctypeEntities"/>, nothing else of it is ever processed).
/// </remarks>
internal sealed class MarkupRecovery
{
    /// <summary>Elements of an item that hold only text, in RSS and Atom.</summary>
    private static readonly HashSet<string> TextOnlyElements = ["title", "link", "guid", "pubDate", "comments", "date", "id", "published", "updated"];

    /// <summary>Elements that start a new child of an item or channel.</summary>
    private static readonly HashSet<string> ItemChildElements =
        ["title", "link", "guid", "pubDate", "description", "author", "category", "comments", "enclosure", "source", "item", "entry", "id", "published", "updated", "summary", "content", "encoded", "date", "creator"];

    private readonly string text;
    private readonly RepairLog log;
    private readonly StringBuilder output;
    private readonly List<OpenElement> open = [];
    private readonly NamespaceScope namespaces = new();
    private readonly TextEscaper escaper;
    private int rootDeclarationsAt = -1;
    private bool rootClosed;

    private MarkupRecovery(string text, RepairLog log, DoctypeEntities entities)
    {
        this.text = text;
        this.log = log;
        output = new StringBuilder(text.Length + 256);
        escaper = new TextEscaper(log, entities);
    }

    public static string Recover(string text, RepairLog log)
    {
        var rootStart = FeedRoot.FindStart(text);
        var entities = DoctypeEntities.Read(text.AsSpan(0, Math.Max(rootStart, 0)), log);
        if (rootStart > 0 && FeedRoot.HasJunk(text.AsSpan(0, rootStart)))
        {
            log.Add(FeedRepairKinds.TrailingContent, "dropped content before the feed's root element");
        }

        var recovery = new MarkupRecovery(text, log, entities);
        return recovery.Run(Math.Max(rootStart, 0));
    }

    private string Run(int start)
    {
        var i = start;
        while (i < text.Length && !rootClosed)
        {
            i = text[i] switch
            {
                '<' => OnMarkup(i),
                '&' => escaper.AppendReference(output, text, i),
                _ => escaper.AppendChar(output, text, i),
            };
        }

        if (rootClosed && FeedRoot.HasJunk(text.AsSpan(i)))
        {
            log.Add(FeedRepairKinds.TrailingContent, "dropped content after the feed's root element");
        }

        CloseAllAtEnd();
        DeclareMissingPrefixes();
        return output.ToString();
    }

    private int OnMarkup(int at)
    {
        var rest = text.AsSpan(at);
        if (rest.StartsWith("<![CDATA["))
        {
            return AppendCData(at);
        }

        if (rest.StartsWith("<!--"))
        {
            return SkipPast(at + 4, "-->");
        }

        if (rest.Length > 1 && rest[1] is '!' or '?')
        {
            if (rest.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
            {
                log.Add(FeedRepairKinds.Doctype, "dropped a DOCTYPE inside the document");
            }

            return SkipPast(at + 2, rest[1] == '?' ? "?>" : ">");
        }

        if (rest.Length > 2 && rest[1] == '/' && XmlNames.IsNameStart(rest[2]))
        {
            return OnEndTag(at);
        }

        if (rest.Length > 1 && XmlNames.IsNameStart(rest[1]))
        {
            return OnStartTag(at);
        }

        log.Add(FeedRepairKinds.BareLessThan, "escaped a bare '<' in text");
        output.Append("&lt;");
        return at + 1;
    }

    private int OnStartTag(int at)
    {
        var tag = StartTag.Read(text, at, log);
        if (tag.IsTruncated)
        {
            log.Add(FeedRepairKinds.Truncated, "dropped a tag cut off by the end of the document");
            return text.Length;
        }

        CloseOpenItem(tag.Name);
        CloseOpenTextElement(tag.Name);
        var name = namespaces.Enter(tag, log);
        output.Append('<').Append(name);
        if (open.Count == 0)
        {
            rootDeclarationsAt = output.Length;
        }

        foreach (var (attributeName, value) in tag.Attributes)
        {
            output.Append(' ').Append(attributeName).Append("=\"");
            escaper.AppendAttributeValue(output, value);
            output.Append('"');
        }

        // An Atom link carries its URL in href and is always empty; an unclosed one would swallow the entry.
        var isVoid = !tag.IsSelfClosing && (XmlNames.IsHtmlVoid(name) || (LocalName(name) == "link" && tag.Attributes.Exists(a => a.Key == "href")));
        if (tag.IsSelfClosing || isVoid)
        {
            output.Append("/>");
            namespaces.Leave();
            rootClosed = open.Count == 0;
        }
        else
        {
            output.Append('>');
            open.Add(new OpenElement(name, tag.Name));
        }

        return tag.End;
    }

    private int OnEndTag(int at)
    {
        var nameLength = XmlNames.NameLength(text, at + 2);
        var written = text.Substring(at + 2, nameLength);
        var end = FeedPreScan.TagEnd(text, at);
        var index = open.FindLastIndex(element => element.Written == written);
        if (index < 0)
        {
            log.Add(FeedRepairKinds.MismatchedTag, "dropped a closing tag that closes nothing", $"</{written}>");
            return end;
        }

        if (index < open.Count - 1)
        {
            log.Add(FeedRepairKinds.MismatchedTag, "closed elements left open before a closing tag", $"<{open[^1].Written}>");
        }

        while (open.Count > index)
        {
            CloseLast();
        }

        rootClosed = open.Count == 0;
        return end;
    }

    private void CloseOpenItem(string name)
    {
        var index = XmlNames.IsItem(name) ? open.FindLastIndex(element => element.Written == name) : -1;
        if (index < 0)
        {
            return;
        }

        log.Add(FeedRepairKinds.MismatchedTag, "closed items left open before the next one", $"<{name}>");
        while (open.Count > index)
        {
            CloseLast();
        }
    }

    /// <summary>A title or link left open is closed by the next element of its item, not stretched over it.</summary>
    private void CloseOpenTextElement(string name)
    {
        if (open.Count > 0 && TextOnlyElements.Contains(LocalName(open[^1].Written)) && ItemChildElements.Contains(LocalName(name)))
        {
            log.Add(FeedRepairKinds.MismatchedTag, "closed elements left open before their next sibling", $"<{open[^1].Written}>");
            CloseLast();
        }
    }

    private static string LocalName(string name) => name[(name.IndexOf(':', StringComparison.Ordinal) + 1)..];

    private void CloseLast()
    {
        output.Append("</").Append(open[^1].Name).Append('>');
        open.RemoveAt(open.Count - 1);
        namespaces.Leave();
    }

    private void CloseAllAtEnd()
    {
        if (open.Count == 0)
        {
            return;
        }

        log.Add(FeedRepairKinds.Truncated, $"the document ends inside <{open[^1].Written}>; closed {open.Count} open elements");
        while (open.Count > 0)
        {
            CloseLast();
        }
    }

    private int AppendCData(int at)
    {
        var from = at + "<![CDATA[".Length;
        var end = text.IndexOf("]]>", from, StringComparison.Ordinal);
        if (end < 0)
        {
            log.Add(FeedRepairKinds.Truncated, "closed a CDATA section cut off by the end of the document");
            end = text.Length;
        }

        if (open.Count > 0)
        {
            output.Append("<![CDATA[");
            escaper.AppendCDataContent(output, text.AsSpan(from, end - from));
            output.Append("]]>");
        }

        return Math.Min(end + 3, text.Length);
    }

    private int SkipPast(int from, string terminator)
    {
        var end = text.IndexOf(terminator, from, StringComparison.Ordinal);
        return end < 0 ? text.Length : end + terminator.Length;
    }

    private void DeclareMissingPrefixes()
    {
        if (rootDeclarationsAt < 0 || namespaces.Undeclared.Count == 0)
        {
            return;
        }

        var declarations = new StringBuilder();
        foreach (var prefix in namespaces.Undeclared)
        {
            declarations.Append(" xmlns:").Append(prefix).Append("=\"").Append(FeedNamespaces.ForUndeclaredPrefix(prefix)).Append('"');
            log.Add(FeedRepairKinds.UndeclaredPrefix, "declared namespace prefixes the feed uses without declaring", prefix + ":");
        }

        output.Insert(rootDeclarationsAt, declarations.ToString());
    }

    private sealed record OpenElement(string Name, string Written);
}
