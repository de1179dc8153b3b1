using System.ComponentModel.DataAnnotations;

namespace AiDivide.Monitoring.Fetching;

/// <summary>Limits and manners of the one HTTP door.</summary>
public sealed class FetchOptions
{
    public const string SectionName = "Fetching";

    /// <summary>Sent with every request so site owners can tell who we are and reach us.</summary>
    [Required]
    public string UserAgent { get; set; } = "AiDivideMonitor/0.1 (+https://github.com/aidivide/monitor)";

    /// <summary>Whole-request budget: connect, headers and body.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Bodies larger than this (after decompression) are refused, not truncated.</summary>
    [Range(1024, 1L << 31)]
    public long MaxResponseBytes { get; set; } = 8L * 1024 * 1024;

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Lets requests reach loopback, private and link-local addresses. Off in production (SSRF);
    /// the tests and the demo, which serve from 127.0.0.1, turn it on.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }
}
