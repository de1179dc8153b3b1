using System.Text;

namespace AiDivide.Monitoring.Extraction;

/// <summary>Picks the character encoding of an HTML page: BOM, then HTTP header, then meta tag, then UTF-8.</summary>
public static class PageDecoder
{
    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> body, string? headerCharset)
    {
        var encoding = FromBom(body, out var bomLength)
            ?? FromName(headerCharset)
            ?? FromName(MetaCharset(body))
            ?? Encoding.UTF8;
        return encoding.GetString(body[bomLength..]);
    }

    private static Encoding? FromBom(ReadOnlySpan<byte> body, out int length)
    {
        length = 0;
        if (body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF)
        {
            length = 3;
            return Encoding.UTF8;
        }

        if (body.Length >= 2 && body[0] == 0xFF && body[1] == 0xFE)
        {
            length = 2;
            return Encoding.Unicode;
        }

        if (body.Length >= 2 && body[0] == 0xFE && body[1] == 0xFF)
        {
            length = 2;
            return Encoding.BigEndianUnicode;
        }

        return null;
    }

    private static Encoding? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        // Browsers read these labels as their supersets (WHATWG Encoding Standard); so do we.
        var label = name.Trim().Trim('"', '\'').ToUpperInvariant() switch
        {
            "GB2312" or "GBK" or "X-GBK" => "GB18030",
            "ISO-8859-1" or "LATIN1" or "US-ASCII" or "ASCII" => "windows-1252",
            var other => other,
        };
        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? MetaCharset(ReadOnlySpan<byte> body)
    {
        var head = Encoding.ASCII.GetString(body[..Math.Min(body.Length, 4096)]);
        var at = head.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var start = at + "charset=".Length;
        while (start < head.Length && head[start] is '"' or '\'' or ' ')
        {
            start++;
        }

        var end = start;
        while (end < head.Length && (char.IsAsciiLetterOrDigit(head[end]) || head[end] is '-' or '_' or ':' or '.'))
        {
            end++;
        }

        return end > start ? head[start..end] : null;
    }
}
