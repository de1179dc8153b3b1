namespace AiDivide.Monitoring.Oversight;

/// <summary>One thing the operator should know about, under a key that stays the same while the problem lasts.</summary>
/// <param name="Key">Names this occurrence of the problem: the same failing outage keeps its key, a new outage gets a new one.</param>
/// <param name="What">One line for the operator: which feed or alert.</param>
/// <param name="Detail">The evidence: last error, attempts, counts.</param>
/// <param name="Since">When it started, as far as the store knows; null when unknown.</param>
public sealed record OperatorProblem(string Key, ProblemKind Kind, string What, string Detail, DateTimeOffset? Since);
