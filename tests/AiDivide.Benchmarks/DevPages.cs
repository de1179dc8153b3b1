using System.IO.Compression;

namespace AiDivide.Benchmarks;

/// <summary>The extraction dev set (<c>../shared/eval/extraction-dev/html</c>), read in place beside the repository, never copied into it.</summary>
internal static class DevPages
{
    public static IReadOnlyList<(string Html, Uri Url)> Load()
    {
        var folder = Path.Combine(RepositoryRoot(), "..", "shared", "eval", "extraction-dev", "html");
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException(
                $"The extraction benchmark needs the dev pages at {Path.GetFullPath(folder)} (../shared beside the repository); they are not part of the repository.");
        }

        return [.. Directory.GetFiles(folder, "*.html.gz").Order(StringComparer.Ordinal).Select(Read)];
    }

    private static (string Html, Uri Url) Read(string file)
    {
        using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var id = Path.GetFileName(file)[..^".html.gz".Length];
        return (reader.ReadToEnd(), new Uri($"https://dev.example.com/{id}.html"));
    }

    private static string RepositoryRoot()
    {
        // BenchmarkDotNet runs a generated copy of this project from a folder under bin/, so look upwards.
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AiDivide.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No AiDivide.sln above {AppContext.BaseDirectory}; run the benchmark from the repository.");
    }
}
