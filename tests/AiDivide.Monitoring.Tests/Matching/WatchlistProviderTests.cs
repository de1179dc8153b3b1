using AiDivide.Monitoring.Matching;
using AiDivide.Monitoring.Tests.Support;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.Time.Testing;

namespace AiDivide.Monitoring.Tests.Matching;

/// <summary>Hot reload: an edit takes effect after the quiet period; a broken edit keeps the last good watchlist.</summary>
public sealed class WatchlistProviderTests : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);
    private readonly ScratchDirectory scratch = new();
    private readonly FakeTimeProvider clock = new();
    private readonly ManualChangeFiles files;
    private readonly WatchlistProvider provider;

    public WatchlistProviderTests()
    {
        Use("reload-original.json");
        files = new ManualChangeFiles(scratch.Path);
        provider = new WatchlistProvider(scratch.File("watchlist.json"), files, Delay, clock, NullLogger.Instance);
    }

    [Fact]
    public void Edit_TakesEffectAfterTheQuietPeriod_WithoutARestart()
    {
        Assert.Single(provider.Current.Entities);

        Edit("reload-edited.json");
        clock.Advance(Delay - TimeSpan.FromMilliseconds(1));
        Assert.Single(provider.Current.Entities);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(["unido", "waic"], provider.Current.Entities.Select(e => e.Id));
        Assert.Contains(provider.Current.Matcher.Match("", "世界人工智能大会开幕"), m => m.Entity.Id == "waic");
    }

    [Fact]
    public void BrokenEdit_KeepsTheLastGoodWatchlist_AndSaysWhy()
    {
        var before = provider.Current;

        Edit("reload-broken.json");
        clock.Advance(Delay);

        Assert.Same(before, provider.Current);
        Assert.Contains("entities[1] 'waic'.aliases 'x' is too short", provider.LastError, StringComparison.Ordinal);

        Edit("reload-edited.json");
        clock.Advance(Delay);

        Assert.Equal(2, provider.Current.Entities.Count);
        Assert.Null(provider.LastError);
    }

    [Fact]
    public void SeveralQuickWrites_LoadOnce_WhenTheEditorIsDone()
    {
        _ = provider.Current;
        Edit("reload-broken.json");
        clock.Advance(Delay / 2);
        Edit("reload-edited.json");
        clock.Advance(Delay / 2);
        Assert.Single(provider.Current.Entities);

        clock.Advance(Delay / 2);
        Assert.Equal(2, provider.Current.Entities.Count);
        Assert.Null(provider.LastError);
    }

    [Fact]
    public async Task PhysicalFileWatching_ReloadsARealEdit()
    {
        using var real = new WatchlistProvider(scratch.File("watchlist.json"), null, TimeSpan.Zero, TimeProvider.System, NullLogger.Instance);
        Assert.Single(real.Current.Entities);

        Use("reload-edited.json");

        // The OS reports the change asynchronously; poll for it with a deadline rather than sleep a fixed time.
        var deadline = TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(20);
        while (real.Current.Entities.Count != 2 && TimeProvider.System.GetUtcNow() < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(2, real.Current.Entities.Count);
    }

    public void Dispose()
    {
        provider.Dispose();
        files.Dispose();
        scratch.Dispose();
    }

    private void Use(string testFile) => File.Copy(TestPaths.TestData("Matching", testFile), scratch.File("watchlist.json"), overwrite: true);

    private void Edit(string testFile)
    {
        Use(testFile);
        files.Change();
    }

    /// <summary>Reads real files but reports changes only when the test says so, so timing is the fake clock's alone.</summary>
    private sealed class ManualChangeFiles(string root) : IFileProvider, IDisposable
    {
        private readonly PhysicalFileProvider physical = new(root);
        private CancellationTokenSource changed = new();

        public IFileInfo GetFileInfo(string subpath) => physical.GetFileInfo(subpath);

        public IDirectoryContents GetDirectoryContents(string subpath) => physical.GetDirectoryContents(subpath);

        public IChangeToken Watch(string filter) => new CancellationChangeToken(changed.Token);

        public void Change()
        {
            var old = changed;
            changed = new CancellationTokenSource();
            old.Cancel();
            old.Dispose();
        }

        public void Dispose()
        {
            changed.Dispose();
            physical.Dispose();
        }
    }
}
