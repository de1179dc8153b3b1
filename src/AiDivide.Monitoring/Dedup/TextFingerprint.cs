using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using AiDivide.Monitoring.Matching;

namespace AiDivide.Monitoring.Dedup;

/// <summary>A MinHash signature of an article's main text, with its locality-sensitive band keys.</summary>
/// <remarks>
/// Shingles are runs of <see cref="ShingleSize"/> words of the folded text (each Han, kana or hangul
/// character counts as a word, since those scripts have no spaces). The share of equal signature
/// slots estimates the Jaccard similarity of two texts' shingle sets. Bands of
/// <see cref="RowsPerBand"/> slots are hashed into keys: two texts share at least one band key
/// with a probability that rises steeply around Jaccard (1/<see cref="Bands"/>)^(1/<see cref="RowsPerBand"/>)
/// ≈ 0.125, which makes finding candidates an index lookup instead of a scan.
/// </remarks>
public sealed class TextFingerprint
{
    public const int ShingleSize = 4;
    public const int Bands = 64;
    public const int RowsPerBand = 2;
    public const int Size = Bands * RowsPerBand;

    private static readonly (ulong A, ulong B)[] Permutations = CreatePermutations();

    private TextFingerprint(uint[] signature) => Signature = signature;

    public IReadOnlyList<uint> Signature { get; }

    /// <summary>True when the text was too short to fingerprint meaningfully (fewer shingles than a sentence).</summary>
    public bool IsEmpty => Signature.All(v => v == uint.MaxValue);

    public static TextFingerprint Of(string text)
    {
        var signature = new uint[Size];
        Array.Fill(signature, uint.MaxValue);
        foreach (var shingle in Shingles(FoldedText.Fold(text).Text))
        {
            for (var i = 0; i < Size; i++)
            {
                var value = (uint)(((Permutations[i].A * shingle) + Permutations[i].B) >> 32);
                if (value < signature[i])
                {
                    signature[i] = value;
                }
            }
        }

        return new TextFingerprint(signature);
    }

    public static TextFingerprint FromBytes(ReadOnlySpan<byte> bytes) => new(MemoryMarshal.Cast<byte, uint>(bytes).ToArray());

    public byte[] ToBytes() => MemoryMarshal.AsBytes(Signature.ToArray().AsSpan()).ToArray();

    /// <summary>Estimated Jaccard similarity of the two texts' shingle sets.</summary>
    public double Similarity(TextFingerprint other)
    {
        var equal = 0;
        for (var i = 0; i < Size; i++)
        {
            equal += Signature[i] == other.Signature[i] && Signature[i] != uint.MaxValue ? 1 : 0;
        }

        return (double)equal / Size;
    }

    /// <summary>One key per band; texts sharing any key are candidates for the same story.</summary>
    public IReadOnlyList<long> BandKeys()
    {
        var keys = new long[Bands];
        Span<byte> buffer = stackalloc byte[(RowsPerBand * sizeof(uint)) + sizeof(int)];
        for (var band = 0; band < Bands; band++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(buffer, band);
            for (var row = 0; row < RowsPerBand; row++)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(buffer[(sizeof(int) + (row * sizeof(uint)))..], Signature[(band * RowsPerBand) + row]);
            }

            keys[band] = (long)XxHash3.HashToUInt64(buffer);
        }

        return keys;
    }

    private static IEnumerable<ulong> Shingles(string folded)
    {
        var words = Words(folded);
        for (var i = 0; i + ShingleSize <= words.Count; i++)
        {
            yield return XxHash3.HashToUInt64(MemoryMarshal.AsBytes(string.Join(' ', words.GetRange(i, ShingleSize)).AsSpan()));
        }
    }

    private static List<string> Words(string folded)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var c = i < folded.Length ? folded[i] : ' ';
            var isIdeograph = c >= '\u2E80';
            if (char.IsLetterOrDigit(c) && !isIdeograph)
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }

            if (isIdeograph && char.IsLetterOrDigit(c))
            {
                words.Add(c.ToString());
            }
        }

        return words;
    }

    private static (ulong, ulong)[] CreatePermutations()
    {
        // Fixed seed: signatures must compare across processes, workers and releases.
        var random = new Random(20250727);
        var permutations = new (ulong, ulong)[Size];
        for (var i = 0; i < Size; i++)
        {
            permutations[i] = (((ulong)random.NextInt64() << 1) | 1, (ulong)random.NextInt64());
        }

        return permutations;
    }
}
