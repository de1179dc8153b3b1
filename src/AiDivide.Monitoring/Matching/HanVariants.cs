namespace AiDivide.Monitoring.Matching;

/// <summary>The traditional → simplified Chinese character table shipped as <c>HanVariants.txt</c>.</summary>
/// <remarks>
/// Folding both forms to one lets 上海人工智能實驗室 match the alias 上海人工智能实验室 without listing
/// both. Only characters are mapped, never phrases, which is all matching needs.
/// </remarks>
internal static class HanVariants
{
    public static Dictionary<char, char> Load()
    {
        using var stream = typeof(HanVariants).Assembly.GetManifestResourceStream("AiDivide.Monitoring.Matching.HanVariants.txt")
            ?? throw new InvalidOperationException("HanVariants.txt is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<char, char>(3000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 3 && line[1] == '\t')
            {
                map[line[0]] = line[2];
            }
        }

        return map;
    }
}
