namespace AiDivide.Monitoring.Matching.Queries;

/// <summary>A query that does not parse; <see cref="Position"/> is the 0-based character offset of the fault.</summary>
public sealed class QuerySyntaxException : FormatException
{
    public QuerySyntaxException()
    {
    }

    public QuerySyntaxException(string message)
        : base(message)
    {
    }

    public QuerySyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public QuerySyntaxException(string problem, int position)
        : base($"position {position}: {problem}")
    {
        Position = position;
        Problem = problem;
    }

    public int Position { get; }

    public string Problem { get; } = string.Empty;
}
