namespace AiDivide.Monitoring.Matching;

/// <summary>A tracked entity found in an article.</summary>
/// <param name="Count">Occurrences of any of its aliases in title and main text.</param>
/// <param name="MatchedAlias">The alias as it was written in the article at the first occurrence.</param>
/// <param name="Snippet">The sentence around the first occurrence in the main text (or the title).</param>
public sealed record Mention(TrackedEntity Entity, int Count, string MatchedAlias, string Snippet);
