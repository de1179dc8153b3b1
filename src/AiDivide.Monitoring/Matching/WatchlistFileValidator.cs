using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Matching;

/// <summary>Loads the watchlist at start-up so a file that does not parse stops the daemon with the reason.</summary>
/// <remarks>Later edits are checked by <see cref="WatchlistProvider"/>, which keeps the last good watchlist instead.</remarks>
public sealed class WatchlistFileValidator(IHostEnvironment environment) : IValidateOptions<MatchingOptions>
{
    public ValidateOptionsResult Validate(string? name, MatchingOptions options)
    {
        try
        {
            WatchlistLoader.Load(WatchlistProvider.ResolvePath(options, environment));
            return ValidateOptionsResult.Success;
        }
        catch (InvalidDataException ex)
        {
            return ValidateOptionsResult.Fail($"{MatchingOptions.SectionName}:WatchlistFile: {ex.Message}");
        }
    }
}
