namespace AiDivide.Monitoring.Matching.Queries;

/// <summary>What a query is evaluated against: which of its terms an article contains, and where it is from.</summary>
/// <param name="Anywhere">Per term: found in the title or the main text.</param>
/// <param name="InTitle">Per term: found in the title.</param>
/// <param name="Host">Host of the article's canonical URL.</param>
/// <param name="Language">The article's language tag (<c>en</c>, <c>zh-CN</c>), if known.</param>
public sealed record QueryFacts(IReadOnlyList<bool> Anywhere, IReadOnlyList<bool> InTitle, string? Host, string? Language);
