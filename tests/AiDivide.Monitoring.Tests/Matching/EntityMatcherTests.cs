using AiDivide.Monitoring.Matching;

namespace AiDivide.Monitoring.Tests.Matching;

public class EntityMatcherTests
{
    private static readonly TrackedEntity Song = new("song-haitao", "Song Haitao", EntityKind.Person, ["Song Haitao", "宋海涛"], ["people"]);
    private static readonly TrackedEntity Muller = new("gerd-muller", "Gerd Müller", EntityKind.Person, ["Gerd Müller"], []);
    private static readonly TrackedEntity Gill = new("gill", "Amandeep Singh Gill", EntityKind.Person, ["Amandeep Singh Gill"], []);
    private static readonly TrackedEntity Unido = new("unido", "UNIDO", EntityKind.Organisation, ["UNIDO"], []);
    private static readonly EntityMatcher Matcher = new([Song, Muller, Gill, Unido]);

    [Fact]
    public void Match_IgnoresCase() =>
        Assert.Equal("song-haitao", Assert.Single(Matcher.Match("", "Remarks by SONG HAITAO at the forum.")).Entity.Id);

    [Theory]
    [InlineData("Gerd Muller spoke.")]
    [InlineData("Gerd Müller spoke.")]
    [InlineData("GERD MÜLLER spoke.")]
    public void Match_FoldsDiacritics(string text) =>
        Assert.Equal("gerd-muller", Assert.Single(Matcher.Match("", text)).Entity.Id);

    [Fact]
    public void Match_FindsChineseAliasInChineseText_WithoutSpaces() =>
        Assert.Equal("song-haitao", Assert.Single(Matcher.Match("", "上海人工智能研究院院长宋海涛表示，人工智能鸿沟需要弥合。")).Entity.Id);

    [Fact]
    public void Match_CountsEnglishAndChineseNamesAsOneEntity()
    {
        var mention = Assert.Single(Matcher.Match("", "Song Haitao (宋海涛) spoke. Later Song Haitao left."));
        Assert.Equal(3, mention.Count);
    }

    [Fact]
    public void Match_CountsEachPlaceOnce_HoweverManyOfTheEntitysSpellingsMatchThere()
    {
        // Spellings that fold to one keyword, a hyphenated alias (matched spaced and closed up) and
        // traditional and simplified forms of one Chinese name.
        var lab = new TrackedEntity("lab", "Shanghai AI Lab", EntityKind.Organisation,
            ["Shanghai AI Lab", "SHANGHAI AI LAB", "Shanghai-AI Lab", "上海人工智能实验室", "上海人工智能實驗室"], []);

        var mentions = new EntityMatcher([lab, Muller]).Match("", "The Shanghai AI Lab (上海人工智能實驗室) and ShanghaiAI Lab met Gerd Mueller and Gerd Müller.");

        Assert.Equal([3, 2], mentions.Select(m => m.Count));
        Assert.All(mentions, m => Assert.Equal(m.Count, m.Positions.Select(p => p.Start).Distinct().Count()));
    }

    [Theory]
    [InlineData("The UNIDOS project is unrelated.")]
    [InlineData("Xsong Haitao is not a name.")]
    public void Match_RequiresWordBoundariesForLatinAliases(string text) => Assert.Empty(Matcher.Match("", text));

    [Fact]
    public void Match_AcceptsPossessivesAndPunctuationAfterAName() =>
        Assert.Equal(2, Matcher.Match("", "UNIDO's plan, backed by Amandeep Singh Gill.").Count);

    [Fact]
    public void Match_MatchesAcrossLineBreaksAndHyphens() =>
        Assert.Single(Matcher.Match("", "a speech by Amandeep\nSingh-Gill today"));

    [Fact]
    public void Match_TakesTheSentenceAroundTheFirstMentionAsSnippet()
    {
        var mention = Assert.Single(Matcher.Match("Headline", "The forum opened on Sunday. UNIDO announced a new centre in Shanghai. It has 20 staff."));
        Assert.Equal("UNIDO announced a new centre in Shanghai.", mention.Snippet);
        Assert.Equal("UNIDO", mention.MatchedAlias);
    }

    [Fact]
    public void Match_UsesTheTitleWhenTheBodyDoesNotNameTheEntity()
    {
        var mention = Assert.Single(Matcher.Match("Song Haitao on open models", "He said open models matter."));
        Assert.Equal("Song Haitao on open models", mention.Snippet);
    }
}
