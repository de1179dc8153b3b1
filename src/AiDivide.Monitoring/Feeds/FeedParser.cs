using System.Globalization;
using System.Text;
using System.Xml;
using CodeHollow.FeedReader;

namespace AiDivide.Monitoring.Feeds;

/// <summary>Turns fetched feed bytes into <see cref="FeedEntry"/>s with CodeHollow.FeedReader.</summary>
/// <remarks>
/// FeedReader only ever sees bytes we fetched: its own downloader has no size or time limits.
/// Documents that declare entities are refused before parsing (billion laughs, XXE).
/// </remarks>
public sealed class FeedParser
{
    private static readonly byte[] EntityDeclaration = "<!ENTITY"u8.ToArray();

    public FeedParseResult Parse(byte[] body, Uri feedUrl)
    {
        if (body.Length == 0)
        {
            return FeedParseResult.Failed("empty response");
        }

        if (body.AsSpan().IndexOf(EntityDeclaration) >= 0)
        {
            return FeedParseResult.Failed("refused: the document declares XML entities");
        }

        if (LooksLikeHtml(body))
        {
            return FeedParseResult.Failed("not a feed: the response is an HTML page");
        }

        Feed feed;
        try
        {
            feed = FeedReader.ReadFromByteArray(body);
        }
        catch (XmlException ex)
        {
            return FeedParseResult.Failed($"malformed XML at line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message}");
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException or NullReferenceException
                                        or CodeHollow.FeedReader.Parser.FeedTypeNotSupportedException)
        {
            // FeedReader signals unknown roots and some structural problems with these.
            return FeedParseResult.Failed($"not a readable feed: {ex.Message}");
        }

        if (feed.Type == FeedType.Unknown)
        {
            return FeedParseResult.Failed("not a feed: unknown document type");
        }

        var entries = new List<FeedEntry>(feed.Items.Count);
        foreach (var item in feed.Items)
        {
            var link = ResolveLink(item.Link, feedUrl);
            var id = FirstNonEmpty(item.Id, link?.AbsoluteUri, item.Title);
            if (id is null)
            {
                continue;
            }

            entries.Add(new FeedEntry(id, link, Clean(item.Title), ToOffset(item.PublishingDate), item.Description));
        }

        return new FeedParseResult(Clean(feed.Title), entries, null);
    }

    private static Uri? ResolveLink(string? link, Uri feedUrl)
    {
        if (string.IsNullOrWhiteSpace(link) || !Uri.TryCreate(feedUrl, link.Trim(), out var resolved))
        {
            return null;
        }

        return resolved.Scheme == Uri.UriSchemeHttp || resolved.Scheme == Uri.UriSchemeHttps ? resolved : null;
    }

    private static DateTimeOffset? ToOffset(DateTime? value)
    {
        if (value is not { } date)
        {
            return null;
        }

        // FeedReader hands back local or unspecified kinds depending on the source string; unspecified is read as UTC.
        return date.Kind == DateTimeKind.Unspecified
            ? new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc))
            : new DateTimeOffset(date).ToUniversalTime();
    }

    private static string Clean(string? text) => string.IsNullOrWhiteSpace(text) ? string.Empty : System.Net.WebUtility.HtmlDecode(text).Trim();

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    private static bool LooksLikeHtml(byte[] body)
    {
        var head = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 512)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<!doctype html", true, CultureInfo.InvariantCulture) || head.StartsWith("<html", true, CultureInfo.InvariantCulture);
    }
}
