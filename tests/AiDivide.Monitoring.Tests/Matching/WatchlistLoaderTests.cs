using AiDivide.Monitoring.Matching;
using AiDivide.Monitoring.Tests.Support;

namespace AiDivide.Monitoring.Tests.Matching;

public class WatchlistLoaderTests
{
    [Fact]
    public void Load_ReadsEntitiesWithTheirNameAsAnAlias()
    {
        using var scratch = new ScratchDirectory();
        File.WriteAllText(scratch.File("w.json"), """{ "entities": [ { "id": "waic", "name": "WAIC", "kind": "event", "aliases": ["世界人工智能大会"], "tags": ["events"] } ] }""");

        var entity = Assert.Single(WatchlistLoader.Load(scratch.File("w.json")).Entities);

        Assert.Equal(EntityKind.Event, entity.Kind);
        Assert.Equal(["WAIC", "世界人工智能大会"], entity.Aliases);
    }

    [Fact]
    public void Load_ReportsFileLineAndPositionOfBrokenJson()
    {
        using var scratch = new ScratchDirectory();
        File.WriteAllText(scratch.File("w.json"), "{ \"entities\": [ { \"id\": \"x\" \"name\": \"y\" } ] }");

        var error = Assert.Throws<InvalidDataException>(() => WatchlistLoader.Load(scratch.File("w.json")));

        Assert.Contains("w.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReportsEveryInvalidEntityAndField()
    {
        using var scratch = new ScratchDirectory();
        File.WriteAllText(scratch.File("w.json"), """{ "entities": [ { "name": "No id" }, { "id": "a", "name": "AI", "aliases": ["x"] }, { "id": "a", "name": "Again" } ] }""");

        var error = Assert.Throws<InvalidDataException>(() => WatchlistLoader.Load(scratch.File("w.json")));

        Assert.Contains("entities[0].id is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("entities[1] 'a'.aliases 'x' is too short", error.Message, StringComparison.Ordinal);
        Assert.Contains("entities[2] 'a'.id appears twice", error.Message, StringComparison.Ordinal);
    }
}

public class WatchlistValidationTests
{
    private static string Problems(string file) =>
        Assert.Throws<InvalidDataException>(() => WatchlistLoader.Load(Support.TestPaths.TestData("Matching", file))).Message;

    [Fact]
    public void Load_RejectsTwoCharacterChineseAliasesWithoutContext() =>
        Assert.Contains("entities[0] 'haitao'.aliases '海涛' is two Chinese characters", Problems("short-chinese-alias.json"), StringComparison.Ordinal);

    [Fact]
    public void Load_NamesTheFileEntityAndFieldOfEveryProblem()
    {
        var message = Problems("invalid-fields.json");
        Assert.Contains("invalid-fields.json", message, StringComparison.Ordinal);
        Assert.Contains("entities[0] 'bad-kind'.kind 'persn' is not one of", message, StringComparison.Ordinal);
        Assert.Contains("entities[1] 'bad-query'.query position 18: expected ')' to close the '(' at position 0", message, StringComparison.Ordinal);
        Assert.Contains("entities[2] 'empty-context'.requiredContext[0] is empty", message, StringComparison.Ordinal);
        Assert.Contains("entities[4] 'twin-b'.aliases 'Shanghai AI Institute' is also an alias of 'twin-a'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RejectsUnknownFields_WithTheLine() =>
        Assert.Contains("line 3", Problems("unknown-field.json"), StringComparison.Ordinal);

    [Fact]
    public void Load_ReadsContextRulesAndQueries()
    {
        var entities = WatchlistLoader.Load(Support.TestPaths.TestData("Matching", "rules.json")).Entities;
        Assert.Equal(["UNIDO", "development"], entities[0].RequiredContext);
        Assert.Equal(["Bayern"], entities[0].ExcludedContext);
        Assert.False(entities[0].FoldDiacritics);
        Assert.Equal(3, entities[1].Query!.Terms.Count);
        Assert.Empty(entities[1].Aliases);
    }
}
