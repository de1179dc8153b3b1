using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.IO.Compression;

namespace AiDivide.Monitoring.Fetching;

/// <summary>Reads a response body, decompressing it ourselves, without ever holding more than the limits allow.</summary>
/// <remarks>
/// The handler's automatic decompression is off so that both sizes are ours to cap: bytes on the
/// wire (<see cref="TransferMeter"/>) and bytes after decompression, which is what stops a gzip
/// bomb after <see cref="FetchOptions.MaxResponseBytes"/> however small it was on the wire.
/// Nothing beyond those caps is ever buffered: the body streams through an 80 KB chunk.
/// </remarks>
internal static class ResponseBody
{
    public const int ChunkBytes = 81920;

    public static async Task<byte[]> ReadAsync(HttpContent content, FetchOptions limits, CancellationTokenSource idle, FetchAccount account)
    {
        var encoding = ContentEncoding(content);
        await using var meter = new TransferMeter(await content.ReadAsStreamAsync(idle.Token), limits, idle);
        await using var decoded = await DecoderAsync(encoding, meter, idle.Token);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await decoded.ReadAsync(chunk.AsMemory(0, ChunkBytes), idle.Token)) > 0)
            {
                account.WireBytes = meter.WireBytes;
                if (buffer.Length + read > limits.MaxResponseBytes)
                {
                    throw new FetchRefusedException(encoding is null
                        ? $"response exceeds the limit of {limits.MaxResponseBytes} bytes"
                        : $"response exceeds the limit of {limits.MaxResponseBytes} bytes after {encoding} decompression ({meter.WireBytes} bytes on the wire so far)");
                }

                buffer.Write(chunk, 0, read);
                account.BodyBytes = buffer.Length;
            }

            if (encoding == "gzip" && !GzipTrailerMatches(meter.Tail, buffer))
            {
                // .NET's GZipStream ends quietly when the input stops mid-stream; the last member's trailer tells.
                throw new FetchRefusedException("corrupt or truncated gzip body: its trailer does not match the decoded data (CRC-32 and length)");
            }
        }
        catch (InvalidDataException ex)
        {
            throw new FetchRefusedException($"corrupt or truncated {encoding} body: {ex.Message}");
        }
        finally
        {
            account.WireBytes = meter.WireBytes;
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>Whether the gzip body's last trailer (CRC-32, length mod 2^32) describes the end of what we decoded.</summary>
    /// <remarks>
    /// RFC 1952 allows several members one after another, and GZipStream decodes them all, checking each
    /// completed member's trailer itself. Only the last can be cut short unnoticed, and its data is the
    /// decoded body's last ISIZE bytes (bodies are capped far below 4 GB, so ISIZE is exact). A cut inside
    /// the last member leaves compressed bytes where the trailer should be, which match by chance once in 2^32.
    /// </remarks>
    private static bool GzipTrailerMatches(ReadOnlySpan<byte> tail, MemoryStream decoded)
    {
        if (tail.Length < 8)
        {
            return false;
        }

        var data = decoded.GetBuffer().AsSpan(0, (int)decoded.Length);
        var lastMemberLength = BinaryPrimitives.ReadUInt32LittleEndian(tail[4..]);
        return lastMemberLength <= (uint)data.Length
            && BinaryPrimitives.ReadUInt32LittleEndian(tail[..4]) == Crc32.HashToUInt32(data[^(int)lastMemberLength..]);
    }

    /// <returns>The one coding to undo, or null for identity.</returns>
    private static string? ContentEncoding(HttpContent content)
    {
        var codings = content.Headers.ContentEncoding.Where(c => !c.Equals("identity", StringComparison.OrdinalIgnoreCase)).ToList();
        if (codings.Count > 1)
        {
            throw new FetchRefusedException($"unsupported content encoding '{string.Join(", ", codings)}' (one of gzip, deflate, br expected)");
        }

        return codings.Count == 0 ? null : codings[0].ToLowerInvariant() switch
        {
            "gzip" or "x-gzip" => "gzip",
            "deflate" => "deflate",
            "br" => "br",
            var other => throw new FetchRefusedException($"unsupported content encoding '{other}' (gzip, deflate or br expected)"),
        };
    }

    private static async Task<Stream> DecoderAsync(string? encoding, Stream wire, CancellationToken cancellationToken) => encoding switch
    {
        "gzip" => new GZipStream(wire, CompressionMode.Decompress),
        "deflate" => await DeflateDecoderAsync(wire, cancellationToken),
        "br" => new BrotliStream(wire, CompressionMode.Decompress),
        _ => wire,
    };

    /// <summary>
    /// HTTP's "deflate" is the zlib format (RFC 9110), but some servers send raw deflate under that name;
    /// browsers and curl accept both, told apart by the zlib header (method 8, header checksum a multiple of 31).
    /// </summary>
    private static async Task<Stream> DeflateDecoderAsync(Stream wire, CancellationToken cancellationToken)
    {
        var head = new byte[2];
        var length = await wire.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var replay = new PeekedStream(head[..length], wire);
        var zlib = length == 2 && (head[0] & 0x0F) == 8 && head[0] >> 4 <= 7 && ((head[0] << 8) | head[1]) % 31 == 0;
        return zlib ? new ZLibStream(replay, CompressionMode.Decompress) : new DeflateStream(replay, CompressionMode.Decompress);
    }
}
