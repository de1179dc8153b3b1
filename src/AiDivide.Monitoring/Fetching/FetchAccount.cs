namespace AiDivide.Monitoring.Fetching;

/// <summary>The bytes one fetch moved: what a test or an operator checks to see that memory stayed bounded.</summary>
internal sealed class FetchAccount
{
    /// <summary>Bytes received on the wire, before decompression, over all hops.</summary>
    public long WireBytes { get; set; }

    /// <summary>Bytes of decoded body held in memory (the most this fetch ever buffered).</summary>
    public long BodyBytes { get; set; }

    /// <summary>Set when a hop was refused before sending (held-back host, robots.txt, scheme).</summary>
    public bool NotSent { get; set; }
}
