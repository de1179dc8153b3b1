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

    [Theory]
    [InlineData("User-agent: *\nCrawl-delay: 10\n\nUser-agent: AiDivideMonitor\nCrawl-delay: 2.5\n", 2.5)]  // ours over *
    [InlineData("User-agent: OtherBot\nCrawl-delay: 20\n\nUser-agent: *\nCrawl-delay: 4\nDisallow: /x/\n", 4.0)]  // * when we are not named
    [InlineData("User-agent: *\nCrawl-delay: 3600\n", 30.0)]                                                  // capped
    [InlineData("User-agent: *\nCrawl-delay: fast\n", null)]                                                  // not a number: ignored
    [InlineData("User-agent: AiDivideMonitor\nDisallow: /x/\n\nUser-agent: *\nCrawl-delay: 9\n", null)]   // our group names none
    public void Parse_ReadsTheCrawlDelayOfTheGroupThatAppliesToUs(string text, double? seconds) =>
        Assert.Equal(seconds is { } s ? TimeSpan.FromSeconds(s) : null, RobotsRules.Parse(text, "AiDivideMonitor").CrawlDelay);

    [Fact]
    public void Forbidding_StaysFastOnAHostilePattern()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /" + string.Concat(Enumerable.Repeat("*a", 200)) + "$\n", "AiDivideMonitor");

        // A backtracking engine would take ages on this; the non-backtracking one answers at once.
        Assert.Null(rules.Forbidding(new Uri("https://news.example/" + new string('a', 5000) + "b")));
    }
}
