using AiDivide.Monitoring.Extraction;
using static AiDivide.Monitoring.Extraction.VocabularyIndex.Edge;

namespace AiDivide.Monitoring.Tests.Extraction;

public class VocabularyIndexTests
{
    private static readonly VocabularyIndex Index = new VocabularyIndex()
        .Add("share", 1)
        .Add("ad", 2, WordBoundary, WordBoundary)
        .Add("tags", 4, after: WordBoundary)
        .Add("hid", 8, NameBoundary, NameBoundary);

    [Theory]
    [InlineData("social-SHARE-bar", 1)]
    [InlineData("top ad slot", 2)]
    [InlineData("ad-unit", 2)]
    [InlineData("header", 0)]
    [InlineData("post-tags", 4)]
    [InlineData("tagsbox", 0)]
    [InlineData("card hid", 8)]
    [InlineData("video-hid", 0)]
    [InlineData("share ad tags hid", 15)]
    [InlineData("", 0)]
    public void Scan_ReturnsTheMasksOfTheFragmentsFoundWhereTheyMayStand(string names, int expected) =>
        Assert.Equal(expected, Index.Scan(names));

    [Fact]
    public void Add_RefusesCharactersOutsideTheAlphabet() =>
        Assert.Throws<ArgumentException>(() => new VocabularyIndex().Add("rich_text", 1));
}
