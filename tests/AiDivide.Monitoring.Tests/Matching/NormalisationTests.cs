using AiDivide.Monitoring.Matching;

namespace AiDivide.Monitoring.Tests.Matching;

/// <summary>One test per normalisation rule the matcher applies to aliases and text alike.</summary>
public class NormalisationTests
{
    private static readonly TrackedEntity Muller = new("gerd-muller", "Gerd Müller", EntityKind.Person, ["Gerd Müller"], []);
    private static readonly TrackedEntity Jose = new("jose", "José Núñez", EntityKind.Person, ["José Núñez"], []) { FoldDiacritics = false };
    private static readonly TrackedEntity Lab = new("lab", "Shanghai AI Laboratory", EntityKind.Organisation, ["Shanghai AI Laboratory", "上海人工智能实验室"], []);
    private static readonly TrackedEntity Infinigence = new("infinigence", "Infinigence-AI", EntityKind.Organisation, ["Infinigence-AI"], []);
    private static readonly TrackedEntity Unido = new("unido", "UNIDO", EntityKind.Organisation, ["UNIDO"], []);
    private static readonly TrackedEntity Shanghai = new("shanghai", "Shanghai", EntityKind.Organisation, ["Shanghai"], []);
    private static readonly EntityMatcher Matcher = new([Muller, Jose, Lab, Infinigence, Unido, Shanghai]);

    private static string[] Found(string text) => [.. Matcher.Match("", text).Select(m => m.Entity.Id)];

    [Theory]
    [InlineData("ＵＮＩＤＯ opened an office.")]
    [InlineData("Ｓｈａｎｇｈａｉ ＡＩ Ｌａｂｏｒａｔｏｒｙ")]
    public void Match_FoldsCompatibilityForms_LikeNfkc(string text) => Assert.NotEmpty(Found(text));

    [Theory]
    [InlineData("unido said")]
    [InlineData("Unido said")]
    [InlineData("SHANGHAI AI LABORATORY said")]
    public void Match_FoldsCase(string text) => Assert.NotEmpty(Found(text));

    [Theory]
    [InlineData("Gerd Müller spoke.")]
    [InlineData("Gerd Muller spoke.")]
    [InlineData("Gerd Mueller spoke.")]
    [InlineData("Gerd Mu\u0308ller spoke.")]
    public void Match_FoldsDiacritics_AndGermanTransliteration(string text) => Assert.Equal(["gerd-muller"], Found(text));

    [Theory]
    [InlineData("José Núñez spoke.", true)]
    [InlineData("JOSÉ NÚÑEZ spoke.", true)]
    [InlineData("Jose Nunez spoke.", false)]
    public void Match_KeepsDiacritics_WhenTheEntityDoesNotFoldThem(string text, bool found) => Assert.Equal(found, Found(text).Contains("jose"));

    [Theory]
    [InlineData("The UNIDOS project.")]
    [InlineData("XUNIDO project.")]
    [InlineData("Shanghainese food.")]
    public void Match_NeverMatchesInsideALongerLatinWord(string text) => Assert.Empty(Found(text));

    [Theory]
    [InlineData("UNIDO's plan")]
    [InlineData("UNIDO’s plan")]
    [InlineData("(UNIDO) plan")]
    [InlineData("在UNIDO的会议上")]
    public void Match_AcceptsPossessivesPunctuationAndChineseAroundLatinNames(string text) => Assert.Equal(["unido"], Found(text));

    [Theory]
    [InlineData("the Shanghai-based lab")]
    [InlineData("the Shanghai–based lab")]
    [InlineData("Shanghai AI\nLaboratory")]
    [InlineData("Shanghai  AI   Laboratory")]
    public void Match_TreatsHyphensLineBreaksAndSpaceRunsAsOneSpace(string text) => Assert.NotEmpty(Found(text));

    [Theory]
    [InlineData("Infinigence-AI raised")]
    [InlineData("Infinigence AI raised")]
    [InlineData("InfinigenceAI raised")]
    public void Match_FindsHyphenatedAliasesSpacedOrClosedUp(string text) => Assert.Contains("infinigence", Found(text));

    [Fact]
    public void Match_NeedsNoWordBoundariesInChinese() =>
        Assert.Contains("lab", Found("据悉上海人工智能实验室今天发布了新模型。"));

    [Fact]
    public void Match_TreatsTraditionalAndSimplifiedChineseAsTheSameAlias() =>
        Assert.Contains("lab", Found("據悉上海人工智能實驗室今天發佈了新模型。"));

    [Fact]
    public void Match_IgnoresSoftHyphensAndZeroWidthSpaces() =>
        Assert.Equal(["unido"], Found("UNI\u00ADDO and U\u200BNIDO"));

    [Fact]
    public void Match_ReportsPositionsInTheOriginalText_AfterFoldingChangedLengths()
    {
        var mention = Assert.Single(Matcher.Match("", "Straße; Gerd Müller spoke."));
        var position = Assert.Single(mention.Positions);
        Assert.Equal(8, position.Start);
        Assert.Equal("Gerd Müller", mention.MatchedAlias);
    }
}
