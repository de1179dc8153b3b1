namespace AiDivide.Monitoring.Matching.Queries;

/// <summary>A word or phrase of a query, as written and folded for matching.</summary>
/// <param name="InTitle">Written as <c>intitle:</c>; only an occurrence in the headline counts.</param>
public sealed record QueryTerm(string Text, string Folded, bool InTitle);
