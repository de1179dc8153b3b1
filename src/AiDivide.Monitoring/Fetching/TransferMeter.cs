using System.Diagnostics;

namespace AiDivide.Monitoring.Fetching;

/// <summary>Counts the bytes a response brings over the wire and stops it when it breaks a limit.</summary>
/// <remarks>
/// Wraps the raw (still compressed) body stream. Before each read it re-arms the idle timer, so
/// <see cref="FetchOptions.ReadTimeout"/> bounds every silence; after each read it checks the wire
/// cap and the average rate over the current window. Rates use the monotonic clock, not the
/// injected <see cref="TimeProvider"/>: they measure real sockets, and a fake clock in tests must
/// not freeze them.
/// </remarks>
internal sealed class TransferMeter(Stream inner, FetchOptions limits, CancellationTokenSource idle) : Stream
{
    private long windowStart = Stopwatch.GetTimestamp();
    private long windowBytes;

    private readonly byte[] tail = new byte[8];

    public long WireBytes { get; private set; }

    /// <summary>The last eight bytes received: a gzip body's trailer (CRC-32 and length).</summary>
    public ReadOnlySpan<byte> Tail => WireBytes >= tail.Length ? tail : tail.AsSpan(tail.Length - (int)WireBytes);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => WireBytes; set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        idle.CancelAfter(limits.ReadTimeout);
        var read = await inner.ReadAsync(buffer, cancellationToken);
        WireBytes += read;
        if (WireBytes > limits.MaxTransferBytes)
        {
            throw new FetchRefusedException($"response exceeds the limit of {limits.MaxTransferBytes} bytes on the wire");
        }

        KeepTail(buffer.Span[..read]);
        CheckRate(read);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("the fetcher reads asynchronously");

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void KeepTail(ReadOnlySpan<byte> received)
    {
        if (received.Length >= tail.Length)
        {
            received[^tail.Length..].CopyTo(tail);
            return;
        }

        tail.AsSpan(received.Length).CopyTo(tail);
        received.CopyTo(tail.AsSpan(tail.Length - received.Length));
    }

    private void CheckRate(int read)
    {
        if (limits.MinBytesPerSecond <= 0 || read == 0)
        {
            return;
        }

        windowBytes += read;
        var elapsed = Stopwatch.GetElapsedTime(windowStart);
        if (elapsed < limits.TransferRateWindow)
        {
            return;
        }

        var rate = windowBytes / elapsed.TotalSeconds;
        if (rate < limits.MinBytesPerSecond)
        {
            throw new FetchRefusedException($"transfer too slow: {windowBytes} bytes in {elapsed.TotalSeconds:0.#} s ({rate:0.#} B/s, minimum {limits.MinBytesPerSecond} B/s)");
        }

        windowStart = Stopwatch.GetTimestamp();
        windowBytes = 0;
    }
}
