using System.Text;
using System.Text.RegularExpressions;
using System.Web;

namespace AiDivide.Monitoring.Dedup;

/// <summary>Resolves a news-search item link (Google News, Bing News) to the publisher's own URL.</summary>
/// <remarks>
/// Both services wrap the article's address in their own: Bing in a <c>url=</c> parameter of
/// <c>apiclick.aspx</c> or base64 in <c>u=a1…</c> of <c>/ck/a</c>; Google in <c>url=</c> of
/// <c>/url</c>, or in the base64 payload of an <c>/articles/CBMi…</c> id (older ids carry the URL
/// in clear; newer ones are opaque and are left as they are, to be resolved by the page fetch).
/// Resolving first means the same story from a search feed and from the outlet's own feed is one
/// article.
/// </remarks>
public static partial class NewsSearchLink
{
    public static Uri Resolve(Uri link)
    {
        var host = link.Host.ToLowerInvariant();
        var query = HttpUtility.ParseQueryString(link.Query);
        var resolved = host switch
        {
            _ when host.EndsWith("bing.com", StringComparison.Ordinal) => query["url"] ?? FromBase64(query["u"]?.StartsWith("a1", StringComparison.Ordinal) == true ? query["u"]![2..] : null),
            "news.google.com" or "www.google.com" or "google.com" => query["url"] ?? query["q"] ?? FromGoogleArticleId(link.AbsolutePath),
            _ => null,
        };
        return Uri.TryCreate(resolved, UriKind.Absolute, out var publisher) && (publisher.Scheme == Uri.UriSchemeHttp || publisher.Scheme == Uri.UriSchemeHttps)
            ? publisher
            : link;
    }

    private static string? FromGoogleArticleId(string path)
    {
        var at = path.IndexOf("/articles/", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var payload = FromBase64(path[(at + "/articles/".Length)..].Split('?')[0]);
        return payload is null ? null : EmbeddedUrl().Match(payload) is { Success: true } match ? match.Value : null;
    }

    private static string? FromBase64(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var base64 = value.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        try
        {
            return Encoding.Latin1.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"https?://[\x21-\x7E]+?(?=[\x00-\x20\x7F-\xFF]|$)")]
    private static partial Regex EmbeddedUrl();
}
