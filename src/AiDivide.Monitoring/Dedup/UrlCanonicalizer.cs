using System.Collections.Frozen;
using System.Text;

namespace AiDivide.Monitoring.Dedup;

/// <summary>Reduces the many spellings of an article URL to one, the key an article is stored under.</summary>
/// <remarks>
/// Lower-case scheme and host, no default port, no fragment, no tracking parameters, the rest of
/// the query kept in its original order (some sites route on parameter order).
/// </remarks>
public static class UrlCanonicalizer
{
    private static readonly FrozenSet<string> TrackingParameters = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        ["fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "ocid", "cmpid", "igshid", "yclid", "_hsenc", "_hsmi", "ref_src"]);

    public static Uri Canonicalize(Uri url)
    {
        var builder = new UriBuilder(url)
        {
            Scheme = url.Scheme.ToLowerInvariant(),
            Host = url.IdnHost.ToLowerInvariant(),
            Fragment = string.Empty,
            Query = FilterQuery(url.Query),
        };
        if (url.IsDefaultPort)
        {
            builder.Port = -1;
        }

        return builder.Uri;
    }

    public static string Key(Uri url) => Canonicalize(url).AbsoluteUri;

    private static string FilterQuery(string query)
    {
        if (query.Length <= 1)
        {
            return string.Empty;
        }

        var kept = new StringBuilder(query.Length);
        foreach (var pair in query.AsSpan(1).Split('&'))
        {
            var parameter = query.AsSpan(1)[pair];
            if (parameter.IsEmpty || IsTracking(parameter))
            {
                continue;
            }

            kept.Append(kept.Length == 0 ? "" : "&").Append(parameter);
        }

        return kept.ToString();
    }

    private static bool IsTracking(ReadOnlySpan<char> parameter)
    {
        var equals = parameter.IndexOf('=');
        var name = equals < 0 ? parameter : parameter[..equals];
        return name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)
            || TrackingParameters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
    }
}
