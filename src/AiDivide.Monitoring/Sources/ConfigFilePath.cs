namespace AiDivide.Monitoring.Sources;

/// <summary>Resolves a configured file path.</summary>
/// <remarks>
/// A relative path means the user's own file when one exists relative to the working directory
/// (<c>--Sources:FeedsFile=my-feeds.json</c>); otherwise the default that ships beside the binary.
/// </remarks>
public static class ConfigFilePath
{
    public static string Resolve(string path, string contentRoot)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        var fromWorkingDirectory = Path.GetFullPath(path);
        return File.Exists(fromWorkingDirectory) ? fromWorkingDirectory : Path.GetFullPath(Path.Combine(contentRoot, path));
    }
}
