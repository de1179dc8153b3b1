namespace AiDivide.Monitoring.Matching.Queries;

/// <summary>One lexical token of a query, with where it starts.</summary>
internal readonly record struct QueryToken(QueryTokenKind Kind, string Text, int Position);

internal enum QueryTokenKind
{
    Word,
    Phrase,
    Or,
    And,
    Minus,
    Open,
    Close,
    Field,
    End,
}
