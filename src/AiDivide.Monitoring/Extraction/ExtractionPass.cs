namespace AiDivide.Monitoring.Extraction;

/// <summary>How strict one extraction attempt is; later passes relax the rules that can throw the story away.</summary>
internal sealed record ExtractionPass(bool StripUnlikely, bool WeighClasses, bool CleanConditionally)
{
    public static readonly ExtractionPass[] All =
    [
        new(true, true, true),
        new(false, true, true),
        new(false, false, true),
        new(false, false, false),
    ];
}
