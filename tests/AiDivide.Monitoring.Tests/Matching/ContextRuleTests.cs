using AiDivide.Monitoring.Matching;

namespace AiDivide.Monitoring.Tests.Matching;

/// <summary>Required and excluded context, look-alike entities, short Chinese aliases, and one entity across two scripts.</summary>
public class ContextRuleTests
{
    private static readonly TrackedEntity Minister = new("gerd-muller", "Gerd Müller", EntityKind.Person, ["Gerd Müller"], [])
    {
        RequiredContext = ["UNIDO", "industrial", "development"],
        ExcludedContext = ["Bayern"],
    };

    private static readonly TrackedEntity Institute = new("institute", "Shanghai Artificial Intelligence Research Institute", EntityKind.Organisation, ["Shanghai AI Institute", "上海人工智能研究院"], []);
    private static readonly TrackedEntity Laboratory = new("laboratory", "Shanghai AI Laboratory", EntityKind.Organisation, ["Shanghai AI Lab", "上海人工智能实验室"], []);
    private static readonly TrackedEntity Haitao = new("haitao", "Haitao", EntityKind.Person, ["海涛"], []) { RequiredContext = ["研究院"] };
    private static readonly TrackedEntity Song = new("song-haitao", "Song Haitao", EntityKind.Person, ["Song Haitao", "宋海涛"], []);
    private static readonly EntityMatcher Matcher = new([Minister, Institute, Laboratory, Haitao, Song]);

    private static string[] Found(string title, string text) => [.. Matcher.Match(title, text).Select(m => m.Entity.Id)];

    [Fact]
    public void RequiredContext_AcceptsTheMentionWhenAContextWordIsNear() =>
        Assert.Contains("gerd-muller", Found("", "UNIDO director general Gerd Müller opened the centre."));

    [Fact]
    public void RequiredContext_RejectsTheMentionWithoutAnyContextWord() =>
        Assert.DoesNotContain("gerd-muller", Found("", "Gerd Müller scored twice in the final."));

    [Fact]
    public void RequiredContext_RejectsAContextWordTooFarAway() =>
        Assert.DoesNotContain("gerd-muller", Found("", "UNIDO met. " + new string('x', 300) + " Later Gerd Müller scored."));

    [Fact]
    public void RequiredContext_LetsAHeadlineMentionUseTheLead() =>
        Assert.Contains("gerd-muller", Found("Gerd Müller in Shanghai", "The UNIDO chief arrived on Monday."));

    [Fact]
    public void ExcludedContext_RejectsTheMentionEvenWithRequiredContext() =>
        Assert.DoesNotContain("gerd-muller", Found("", "Bayern's Gerd Müller visited a development project."));

    [Fact]
    public void ExcludedContext_OnlyRejectsTheOccurrencesItIsNear()
    {
        var text = "Bayern legend Gerd Müller was remembered. " + new string('x', 300) + " UNIDO's Gerd Müller spoke on development.";
        Assert.Equal(1, Assert.Single(Matcher.Match("", text), m => m.Entity.Id == "gerd-muller").Count);
    }

    [Theory]
    [InlineData("上海人工智能研究院发布报告。", "institute")]
    [InlineData("上海人工智能实验室发布报告。", "laboratory")]
    [InlineData("Shanghai AI Institute chief speaks", "institute")]
    [InlineData("Shanghai AI Lab releases model", "laboratory")]
    public void LookAlikeEntities_StayApart(string text, string entity) => Assert.Equal([entity], Found("", text));

    [Fact]
    public void ShortChineseAlias_DoesNotMatchInsideALongerWordWithoutItsContext() =>
        Assert.DoesNotContain("haitao", Found("", "上海涛声依旧，游客很多。"));

    [Fact]
    public void ShortChineseAlias_MatchesWithItsContext() =>
        Assert.Contains("haitao", Found("", "研究院院长海涛表示，合作很重要。"));

    [Fact]
    public void ChineseAndEnglishNames_InOneStory_AreOneEntity()
    {
        var mention = Assert.Single(Matcher.Match("Song Haitao on open models", "宋海涛表示，开放模型很重要。\nSong Haitao also said the divide is widening."));
        Assert.Equal("song-haitao", mention.Entity.Id);
        Assert.Equal(3, mention.Count);
        Assert.Equal([TextField.Title, TextField.Lead, TextField.Body], mention.Fields);
        Assert.Equal("宋海涛", mention.MatchedAlias);
        Assert.Equal("宋海涛表示，开放模型很重要。", mention.Snippet);
    }

    [Fact]
    public void OverlappingAliases_OfOneEntity_CountOnce()
    {
        var song = new TrackedEntity("song", "Song Haitao", EntityKind.Person, ["Song Haitao", "Haitao"], []);
        Assert.Equal(1, Assert.Single(new EntityMatcher([song]).Match("", "Song Haitao spoke.")).Count);
    }
}
