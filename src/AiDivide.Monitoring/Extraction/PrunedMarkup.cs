using System.Buffers;

namespace AiDivide.Monitoring.Extraction;

/// <summary>Pruned HTML, in a pooled buffer that goes back to the pool when the page has been extracted.</summary>
internal readonly struct PrunedMarkup(char[]? buffer, ReadOnlyMemory<char> text) : IDisposable
{
    /// <summary>The pruned HTML; valid until <see cref="Dispose"/>.</summary>
    public ReadOnlyMemory<char> Text { get; } = text;

    public override string ToString() => Text.ToString();

    public void Dispose()
    {
        if (buffer is not null)
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
