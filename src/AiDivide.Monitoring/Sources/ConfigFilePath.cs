namespace AiDivide.Monitoring.Sources;

/// <summary>Resolves a configured file path.</summary>
/// <remarks>
/// A relative path means the user's own file when one exists relative to the working directory
/// (<c>--Sources:FeedsFile=my-feeds.json</c>); otherwise the file beside the binary (where the
/// defaults ship, and where a list that exists nowhere yet is created). The daemon, the
/// <c>feeds</c> editing commands and start-up validation all resolve through here, so a command
/// run from the daemon's working directory edits the very file the daemon reads.
/// </remarks>
public static class ConfigFilePath
{
    public static string Resolve(string path, string contentRoot) => Resolve(path, contentRoot, Environment.CurrentDirectory);

    /// <summary>As <see cref="Resolve(string, string)"/>, from the given working directory.</summary>
    public static string Resolve(string path, string contentRoot, string workingDirectory)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        var fromWorkingDirectory = Path.GetFullPath(path, workingDirectory);
        return File.Exists(fromWorkingDirectory) ? fromWorkingDirectory : Path.GetFullPath(Path.Combine(contentRoot, path));
    }
}
