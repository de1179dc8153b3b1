namespace AiDivide.Monitoring.Matching;

/// <summary>One occurrence: the field, and the character offset and length in that field's original text.</summary>
/// <remarks>Lead and body offsets both count from the start of the article's main text.</remarks>
public sealed record MentionPosition(TextField Field, int Start, int Length);
