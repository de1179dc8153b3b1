using System.Diagnostics;
using AiDivide.Monitoring.Sources;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace AiDivide.Monitoring.Matching;

/// <summary>Holds the watchlist loaded from <see cref="MatchingOptions.WatchlistFile"/>, and reloads it when the file changes.</summary>
/// <remarks>
/// A change starts a <see cref="MatchingOptions.ReloadDelay"/> quiet period (on the injected
/// <see cref="TimeProvider"/>); further changes restart it, so an editor's several writes load once.
/// A file that then fails to load is logged with the reason and the last good watchlist stays in
/// use; the next change tries again. Articles being matched keep the watchlist they started with.
/// </remarks>
public sealed class WatchlistProvider : IDisposable
{
    private readonly IFileProvider files;
    private readonly string fileName;
    private readonly TimeSpan delay;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly IDisposable watch;
    private readonly Lock gate = new();
    private readonly bool ownsFiles;
    private Watchlist? current;
    private ITimer? pending;

    public WatchlistProvider(IOptions<MatchingOptions> options, IHostEnvironment environment, TimeProvider time, ILogger<WatchlistProvider> logger)
        : this(ResolvePath(options.Value, environment), null, options.Value.ReloadDelay, time, logger)
    {
    }

    /// <summary>Watches <paramref name="path"/> through <paramref name="files"/> (rooted at its folder), or a physical provider when null.</summary>
    public WatchlistProvider(string path, IFileProvider? files, TimeSpan delay, TimeProvider time, ILogger logger)
    {
        Path = System.IO.Path.GetFullPath(path);
        fileName = System.IO.Path.GetFileName(Path);
        ownsFiles = files is null;
        this.files = files ?? new PhysicalFileProvider(System.IO.Path.GetDirectoryName(Path)!);
        this.delay = delay;
        this.time = time;
        this.logger = logger;
        watch = ChangeToken.OnChange(() => this.files.Watch(fileName), OnFileChanged);
    }

    public string Path { get; }

    /// <summary>The watchlist in force: loaded on first use, then replaced by each good edit.</summary>
    public Watchlist Current => Volatile.Read(ref current) ?? LoadFirst();

    /// <summary>Why the last edit was rejected, or null when the file in force is the file on disk.</summary>
    public string? LastError { get; private set; }

    public static string ResolvePath(MatchingOptions options, IHostEnvironment environment) =>
        ConfigFilePath.Resolve(options.WatchlistFile, environment.ContentRootPath);

    /// <summary>Loads the file now; false (and the reason in <see cref="LastError"/>) when it is broken.</summary>
    public bool Reload()
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var loaded = Read();
            Volatile.Write(ref current, loaded);
            LastError = null;
            MatchingLog.WatchlistReloaded(logger, Path, loaded.Entities.Count, loaded.Matcher.KeywordCount, stopwatch.ElapsedMilliseconds);
            return true;
        }
        catch (InvalidDataException ex)
        {
            LastError = ex.Message;
            MatchingLog.WatchlistRejected(logger, Path, ex.Message);
            return false;
        }
    }

    public void Dispose()
    {
        watch.Dispose();
        lock (gate)
        {
            pending?.Dispose();
        }

        if (ownsFiles)
        {
            (files as IDisposable)?.Dispose();
        }
    }

    private Watchlist LoadFirst()
    {
        lock (gate)
        {
            // A broken file at start-up throws: the host's start-up validation reports it before this.
            return current ??= Read();
        }
    }

    private Watchlist Read()
    {
        try
        {
            using var stream = files.GetFileInfo(fileName).CreateReadStream();
            return WatchlistLoader.Load(stream, Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Missing or half-written: as broken as bad JSON, and fixed by the next change.
            throw new InvalidDataException($"Watchlist '{Path}': {ex.Message}", ex);
        }
    }

    private void OnFileChanged()
    {
        lock (gate)
        {
            pending?.Dispose();
            pending = time.CreateTimer(_ => Reload(), null, delay, Timeout.InfiniteTimeSpan);
        }
    }
}
