namespace AiDivide.Monitoring.Matching.Queries;

/// <summary>A parsed topic query: <c>("AI divide" OR "digital divide") AND (AI OR "artificial intelligence") -crypto site:un.org lang:en</c>.</summary>
/// <remarks>
/// Terms are matched like aliases (folded, on word boundaries for Latin script), all in the same
/// one pass over the article as the watchlist's aliases; only the boolean structure is evaluated here.
/// </remarks>
public sealed class TopicQuery
{
    private TopicQuery(string source, QueryNode root, IReadOnlyList<QueryTerm> terms)
    {
        Source = source;
        Root = root;
        Terms = terms;
        PositiveTerms = [.. Positive(root)];
    }

    public string Source { get; }

    public QueryNode Root { get; }

    public IReadOnlyList<QueryTerm> Terms { get; }

    /// <summary>Terms not under an exclusion: their occurrences are the topic's mention positions.</summary>
    public IReadOnlyList<int> PositiveTerms { get; }

    /// <summary>Parses a query; throws <see cref="QuerySyntaxException"/> with the position of the first fault.</summary>
    public static TopicQuery Parse(string query)
    {
        var (root, terms) = QueryParser.Parse(query);
        if (!HasPositive(root))
        {
            throw new QuerySyntaxException("the query only excludes; it needs at least one word, phrase, site: or lang: to look for", 0);
        }

        return new TopicQuery(query, root, terms);
    }

    public bool IsMatch(QueryFacts facts) => Evaluate(Root, facts);

    public override string ToString() => Source;

    private bool Evaluate(QueryNode node, QueryFacts facts) => node switch
    {
        TermNode term => Terms[term.Term].InTitle ? facts.InTitle[term.Term] : facts.Anywhere[term.Term],
        NotNode not => !Evaluate(not.Operand, facts),
        AndNode and => Evaluate(and.Left, facts) && Evaluate(and.Right, facts),
        OrNode or => Evaluate(or.Left, facts) || Evaluate(or.Right, facts),
        SiteNode site => facts.Host is { } host && (host.Equals(site.Domain, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + site.Domain, StringComparison.OrdinalIgnoreCase)),
        LanguageNode language => facts.Language is { } tag && (tag.Equals(language.Language, StringComparison.OrdinalIgnoreCase) || tag.StartsWith(language.Language + "-", StringComparison.OrdinalIgnoreCase)),
        _ => throw new InvalidOperationException($"Unknown query node {node.GetType().Name}."),
    };

    private static IEnumerable<int> Positive(QueryNode node) => node switch
    {
        TermNode term => [term.Term],
        AndNode and => Positive(and.Left).Concat(Positive(and.Right)),
        OrNode or => Positive(or.Left).Concat(Positive(or.Right)),
        _ => [],
    };

    private static bool HasPositive(QueryNode node) => node switch
    {
        NotNode => false,
        AndNode and => HasPositive(and.Left) || HasPositive(and.Right),
        OrNode or => HasPositive(or.Left) && HasPositive(or.Right),
        _ => true,
    };
}
