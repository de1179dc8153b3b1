using System.ComponentModel.DataAnnotations;

namespace AiDivide.Monitoring.Fetching;

/// <summary>Limits and manners of the one HTTP door.</summary>
/// <remarks>Checked at start-up by <see cref="FetchOptionsValidator"/>, which reports every bad value at once.</remarks>
public sealed class FetchOptions
{
    public const string SectionName = "Fetching";

    /// <summary>Sent with every request so site owners can tell who we are and reach us; must name a contact URL or address.</summary>
    [Required]
    public string UserAgent { get; set; } = "AiDivideMonitor/0.1 (+https://github.com/aidivide/monitor)";

    /// <summary>Whole-request budget: connect, headers and body, all redirect hops (time queued for a host does not count).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest silence allowed while waiting for the headers or for the next piece of the body.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Bodies larger than this after decompression are refused, not truncated.</summary>
    [Range(1024, 1L << 31)]
    public long MaxResponseBytes { get; set; } = 8L * 1024 * 1024;

    /// <summary>Bytes accepted on the wire (before decompression) for one response.</summary>
    [Range(1024, 1L << 31)]
    public long MaxTransferBytes { get; set; } = 8L * 1024 * 1024;

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>A body arriving slower than this, averaged over <see cref="TransferRateWindow"/>, is abandoned (0 = no check).</summary>
    [Range(0, 100L * 1024 * 1024)]
    public long MinBytesPerSecond { get; set; } = 1024;

    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan TransferRateWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests in flight to one host at a time, across the whole process.</summary>
    [Range(1, 64)]
    public int MaxConcurrentPerHost { get; set; } = 2;

    /// <summary>Least time between the starts of two requests to one host.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MinHostSpacing { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Whether article pages are fetched only where the site's robots.txt allows it (feeds are always fetched).</summary>
    public bool ObeyRobots { get; set; } = true;

    /// <summary>How long a host's robots.txt is trusted before it is fetched again.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan RobotsCacheTtl { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// Networks (CIDR, e.g. "127.0.0.0/8") the fetcher may reach although they are not public.
    /// Empty in production (SSRF guard); the tests and the demo, which serve from loopback, list 127.0.0.0/8.
    /// </summary>
    public List<string> AllowedNetworks { get; set; } = [];

    /// <summary>Deprecated: true acts as if every non-public range were in <see cref="AllowedNetworks"/>. Use AllowedNetworks.</summary>
    public bool AllowPrivateNetworks { get; set; }
}
