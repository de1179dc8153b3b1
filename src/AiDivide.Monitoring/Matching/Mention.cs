namespace AiDivide.Monitoring.Matching;

/// <summary>A tracked entity found in an article.</summary>
/// <param name="Count">Occurrences of any of its aliases in title and main text (that passed its context rules).</param>
/// <param name="MatchedAlias">The alias as it was written in the article at the first occurrence.</param>
/// <param name="Snippet">The sentence around the first occurrence in the main text (or the title).</param>
public sealed record Mention(TrackedEntity Entity, int Count, string MatchedAlias, string Snippet)
{
    /// <summary>Every occurrence, in reading order (title, then main text).</summary>
    public IReadOnlyList<MentionPosition> Positions { get; init; } = [];

    /// <summary>The fields it occurs in, in reading order.</summary>
    public IReadOnlyList<TextField> Fields => [.. Positions.Select(p => p.Field).Distinct().Order()];
}
