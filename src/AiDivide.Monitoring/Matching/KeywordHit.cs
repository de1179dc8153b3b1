namespace AiDivide.Monitoring.Matching;

/// <summary>A keyword found in folded text: its index and the span [Start, End) of folded characters.</summary>
public readonly record struct KeywordHit(int Keyword, int Start, int End);
