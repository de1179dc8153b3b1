using AiDivide.Monitoring.Sources;

namespace AiDivide.Monitoring.Tests.Sources;

public class SourcesOptionsValidatorTests
{
    [Fact]
    public void Defaults_AreValid()
    {
        Assert.True(new SourcesOptionsValidator().Validate(null, new SourcesOptions()).Succeeded);
    }

    [Fact]
    public void AnInvertedRange_AndAPollIntervalOutsideIt_AreEachReportedWithTheirValues()
    {
        var options = new SourcesOptions { MinPollInterval = TimeSpan.FromHours(3), MaxPollInterval = TimeSpan.FromHours(1), PollInterval = TimeSpan.FromMinutes(15) };

        var result = new SourcesOptionsValidator().Validate(null, options);

        Assert.Equal(
            [
                "Sources:MinPollInterval (03:00:00) must not exceed Sources:MaxPollInterval (01:00:00).",
                "Sources:PollInterval (00:15:00) must lie between Sources:MinPollInterval (03:00:00) and Sources:MaxPollInterval (01:00:00).",
            ],
            result.Failures);
    }
}
