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
