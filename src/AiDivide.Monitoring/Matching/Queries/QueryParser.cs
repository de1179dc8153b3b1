namespace AiDivide.Monitoring.Matching.Queries;

/// <summary>Recursive-descent parser for the topic query language (see docs/matching.md).</summary>
/// <remarks>
/// Precedence, tightest first: <c>-</c> (exclude), then AND (written or implied by juxtaposition),
/// then OR; parentheses group. So <c>a b OR c</c> is <c>(a AND b) OR c</c>, as in most boolean
/// search tools. Only upper-case OR and AND are operators; lower-case "or" is a word.
/// </remarks>
internal sealed class QueryParser
{
    private readonly List<QueryToken> tokens;
    private readonly List<QueryTerm> terms = [];
    private int next;

    private QueryParser(string query)
    {
        tokens = QueryLexer.Tokenize(query);
    }

    public static (QueryNode Root, IReadOnlyList<QueryTerm> Terms) Parse(string query)
    {
        var parser = new QueryParser(query);
        if (parser.Peek.Kind == QueryTokenKind.End)
        {
            throw new QuerySyntaxException("the query is empty", 0);
        }

        var root = parser.ParseOr();
        if (parser.Peek.Kind != QueryTokenKind.End)
        {
            var stray = parser.Peek;
            throw new QuerySyntaxException(stray.Kind == QueryTokenKind.Close ? "')' without a matching '('" : $"unexpected '{stray.Text}'", stray.Position);
        }

        return (root, parser.terms);
    }

    private QueryToken Peek => tokens[next];

    private QueryNode ParseOr()
    {
        var left = ParseAnd();
        while (Peek.Kind == QueryTokenKind.Or)
        {
            next++;
            left = new OrNode(left, ParseAnd());
        }

        return left;
    }

    private QueryNode ParseAnd()
    {
        var left = ParseUnary();
        while (true)
        {
            if (Peek.Kind == QueryTokenKind.And)
            {
                next++;
            }
            else if (Peek.Kind is QueryTokenKind.Or or QueryTokenKind.Close or QueryTokenKind.End)
            {
                return left;
            }

            left = new AndNode(left, ParseUnary());
        }
    }

    private QueryNode ParseUnary()
    {
        if (Peek.Kind != QueryTokenKind.Minus)
        {
            return ParsePrimary();
        }

        next++;
        return new NotNode(ParseUnary());
    }

    private QueryNode ParsePrimary()
    {
        var token = tokens[next++];
        switch (token.Kind)
        {
            case QueryTokenKind.Word or QueryTokenKind.Phrase:
                return Term(token, inTitle: false);
            case QueryTokenKind.Field:
                return Field(token);
            case QueryTokenKind.Open:
                var inner = ParseOr();
                if (Peek.Kind != QueryTokenKind.Close)
                {
                    throw new QuerySyntaxException($"expected ')' to close the '(' at position {token.Position}", Peek.Position);
                }

                next++;
                return inner;
            case QueryTokenKind.End:
                throw new QuerySyntaxException("expected a word, \"phrase\" or '(' but the query ends", token.Position);
            default:
                throw new QuerySyntaxException($"expected a word, \"phrase\" or '(' but found '{token.Text}'", token.Position);
        }
    }

    private QueryNode Field(QueryToken field)
    {
        var value = tokens[next++];
        if (value.Kind is not (QueryTokenKind.Word or QueryTokenKind.Phrase))
        {
            throw new QuerySyntaxException($"'{field.Text}:' needs a word or \"phrase\"", value.Position);
        }

        return field.Text switch
        {
            "intitle" => Term(value, inTitle: true),
            "site" => IsDomain(value.Text) ? new SiteNode(value.Text.ToLowerInvariant()) : throw new QuerySyntaxException($"'{value.Text}' is not a domain like example.org", value.Position),
            _ => IsLanguage(value.Text) ? new LanguageNode(value.Text.ToLowerInvariant()) : throw new QuerySyntaxException($"'{value.Text}' is not a language code like en or zh", value.Position),
        };
    }

    private TermNode Term(QueryToken token, bool inTitle)
    {
        var folded = FoldedText.FoldAlias(token.Text);
        if (folded.Length == 0)
        {
            throw new QuerySyntaxException($"'{token.Text}' has nothing left to match once folded", token.Position);
        }

        terms.Add(new QueryTerm(token.Text, folded, inTitle));
        return new TermNode(terms.Count - 1);
    }

    private static bool IsDomain(string value) =>
        value.Contains('.', StringComparison.Ordinal) && Uri.CheckHostName(value) == UriHostNameType.Dns;

    private static bool IsLanguage(string value) =>
        value.Length is >= 2 and <= 8 && value.All(c => char.IsAsciiLetter(c) || c == '-') && char.IsAsciiLetter(value[0]);
}
