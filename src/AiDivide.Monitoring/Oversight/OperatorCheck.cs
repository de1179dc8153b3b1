namespace AiDivide.Monitoring.Oversight;

/// <summary>What one operator check found and sent.</summary>
public sealed record OperatorCheck(int OpenProblems, bool ThresholdNoticeSent, bool DailySummarySent);
