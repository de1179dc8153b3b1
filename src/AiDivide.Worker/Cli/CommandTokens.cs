namespace AiDivide.Worker.Cli;

/// <summary>Separates configuration tokens (<c>--Section:Key=value</c>) from a command's own values, wherever the parser put them.</summary>
/// <remarks>
/// System.CommandLine hands an unknown <c>--Sources:FeedsFile=x</c> to an optional or open-ended
/// argument when it has room (<c>feeds export --Sources:FeedsFile=x</c> would export to a file of that
/// name), and leaves the real value unmatched. Tokens shaped like configuration are configuration;
/// the rest are the command's values. Configuration is given in the one-token form.
/// </remarks>
internal static class CommandTokens
{
    public static (IReadOnlyList<string> Values, IReadOnlyList<string> Configuration) Split(IEnumerable<string?> values, IReadOnlyList<string> unmatched)
    {
        // Values first, in order: a value the parser left unmatched (because a configuration token took its place) comes after them.
        List<string> tokens = [.. values.OfType<string>(), .. unmatched];
        return ([.. tokens.Where(v => !IsConfiguration(v))], [.. tokens.Where(IsConfiguration)]);
    }

    private static bool IsConfiguration(string token) => token.StartsWith("--", StringComparison.Ordinal) && token.Contains('=', StringComparison.Ordinal);
}
