using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Sources;

/// <summary>The configured feed list, read from <see cref="SourcesOptions.FeedsFile"/>.</summary>
public sealed class FeedCatalog(IOptions<SourcesOptions> options, IHostEnvironment environment)
{
    private volatile IReadOnlyList<FeedDefinition>? lastRead;

    public string FilePath => ConfigFilePath.Resolve(options.Value.FeedsFile, environment.ContentRootPath);

    public IReadOnlyList<FeedDefinition> Load()
    {
        var feeds = FeedListLoader.Load(FilePath);
        lastRead = feeds;
        return feeds;
    }

    /// <summary>The feed's definition as last read (each poll cycle reads the list); null for a feed no longer listed.</summary>
    /// <remarks>A list that became unreadable keeps its last good reading, as polling does.</remarks>
    public FeedDefinition? Find(string feedId)
    {
        var feeds = lastRead;
        if (feeds is null)
        {
            try
            {
                feeds = Load();
            }
            catch (InvalidDataException)
            {
                return null;
            }
        }

        return feeds.FirstOrDefault(f => f.Id == feedId);
    }
}
