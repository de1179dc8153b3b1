using System.Globalization;
using System.Xml.Linq;

namespace AiDivide.Monitoring.Feeds;

/// <summary>Turns fetched feed bytes into <see cref="FeedEntry"/>s: CodeHollow.FeedReader for the feed, wrapped so that every feed a lenient reader can read is read.</summary>
/// <remarks>
/// Stages, each in its own type: decode (<see cref="FeedTextDecoder"/>), refuse hostile shapes
/// (<see cref="FeedPreScan"/>), load strictly and, if that fails, repair (<see cref="MarkupRecovery"/>),
/// reshape (<see cref="FeedStructure"/>), read with FeedReader (<see cref="WellFormedFeedReader"/>),
/// then take links, ids and dates ourselves (<see cref="EntryReader"/>). JSON Feed goes to
/// <see cref="JsonFeedReader"/>. FeedReader only ever sees bytes we fetched, turned into text we
/// checked: its own downloader has no limits, and it would process a DTD.
/// </remarks>
public sealed class FeedParser
{
    public FeedParseResult Parse(byte[] body, Uri feedUrl) => Parse(body, feedUrl, null);

    /// <param name="charset">The charset parameter of the response's Content-Type, if any.</param>
    public FeedParseResult Parse(byte[] body, Uri feedUrl, string? charset)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length == 0)
        {
            return FeedParseResult.Failed("empty response");
        }

        var log = new RepairLog();
        var decoded = FeedTextDecoder.Decode(body, charset);
        if (decoded.Repair is { } charsetRepair)
        {
            log.Add(charsetRepair);
        }

        var encoding = $"{decoded.EncodingName} ({decoded.Source})";
        var result = ParseText(decoded.Text, feedUrl, log);
        return result with { Encoding = encoding, Repairs = [.. log.ToList(), .. result.Repairs] };
    }

    private static FeedParseResult ParseText(string text, Uri feedUrl, RepairLog log)
    {
        if (JsonFeedReader.LooksLikeJson(text))
        {
            return JsonFeedReader.Read(text, feedUrl);
        }

        if (FeedPreScan.FindHostileShape(text, out var isWellNested) is { } refusal)
        {
            return FeedParseResult.Failed(refusal);
        }

        if (LooksLikeHtml(text))
        {
            return FeedParseResult.Failed("not a feed: the response is an HTML page");
        }

        var strictText = FeedXml.WithoutDeclaration(text);
        string? error = null;
        string? strictError = "tags that do not nest";
        var document = (isWellNested ? FeedXml.TryLoad(strictText, out strictError) : null) ?? Recover(text, log, strictError, out error);
        if (document is null)
        {
            return FeedParseResult.Failed(error!);
        }

        if (FeedStructure.Normalize(document, log) is not { } kind)
        {
            var root = document.Root?.Name.LocalName;
            return FeedParseResult.Failed(root is "html" ? "not a feed: the response is an HTML page" : $"not a feed: the root element is <{root}>");
        }

        var untouched = log.IsEmpty && !strictText.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) ? strictText : null;
        return ReadEntries(document, untouched, kind, feedUrl, log);
    }

    private static XDocument? Recover(string text, RepairLog log, string? strictError, out string? error)
    {
        error = null;
        if (FeedRoot.FindStart(text) < 0)
        {
            error = $"not a feed: no <rss>, <feed>, <rdf:RDF> or <channel> element in a document that is not XML ({strictError})";
            return null;
        }

        var repaired = MarkupRecovery.Recover(text, log);
        var document = FeedXml.TryLoad(repaired, out var repairError);
        if (document is null)
        {
            error = $"malformed XML at {strictError}; still malformed after repair at {repairError}";
        }

        return document;
    }

    private static FeedParseResult ReadEntries(XDocument document, string? originalText, FeedKind kind, Uri feedUrl, RepairLog log)
    {
        var root = document.Root!;
        var elements = FeedElements.Items(root);
        // The original text when it needs nothing from us (no serialisation cost); our document as we
        // wrote it otherwise, or when FeedReader's settings are stricter than ours (&#X2019;).
        string? failure = null;
        var (readerTitle, readerItems) = originalText is null ? (null, null) : WellFormedFeedReader.TryRead(originalText, out failure);
        if (readerItems is null)
        {
            (readerTitle, readerItems) = WellFormedFeedReader.TryRead(document.ToString(SaveOptions.DisableFormatting), out failure);
        }

        List<FeedEntry> entries;
        if (readerItems is not null && readerItems.Count == elements.Count)
        {
            entries = [.. readerItems.Select(pair => EntryReader.Read(pair.Element, feedUrl, pair.Item.Title, pair.Item.Description))];
        }
        else
        {
            var why = failure ?? $"FeedReader found {readerItems?.Count ?? 0} of {elements.Count} items";
            log.Add(FeedRepairKinds.Structure, $"read the {kind.ToString().ToUpperInvariant()} items directly ({why})");
            entries = [.. elements.Select(element => EntryReader.Read(element, feedUrl, null, null))];
        }

        var title = EntryReader.CleanTitle(EntryReader.FirstNonEmpty(readerTitle, FeedElements.FeedTitle(root)));
        return new FeedParseResult(title, entries, null) { TimeToLive = FeedUpdateHints.TimeToLive(root), UpdatePeriod = FeedUpdateHints.UpdatePeriod(root) };
    }

    private static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 512)).TrimStart("\uFEFF \t\r\n");
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    internal static string Describe(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture) ?? "";
}
