namespace AiDivide.Monitoring.Storage;

/// <summary>How many new mentions of an entity were found on one day.</summary>
public sealed record MentionDayCount(string EntityId, DateOnly Day, int Count);
