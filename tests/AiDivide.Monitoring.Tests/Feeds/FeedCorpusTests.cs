using AiDivide.Monitoring.Feeds;

namespace AiDivide.Monitoring.Tests.Feeds;

/// <summary>Every corpus feed parses to its expected titles, links, ids, dates and repairs.</summary>
public class FeedCorpusTests
{
    public static TheoryData<string> Files => FeedCorpus.Files();

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_MatchesTheExpectedResult(string file)
    {
        var actual = FeedCorpus.Serialize(FeedCorpus.Project(FeedCorpus.Parse(file)));
        FeedCorpus.UpdateIfAsked(file, actual);

        Assert.Equal(FeedCorpus.Expected(file), actual);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_ExplainsEveryRepairAndFailure(string file)
    {
        var result = FeedCorpus.Parse(file);

        Assert.All(result.Repairs, repair => Assert.False(string.IsNullOrWhiteSpace(repair.Detail)));
        Assert.True(result.IsSuccess || result.Entries.Count == 0);
        Assert.NotNull(result.Encoding);
    }
}
