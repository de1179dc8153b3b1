namespace AiDivide.Monitoring.Dedup;

/// <summary>The story an article belongs to, and whether it started it.</summary>
public sealed record StoryAssignment(string StoryId, bool IsNewStory, double Similarity);
