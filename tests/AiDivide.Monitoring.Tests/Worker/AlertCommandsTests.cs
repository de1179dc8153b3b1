using System.Globalization;
using AiDivide.Monitoring.Tests.Support;
using AiDivide.Worker.Cli;

namespace AiDivide.Monitoring.Tests.Worker;

/// <summary><c>send-test-email</c> reaches a real SMTP server, and says so when it cannot.</summary>
public sealed class AlertCommandsTests : IAsyncLifetime
{
    private readonly ScratchDirectory data = new();
    private TestSmtpServer smtp = null!;

    public async Task InitializeAsync() => smtp = await TestSmtpServer.StartAsync(rejects: to => to == "nobody@example.org");

    public async Task DisposeAsync()
    {
        await smtp.DisposeAsync();
        data.Dispose();
    }

    [Fact]
    public async Task SendTestEmail_DeliversASampleAlertThroughTheConfiguredRelay_AndReportsARejection()
    {
        var sent = await MonitorCli.Create().Parse(["send-test-email", "someone@example.org", .. Settings()]).InvokeAsync();
        var refused = await MonitorCli.Create().Parse(["send-test-email", "nobody@example.org", .. Settings()]).InvokeAsync();

        Assert.Equal(0, sent);
        Assert.Equal(1, refused);
        var mail = Assert.Single(smtp.Messages);
        Assert.Equal("AiDivide Monitor in Example Newsroom: Test alert: your mail settings work", mail.Subject);
        Assert.Equal("someone@example.org", mail.To.Mailboxes.Single().Address);
        Assert.NotNull(mail.HtmlBody);
    }

    private string[] Settings() =>
    [
        $"--Storage:SqlitePath={data.File("monitor.db")}",
        "--Delivery:Smtp:Host=127.0.0.1",
        $"--Delivery:Smtp:Port={smtp.Port.ToString(CultureInfo.InvariantCulture)}",
        "--Delivery:Smtp:Security=None",
        "--Logging:LogLevel:Default=Warning",
        "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
    ];
}
