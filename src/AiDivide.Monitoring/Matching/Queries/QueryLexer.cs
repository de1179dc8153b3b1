namespace AiDivide.Monitoring.Matching.Queries;

/// <summary>Splits a query into tokens: words, "phrases", OR, AND, -, parentheses and <c>name:</c> operators.</summary>
internal static class QueryLexer
{
    private static readonly string[] Fields = ["site", "intitle", "lang"];

    public static List<QueryToken> Tokenize(string query)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new QueryToken(c == '(' ? QueryTokenKind.Open : QueryTokenKind.Close, c.ToString(), i++));
            }
            else if (c == '"')
            {
                i = ReadPhrase(query, i, tokens);
            }
            else if (c == '-' && i + 1 < query.Length && !char.IsWhiteSpace(query[i + 1]) && query[i + 1] != ')')
            {
                // "-word" excludes; a lone "-" is an error the parser reports as a missing term.
                tokens.Add(new QueryToken(QueryTokenKind.Minus, "-", i++));
            }
            else
            {
                i = ReadWord(query, i, tokens);
            }
        }

        tokens.Add(new QueryToken(QueryTokenKind.End, string.Empty, query.Length));
        return tokens;
    }

    private static int ReadPhrase(string query, int start, List<QueryToken> tokens)
    {
        var end = query.IndexOf('"', start + 1);
        if (end < 0)
        {
            throw new QuerySyntaxException("the quote opened here is never closed", start);
        }

        var phrase = query[(start + 1)..end];
        if (string.IsNullOrWhiteSpace(phrase))
        {
            throw new QuerySyntaxException("empty phrase", start);
        }

        tokens.Add(new QueryToken(QueryTokenKind.Phrase, phrase, start));
        return end + 1;
    }

    private static int ReadWord(string query, int start, List<QueryToken> tokens)
    {
        var end = start;
        while (end < query.Length && !char.IsWhiteSpace(query[end]) && query[end] is not ('(' or ')' or '"'))
        {
            end++;
            if (query[end - 1] == ':')
            {
                return ReadField(query, start, end, tokens);
            }
        }

        var word = query[start..end];
        var kind = word switch
        {
            "OR" => QueryTokenKind.Or,
            "AND" => QueryTokenKind.And,
            _ => QueryTokenKind.Word,
        };
        tokens.Add(new QueryToken(kind, word, start));
        return end;
    }

    private static int ReadField(string query, int start, int afterColon, List<QueryToken> tokens)
    {
        var name = query[start..(afterColon - 1)];
        if (!Fields.Contains(name, StringComparer.Ordinal))
        {
            throw new QuerySyntaxException($"unknown operator '{name}:' (known: site:, intitle:, lang:)", start);
        }

        if (afterColon >= query.Length || char.IsWhiteSpace(query[afterColon]) || query[afterColon] is '(' or ')')
        {
            throw new QuerySyntaxException($"'{name}:' needs a value right after the colon", afterColon);
        }

        tokens.Add(new QueryToken(QueryTokenKind.Field, name, start));
        return afterColon;
    }
}
