using System.Collections.Frozen;
using System.Text;

namespace AiDivide.Monitoring.Dedup;

/// <summary>Reduces the many spellings of an article URL to one, the key an article is stored under.</summary>
/// <remarks>
/// Lower-case scheme and host, no default port, no fragment, no tracking parameters, parameters
/// sorted, no trailing slash or index page, and AMP and mobile variants folded onto the main
/// site. The result is a key, not an address to fetch: the page itself is fetched from the link
/// as published.
/// </remarks>
public static class UrlCanonicalizer
{
    private static readonly FrozenSet<string> TrackingParameters = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        [
            "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "ocid", "cmpid", "cmp", "igshid", "yclid",
            "_hsenc", "_hsmi", "ref", "ref_src", "ref_url", "rss", "smid", "taid", "ito", "ncid", "sr_share", "guccounter",
            "guce_referrer", "guce_referrer_sig", "xtor", "wt.mc_id", "mkt_tok", "at_medium", "at_campaign", "at_custom1",
            "soc_src", "soc_trk", "__twitter_impression", "outputtype", "amp", "share", "cid", "icid", "spm", "s_cid",
        ]);

    private static readonly string[] IndexPages = ["index.html", "index.htm", "index.php", "index.shtml", "default.aspx", "default.htm"];

    private static readonly string[] VariantHostPrefixes = ["amp.", "m.", "mobile."];

    public static Uri Canonicalize(Uri url)
    {
        var builder = new UriBuilder(url)
        {
            Scheme = url.Scheme.ToLowerInvariant(),
            Host = MainHost(url.IdnHost.ToLowerInvariant()),
            Path = CanonicalPath(url.AbsolutePath),
            Fragment = string.Empty,
            Query = CanonicalQuery(url.Query),
        };
        if (url.IsDefaultPort)
        {
            builder.Port = -1;
        }

        return builder.Uri;
    }

    public static string Key(Uri url) => Canonicalize(url).AbsoluteUri;

    private static string MainHost(string host)
    {
        foreach (var prefix in VariantHostPrefixes)
        {
            // Only fold a prefix that leaves a registrable name behind (m.example.com, not m.co).
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.Count(c => c == '.') >= 2)
            {
                return host[prefix.Length..];
            }
        }

        return host;
    }

    private static string CanonicalPath(string path)
    {
        var segments = path.Split('/').Where(s => s.Length > 0 && !s.Equals("amp", StringComparison.OrdinalIgnoreCase)).ToList();
        if (segments.Count > 0 && IndexPages.Contains(segments[^1], StringComparer.OrdinalIgnoreCase))
        {
            segments.RemoveAt(segments.Count - 1);
        }

        if (segments.Count > 0 && segments[^1].EndsWith(".amp", StringComparison.OrdinalIgnoreCase))
        {
            segments[^1] = segments[^1][..^4];
        }

        return "/" + string.Join('/', segments);
    }

    private static string CanonicalQuery(string query)
    {
        if (query.Length <= 1)
        {
            return string.Empty;
        }

        var kept = query[1..]
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(parameter => !IsTracking(parameter))
            .Order(StringComparer.Ordinal);
        return new StringBuilder().AppendJoin('&', kept).ToString();
    }

    private static bool IsTracking(string parameter)
    {
        var name = parameter.Split('=', 2)[0];
        return name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
    }
}
