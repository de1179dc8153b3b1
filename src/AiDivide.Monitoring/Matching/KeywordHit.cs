namespace AiDivide.Monitoring.Matching;

/// <summary>A keyword found in folded text: its index, the span [Start, End) of folded characters, and the span [SourceStart, SourceEnd) of original ones.</summary>
/// <remarks>Folded positions measure distance (context rules); original ones locate the mention in the article.</remarks>
public readonly record struct KeywordHit(int Keyword, int Start, int End, int SourceStart, int SourceEnd);
