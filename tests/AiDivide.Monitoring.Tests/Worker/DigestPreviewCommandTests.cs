using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using AiDivide.Monitoring.Tests.Support;
using AiDivide.Worker.Demo;

namespace AiDivide.Monitoring.Tests.Worker;

/// <summary>
/// <c>digest --preview RECIPIENT &gt; digest.html</c>, run as the real executable so that its real standard
/// output is what is checked: the recipient's digest as HTML, and not one log line mixed into it.
/// </summary>
public sealed class DigestPreviewCommandTests : IDisposable
{
    private readonly ScratchDirectory data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task DigestPreview_PrintsOnlyTheRecipientsDigestHtml_OnStdout_WithTheirEntitiesBarsAndStories()
    {
        // The demo runs the real pipeline on the bundled sample sites with the real clock, so its mentions
        // fall in the digest period that is open now; the preview runs in a separate process on that store.
        Assert.Equal(0, await DemoCommand.RunAsync(data.Path, TextWriter.Null, [], CancellationToken.None));
        var database = Assert.Single(Directory.GetFiles(data.Path, "aidivide.db", SearchOption.AllDirectories));
        // A daily digest due 12 hours from now: the open period reaches well back before the demo ran.
        var at = TimeProvider.System.GetUtcNow().AddHours(12).ToString("HH:mm", CultureInfo.InvariantCulture);

        var (exitCode, stdout, stderr) = await RunWorkerAsync(
            "digest", "--preview", "desk@example.org",
            $"--Storage:SqlitePath={database}",
            "--Alerts:Recipients:0:Email=desk@example.org",
            "--Alerts:Recipients:0:Mode=Daily",
            $"--Alerts:Recipients:0:At={at}",
            "--Alerts:Recipients:0:Entities:0=song-haitao",
            "--Alerts:Recipients:0:Entities:1=waic",
            // Information-level logs are on, so there is something that could leak into stdout.
            "--Logging:LogLevel:Default=Information");

        Assert.True(exitCode == 0, stderr);
        // Nothing but the HTML document on stdout; the subject and the host's log lines go to stderr.
        Assert.StartsWith("<!DOCTYPE html>", stdout, StringComparison.Ordinal);
        Assert.EndsWith("</html>", stdout.TrimEnd(), StringComparison.Ordinal);
        Assert.Single(Regex.Matches(stdout, "<html"));
        Assert.DoesNotContain("info:", stdout, StringComparison.Ordinal);
        Assert.Contains("Subject: Daily digest (preview): 5 stories on World Artificial Intelligence Conference and Song Haitao", stderr, StringComparison.Ordinal);
        Assert.Contains("Application started", stderr, StringComparison.Ordinal);

        // The recipient's two entities, each a section with its 7- and 30-day bars; nobody else's.
        Assert.Contains(">World Artificial Intelligence Conference <span", stdout, StringComparison.Ordinal);
        Assert.Contains(">Song Haitao <span", stdout, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(stdout, "<h2 "));
        Assert.Equal(2 * (7 + 30), Regex.Count(stdout, "height=\"[0-9]+\" bgcolor=\"#c0392b\"|height=\"[0-9]+\" bgcolor=\"#d9dee5\""));
        Assert.Contains("LAST 7 DAYS &middot; 5", stdout, StringComparison.Ordinal);

        // Their stories, linked; a story about entities they do not follow is left out.
        Assert.Contains("Song Haitao: Brazil trip shows emerging economies can narrow the AI gap</a>", stdout, StringComparison.Ordinal);
        Assert.Contains("Li Qiang proposes a global AI cooperation body, with Shanghai eyed as host</a>", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinigence AI says shared compute platform", stdout, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunWorkerAsync(params string[] args)
    {
        // The worker is referenced by the tests, so aidivide.dll and its runtimeconfig sit beside them.
        var muxer = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = new ProcessStartInfo(muxer)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "aidivide.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
