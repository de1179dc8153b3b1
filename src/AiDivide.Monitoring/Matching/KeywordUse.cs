namespace AiDivide.Monitoring.Matching;

/// <summary>What one folded keyword stands for; a keyword can serve several entities and roles.</summary>
/// <param name="Entity">Index of the entity in the matcher.</param>
/// <param name="Term">For <see cref="KeywordRole.QueryTerm"/>, the term's index in the entity's query.</param>
/// <param name="ExactForm">For entities that keep diacritics: the alias folded with its accents, to check the original against.</param>
internal readonly record struct KeywordUse(KeywordRole Role, int Entity, int Term = -1, string? ExactForm = null);

internal enum KeywordRole
{
    Alias,
    RequiredContext,
    ExcludedContext,
    QueryTerm,
}
