using AiDivide.Monitoring.Fetching;
using AiDivide.Monitoring.Tests.Support;

namespace AiDivide.Monitoring.Tests.Fetching;

public class RobotsRulesTests
{
    private static readonly RobotsRules Sample = RobotsRules.Parse(File.ReadAllText(TestPaths.TestData("Fetching", "robots.txt")), "AiDivideMonitor");

    [Theory]
    [InlineData("/articles/compute-fund.html", null)]
    [InlineData("/private/memo.html", "Disallow: /private/")]
    [InlineData("/private/open-letter.html", null)]             // the longer Allow wins
    [InlineData("/reports/annual.pdf", "Disallow: /*.pdf$")]
    [InlineData("/reports/annual.pdf?download=1", null)]        // $ anchors the end
    public void Forbidding_AppliesTheLongestMatchingRuleOfTheStarGroup(string path, string? expected) =>
        Assert.Equal(expected, Sample.Forbidding(new Uri("https://news.example" + path)));

    [Fact]
    public void Parse_PrefersOurOwnGroupOverTheStarGroup()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /\n\nUser-agent: aidividemonitor\nDisallow: /drafts/\n", "AiDivideMonitor");

        Assert.Null(rules.Forbidding(new Uri("https://news.example/articles/a.html")));
        Assert.Equal("Disallow: /drafts/", rules.Forbidding(new Uri("https://news.example/drafts/a.html")));
    }

    [Fact]
    public void Parse_TakesAnEmptyDisallowInOurGroupAsAllowEverything()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /\n\nUser-agent: AiDivideMonitor\nDisallow:\n", "AiDivideMonitor");

        Assert.Null(rules.Forbidding(new Uri("https://news.example/anything")));
    }

    [Fact]
    public void Parse_SharesRulesAmongAgentsListedTogether()
    {
        var rules = RobotsRules.Parse("User-agent: OtherBot\nUser-agent: AiDivideMonitor/2.0\nDisallow: /x/\n", "AiDivideMonitor");

        Assert.Equal("Disallow: /x/", rules.Forbidding(new Uri("https://news.example/x/1")));
    }

    [Fact]
    public void Forbidding_StaysFastOnAHostilePattern()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /" + string.Concat(Enumerable.Repeat("*a", 200)) + "$\n", "AiDivideMonitor");

        // A backtracking engine would take ages on this; the non-backtracking one answers at once.
        Assert.Null(rules.Forbidding(new Uri("https://news.example/" + new string('a', 5000) + "b")));
    }
}
