using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Sources;

/// <summary>Reads the feed list at start-up so a broken file is reported before the first poll.</summary>
public sealed class FeedListValidator(IHostEnvironment environment) : IValidateOptions<SourcesOptions>
{
    public ValidateOptionsResult Validate(string? name, SourcesOptions options)
    {
        try
        {
            FeedListLoader.Load(ConfigFilePath.Resolve(options.FeedsFile, environment.ContentRootPath));
            return ValidateOptionsResult.Success;
        }
        catch (InvalidDataException ex)
        {
            return ValidateOptionsResult.Fail($"{SourcesOptions.SectionName}:FeedsFile: {ex.Message}");
        }
    }
}
