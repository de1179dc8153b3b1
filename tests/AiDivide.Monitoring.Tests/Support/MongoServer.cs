using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace AiDivide.Monitoring.Tests.Support;

/// <summary>A MongoDB to test against: the one named by MONGODB_URI, or a jongodb started on a free loopback port.</summary>
public sealed partial class MongoServer : IAsyncLifetime
{
    private Process? process;

    public string ConnectionString { get; private set; } = "";

    /// <summary>True when running against jongodb rather than a real MongoDB.</summary>
    public bool IsJongodb => process is not null;

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("MONGODB_URI") is { Length: > 0 } uri)
        {
            ConnectionString = uri;
            return;
        }

        var binary = typeof(MongoServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "JongodbBinary").Value!;
        if (!File.Exists(binary))
        {
            throw new InvalidOperationException($"jongodb is not installed at {binary}; the test project's build runs 'npm ci' in tests/mongo-server to install it.");
        }

        process = Process.Start(new ProcessStartInfo(binary, "--host=127.0.0.1 --port=0") { RedirectStandardOutput = true, RedirectStandardError = true })!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (UriLine().Match(line) is { Success: true } match)
            {
                ConnectionString = match.Groups[1].Value;
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
                return;
            }
        }

        throw new InvalidOperationException("jongodb exited before printing JONGODB_URI: " + await process.StandardError.ReadToEndAsync(CancellationToken.None));
    }

    public Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
        }

        process?.Dispose();
        return Task.CompletedTask;
    }

    [GeneratedRegex(@"^JONGODB_URI=(mongodb://\S+)")]
    private static partial Regex UriLine();
}

[CollectionDefinition(Name)]
public sealed class MongoServerGroup : ICollectionFixture<MongoServer>
{
    public const string Name = "MongoDB";
}
