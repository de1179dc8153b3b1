namespace AiDivide.Monitoring.Matching;

/// <summary>Decides whether an occurrence has its entity's required context near it, and none of its excluded context.</summary>
/// <remarks>
/// "Near" is within <see cref="Window"/> folded characters before or after the occurrence: about
/// two sentences. Title and main text are one folded document, so a headline mention also sees
/// the start of the lead, where a headline's terse name is usually explained.
/// </remarks>
internal static class ContextRules
{
    public const int Window = 200;

    public static bool Accepts(TrackedEntity entity, int entityIndex, int start, int end, List<ContextHit> context)
    {
        if (entity.RequiredContext.Count == 0 && entity.ExcludedContext.Count == 0)
        {
            return true;
        }

        var required = entity.RequiredContext.Count == 0;
        foreach (var hit in context)
        {
            if (hit.Entity != entityIndex || Distance(start, end, hit) > Window)
            {
                continue;
            }

            if (!hit.Required)
            {
                return false;
            }

            required = true;
        }

        return required;
    }

    private static int Distance(int start, int end, ContextHit hit) => Math.Max(0, Math.Max(hit.Start - end, start - hit.End));
}

/// <summary>A context word of one entity found in the folded article.</summary>
internal readonly record struct ContextHit(int Entity, bool Required, int Start, int End);
