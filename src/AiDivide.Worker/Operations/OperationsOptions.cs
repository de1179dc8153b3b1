namespace AiDivide.Worker.Operations;

/// <summary>Where the daemon serves its health and metrics endpoints.</summary>
public sealed class OperationsOptions
{
    public const string SectionName = "Operations";

    /// <summary>
    /// Listen addresses (separated by <c>;</c>) for /healthz/live, /healthz/ready and /metrics.
    /// Loopback by default; containers set <c>http://0.0.0.0:9180</c>; several workers on one machine need one port each.
    /// </summary>
    public string Urls { get; set; } = "http://127.0.0.1:9180";
}
