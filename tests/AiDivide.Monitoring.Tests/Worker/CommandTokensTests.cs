using AiDivide.Worker.Cli;

namespace AiDivide.Monitoring.Tests.Worker;

public class CommandTokensTests
{
    [Fact]
    public void ConfigurationTakenByAnArgument_IsGivenBack_AndTheValueLeftUnmatchedIsTheArgument()
    {
        // What the parser makes of `feeds remove --Sources:FeedsFile=my.json lantern`.
        var (values, configuration) = CommandTokens.Split(["--Sources:FeedsFile=my.json"], ["lantern"]);

        Assert.Equal(["lantern"], values);
        Assert.Equal(["--Sources:FeedsFile=my.json"], configuration);
    }

    [Fact]
    public void AnOptionalArgumentLeftEmpty_GivesNoValues()
    {
        var (values, configuration) = CommandTokens.Split([null], ["--Storage:SqlitePath=m.db"]);

        Assert.Empty(values);
        Assert.Equal(["--Storage:SqlitePath=m.db"], configuration);
    }
}
