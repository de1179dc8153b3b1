using AiDivide.Monitoring.Matching;

namespace AiDivide.Monitoring.Storage;

/// <summary>A stored mention, keyed by entity and story: the first article of the story to name the entity.</summary>
public sealed record MentionRecord(string EntityId, string StoryId, string ArticleKey, int Count, string Snippet, DateTimeOffset FoundAt)
{
    /// <summary>Every occurrence (title, lead or body; offset and length). Empty for mentions stored before positions were kept.</summary>
    public IReadOnlyList<MentionPosition> Positions { get; init; } = [];
}
