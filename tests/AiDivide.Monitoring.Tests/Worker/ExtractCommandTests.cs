using System.IO.Compression;
using System.Text.Json;
using AiDivide.Monitoring.Tests.Support;
using AiDivide.Worker.Cli;

namespace AiDivide.Monitoring.Tests.Worker;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly ScratchDirectory scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task ExtractDir_WritesTheTextOfEveryHtmlAndGzippedPage_ByFileId()
    {
        var pages = Path.Combine(scratch.Path, "pages");
        Directory.CreateDirectory(pages);
        File.Copy(TestPaths.TestData("Extraction", "gill-data-centres.html"), Path.Combine(pages, "gill.html"));
        await using (var gzip = new GZipStream(File.Create(Path.Combine(pages, "zh.html.gz")), CompressionLevel.Fastest))
        {
            await gzip.WriteAsync(await File.ReadAllBytesAsync(TestPaths.TestData("Extraction", "zh-infinigence.html")));
        }

        await File.WriteAllTextAsync(Path.Combine(pages, "notes.txt"), "not a page");
        var output = scratch.File("out.json");

        var exitCode = await MonitorCli.Create().Parse(["extract", "--dir", pages, "--out", output]).InvokeAsync();

        Assert.Equal(0, exitCode);
        var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(output))!;
        Assert.Equal(["gill", "zh"], texts.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Amandeep Singh Gill", texts["gill"], StringComparison.Ordinal);
        Assert.Contains("无问芯穹", texts["zh"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_WithoutAPageOrFolder_FailsWithUsage() =>
        Assert.Equal(2, await ExtractCommand.RunAsync(null, null, null, [], CancellationToken.None));
}
