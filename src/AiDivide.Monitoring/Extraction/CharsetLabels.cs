using System.Text;

namespace AiDivide.Monitoring.Extraction;

/// <summary>Charset labels to encodings as browsers read them, and the charset a page declares in its first bytes.</summary>
internal static class CharsetLabels
{
    private const int PrescanBytes = 16 * 1024;

    static CharsetLabels() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding? FromName(string? name) => Fetching.CharsetLabel.Resolve(name) switch
    {
        // A page that says UTF-16 in its markup is not UTF-16 (the markup would not be readable as ASCII).
        UnicodeEncoding => Encoding.UTF8,
        var encoding => encoding,
    };

    /// <summary>The charset of <c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv content="…; charset=…"&gt;</c> near the top.</summary>
    public static string? Declared(ReadOnlySpan<byte> body)
    {
        var head = body[..Math.Min(body.Length, PrescanBytes)];
        var at = head.IndexOf("charset"u8);
        while (at >= 0)
        {
            var start = at + "charset".Length;
            while (start < head.Length && head[start] is (byte)' ' or (byte)'=' or (byte)'"' or (byte)'\'')
            {
                start++;
            }

            var end = start;
            while (end < head.Length && (char.IsAsciiLetterOrDigit((char)head[end]) || head[end] is (byte)'-' or (byte)'_' or (byte)':' or (byte)'.'))
            {
                end++;
            }

            if (end > start && head[(at + "charset".Length)..start].Contains((byte)'='))
            {
                return Encoding.ASCII.GetString(head[start..end]);
            }

            var next = head[(at + 1)..].IndexOf("charset"u8);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return null;
    }
}
