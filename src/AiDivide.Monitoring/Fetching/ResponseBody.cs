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
        await using var decoded = Decoder(encoding, meter);
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
                // .NET's GZipStream ends quietly when the input stops mid-stream; the trailer tells.
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

    /// <summary>Whether a single-member gzip body's trailer (CRC-32, length mod 2^32) describes what we decoded.</summary>
    private static bool GzipTrailerMatches(ReadOnlySpan<byte> tail, MemoryStream decoded)
    {
        if (tail.Length < 8)
        {
            return false;
        }

        var data = decoded.GetBuffer().AsSpan(0, (int)decoded.Length);
        return BinaryPrimitives.ReadUInt32LittleEndian(tail[..4]) == Crc32.HashToUInt32(data)
            && BinaryPrimitives.ReadUInt32LittleEndian(tail[4..]) == (uint)data.Length;
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

    private static Stream Decoder(string? encoding, Stream wire) => encoding switch
    {
        "gzip" => new GZipStream(wire, CompressionMode.Decompress),
        // HTTP's "deflate" is the zlib format (RFC 9110); the rare server sending raw deflate gets a "corrupt" error.
        "deflate" => new ZLibStream(wire, CompressionMode.Decompress),
        "br" => new BrotliStream(wire, CompressionMode.Decompress),
        _ => wire,
    };
}
