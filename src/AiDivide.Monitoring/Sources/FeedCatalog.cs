using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Sources;

/// <summary>The configured feed list, read from <see cref="SourcesOptions.FeedsFile"/>.</summary>
public sealed class FeedCatalog(IOptions<SourcesOptions> options, IHostEnvironment environment)
{
    public string FilePath => ConfigFilePath.Resolve(options.Value.FeedsFile, environment.ContentRootPath);

    public IReadOnlyList<FeedDefinition> Load() => FeedListLoader.Load(FilePath);
}
