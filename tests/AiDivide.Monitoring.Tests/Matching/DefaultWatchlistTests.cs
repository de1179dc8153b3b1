using AiDivide.Monitoring.Matching;

namespace AiDivide.Monitoring.Tests.Matching;

/// <summary>The watchlist that ships as the default must load and keep look-alike bodies apart.</summary>
public class DefaultWatchlistTests
{
    private static readonly Watchlist Default = WatchlistLoader.Load(Path.Combine(AppContext.BaseDirectory, "config", "watchlist.json"));

    [Fact]
    public void DefaultWatchlist_TellsTheResearchInstituteFromTheLaboratory()
    {
        var institute = Default.Matcher.Match("", "上海人工智能研究院发布报告。");
        var laboratory = Default.Matcher.Match("", "上海人工智能实验室发布报告。");

        Assert.Equal("shanghai-ai-research-institute", Assert.Single(institute).Entity.Id);
        Assert.Equal("shanghai-ai-laboratory", Assert.Single(laboratory).Entity.Id);
    }

    [Theory]
    [InlineData("Remarks by Gerd Mueller of UNIDO.", "gerd-muller")]
    [InlineData("Dai Guohao of Infinigence AI spoke.", "dai-guohao")]
    [InlineData("Vice Foreign Minister Ma Zhaoxu proposed it.", "ma-zhaoxu")]
    [InlineData("The Shanghai AI Institute chief spoke.", "shanghai-ai-research-institute")]
    public void DefaultWatchlist_FindsTheBeatsPeopleAndBodies(string text, string entityId) =>
        Assert.Contains(Default.Matcher.Match("", text), m => m.Entity.Id == entityId);
}
