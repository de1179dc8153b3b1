using AiDivide.Monitoring.Matching;
using AiDivide.Monitoring.Matching.Queries;

namespace AiDivide.Monitoring.Tests.Matching;

/// <summary>The topic query language: parsing, precedence, errors with positions, and evaluation in the matcher.</summary>
public class TopicQueryTests
{
    private static string Shape(QueryNode node, TopicQuery query) => node switch
    {
        TermNode t => (query.Terms[t.Term].InTitle ? "intitle:" : "") + query.Terms[t.Term].Folded,
        NotNode n => "-" + Shape(n.Operand, query),
        AndNode a => $"({Shape(a.Left, query)} AND {Shape(a.Right, query)})",
        OrNode o => $"({Shape(o.Left, query)} OR {Shape(o.Right, query)})",
        SiteNode s => "site:" + s.Domain,
        LanguageNode l => "lang:" + l.Language,
        _ => "?",
    };

    private static string Parse(string text)
    {
        var query = TopicQuery.Parse(text);
        return Shape(query.Root, query);
    }

    [Theory]
    [InlineData("\"AI divide\"", "ai divide")]
    [InlineData("a b", "(a AND b)")]
    [InlineData("a AND b", "(a AND b)")]
    [InlineData("a OR b c", "(a OR (b AND c))")]
    [InlineData("a b OR c", "((a AND b) OR c)")]
    [InlineData("(a OR b) c", "((a OR b) AND c)")]
    [InlineData("a -b", "(a AND -b)")]
    [InlineData("-b a", "(-b AND a)")]
    [InlineData("a -(b OR c)", "(a AND -(b OR c))")]
    [InlineData("a or b", "((a AND or) AND b)")]
    [InlineData("intitle:\"AI divide\" site:un.org lang:zh", "((intitle:ai divide AND site:un.org) AND lang:zh)")]
    [InlineData("Shanghai-based", "shanghai based")]
    public void Parse_BuildsTheTreeWithNotOverAndOverOr(string text, string shape) => Assert.Equal(shape, Parse(text));

    [Theory]
    [InlineData("", 0, "empty")]
    [InlineData("(a OR b", 7, "expected ')'")]
    [InlineData("a OR b)", 6, "')' without a matching '('")]
    [InlineData("a OR", 4, "query ends")]
    [InlineData("OR a", 0, "found 'OR'")]
    [InlineData("\"AI divide", 0, "never closed")]
    [InlineData("a \"\" b", 2, "empty phrase")]
    [InlineData("intitel:AI", 0, "unknown operator 'intitel:'")]
    [InlineData("site: un.org", 5, "needs a value")]
    [InlineData("site:localhost", 5, "not a domain")]
    [InlineData("lang:123", 5, "not a language code")]
    [InlineData("-a -b", 0, "only excludes")]
    [InlineData("a AND AND b", 6, "found 'AND'")]
    public void Parse_RejectsBadQueries_WithThePositionOfTheFault(string text, int position, string problem)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => TopicQuery.Parse(text));
        Assert.Equal(position, error.Position);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    private static readonly TrackedEntity Divide = new("ai-divide", "AI divide", EntityKind.Topic, [], [])
    {
        Query = TopicQuery.Parse("(\"AI divide\" OR \"digital divide\" OR 智能鸿沟) AND (AI OR \"artificial intelligence\" OR 人工智能) -crypto"),
    };

    private static readonly TrackedEntity TitleOnly = new("title-only", "WAIC headlines", EntityKind.Topic, [], []) { Query = TopicQuery.Parse("intitle:WAIC") };
    private static readonly TrackedEntity UnInChinese = new("un-zh", "UN in Chinese", EntityKind.Topic, [], []) { Query = TopicQuery.Parse("联合国 site:un.org lang:zh") };
    private static readonly EntityMatcher Matcher = new([Divide, TitleOnly, UnInChinese]);

    [Theory]
    [InlineData("Closing the digital divide", "Artificial intelligence could widen it.", true)]
    [InlineData("Closing the AI divide", "", true)]
    [InlineData("人工智能", "智能鸿沟正在扩大。", true)]
    [InlineData("Closing the digital divide", "Broadband reaches villages.", false)]
    [InlineData("The AI divide and crypto", "", false)]
    public void Match_EvaluatesTopicQueriesOnTheTermsFoundInOnePass(string title, string text, bool found) =>
        Assert.Equal(found, Matcher.Match(title, text).Any(m => m.Entity.Id == "ai-divide"));

    [Fact]
    public void Match_RecordsThePositiveTermsAsTheTopicsPositions()
    {
        var mention = Assert.Single(Matcher.Match("Closing the AI divide", "AI is everywhere."), m => m.Entity.Id == "ai-divide");
        Assert.Equal(3, mention.Count);
    }

    [Theory]
    [InlineData("WAIC opens", "", true)]
    [InlineData("Conference opens", "WAIC opened today.", false)]
    public void Match_IntitleLooksOnlyAtTheHeadline(string title, string text, bool found) =>
        Assert.Equal(found, Matcher.Match(title, text).Any(m => m.Entity.Id == "title-only"));

    [Theory]
    [InlineData("news.un.org", "zh-CN", true)]
    [InlineData("un.org", "zh", true)]
    [InlineData("un.org.example.com", "zh", false)]
    [InlineData("news.un.org", "en", false)]
    public void Match_SiteAndLangFilterOnTheArticlesHostAndLanguage(string host, string language, bool found) =>
        Assert.Equal(found, Matcher.Match(new ArticleText("联合国会议", "", host, language)).Any(m => m.Entity.Id == "un-zh"));
}
