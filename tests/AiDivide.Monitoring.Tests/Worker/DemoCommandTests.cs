using AiDivide.Monitoring.Tests.Support;
using AiDivide.Worker.Demo;

namespace AiDivide.Monitoring.Tests.Worker;

public sealed class DemoCommandTests : IDisposable
{
    private readonly ScratchDirectory data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task Demo_RunsTheRealPipelineOffline_AndWritesAlertEmails()
    {
        using var output = new StringWriter();

        var exitCode = await DemoCommand.RunAsync(data.Path, output, [], CancellationToken.None);

        Assert.Equal(0, exitCode);
        var emails = Directory.GetFiles(data.Path, "*.eml", SearchOption.AllDirectories);
        Assert.NotEmpty(emails);
        var printed = output.ToString();
        Assert.Contains($"{emails.Length} alert email(s)", printed, StringComparison.Ordinal);
        Assert.Contains("• Song Haitao:", printed, StringComparison.Ordinal);
        Assert.Contains("宋海涛：以开放合作弥合人工智能鸿沟", printed, StringComparison.Ordinal);
        // The robotics-fair story names tracked people only in its sidebar and footer: no alert.
        Assert.DoesNotContain("automation fair", printed, StringComparison.Ordinal);
    }
}
