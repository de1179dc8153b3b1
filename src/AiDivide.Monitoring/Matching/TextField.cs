namespace AiDivide.Monitoring.Matching;

/// <summary>Where in an article a mention occurs.</summary>
public enum TextField
{
    /// <summary>The headline.</summary>
    Title,

    /// <summary>The first paragraph of the main text.</summary>
    Lead,

    /// <summary>The rest of the main text.</summary>
    Body,
}
