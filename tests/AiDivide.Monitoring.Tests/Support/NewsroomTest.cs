using AiDivide.Worker.Demo;
using Microsoft.AspNetCore.Builder;

namespace AiDivide.Monitoring.Tests.Support;

/// <summary>
/// Base for tests that need the world around the monitor: the sample news site on a loopback port,
/// a real SMTP server, and a scratch data folder, all fresh for each test.
/// </summary>
public abstract class NewsroomTest : IAsyncLifetime
{
    internal ScratchDirectory Data { get; } = new();

    internal SampleSite Site { get; private set; } = null!;

    internal TestSmtpServer Smtp { get; set; } = null!;

    public async Task InitializeAsync()
    {
        Site = await SampleSite.StartAsync(TestPaths.Site, AddRoutes);
        Smtp = await TestSmtpServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await Site.DisposeAsync();
        Data.Dispose();
    }

    /// <summary>Routes a test serves besides the site's files (failures, counters, changing feeds).</summary>
    protected virtual void AddRoutes(WebApplication app)
    {
    }
}
