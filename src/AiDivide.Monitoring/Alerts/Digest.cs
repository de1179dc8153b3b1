namespace AiDivide.Monitoring.Alerts;

/// <summary>What one digest email says: the period, and the stories per entity with their trend.</summary>
/// <param name="From">Start of the period (inclusive).</param>
/// <param name="To">End of the period (exclusive).</param>
/// <param name="Label">How the period reads in the subject: "Daily digest, Fri 4 Dec".</param>
public sealed record Digest(DateTimeOffset From, DateTimeOffset To, string Label, IReadOnlyList<DigestEntity> Entities)
{
    /// <summary>Distinct stories: one naming two followed entities is listed under both but counted once.</summary>
    public int StoryCount => Entities.SelectMany(e => e.Stories).Select(s => s.Url).Distinct().Count();
}

/// <summary>One entity's part of a digest.</summary>
/// <param name="Last30Days">Mentions per day for the 30 days up to the end of the period, oldest first (the last 7 are the 7-day trend).</param>
public sealed record DigestEntity(string Id, string Name, IReadOnlyList<DigestStory> Stories, IReadOnlyList<int> Last30Days)
{
    public IReadOnlyList<int> Last7Days => [.. Last30Days.Skip(Math.Max(0, Last30Days.Count - 7))];
}

/// <summary>One story in a digest, as its first article told it.</summary>
public sealed record DigestStory(
    string Title, Uri Url, string Outlet, DateTimeOffset? Published, DateTimeOffset FoundAt, string Snippet, string MatchedAlias, IReadOnlyList<string> AlsoReportedBy);
