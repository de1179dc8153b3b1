namespace AiDivide.Monitoring.Fetching;

/// <summary>Validators from the previous response, sent so an unchanged feed costs a 304.</summary>
public sealed record ConditionalRequest(string? ETag, string? LastModified)
{
    public static readonly ConditionalRequest None = new(null, null);
}
