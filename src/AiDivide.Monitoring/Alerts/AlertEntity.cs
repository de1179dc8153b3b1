namespace AiDivide.Monitoring.Alerts;

/// <summary>One tracked entity named in the story an alert is about: the alias as written and the sentence around it.</summary>
public sealed record AlertEntity(string Id, string Name, string MatchedAlias, string Snippet, int Count);
