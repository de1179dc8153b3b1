using System.Text;
using System.Text.Unicode;

namespace AiDivide.Monitoring.Extraction;

/// <summary>
/// Turns a page's bytes into text: a BOM wins, then bytes that are valid UTF-8, then the charset declared in the
/// HTTP header or the page's meta tag unless the bytes clearly read better in another encoding.
/// </summary>
/// <remarks>
/// Declarations are often wrong: templates say UTF-8 while the CMS writes GBK, or proxies add ISO-8859-1 to
/// UTF-8 pages. Multi-byte legacy text is practically never valid UTF-8, so valid UTF-8 with non-ASCII bytes
/// is read as UTF-8 whatever the page says; a declared encoding that yields replacement characters or gibberish is overruled.
/// </remarks>
public static class PageDecoder
{
    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> body, string? headerCharset)
    {
        var encoding = Detect(body, headerCharset, out var bomLength);
        return encoding.GetString(body[bomLength..]);
    }

    /// <summary>The encoding <see cref="Decode"/> uses for these bytes.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> body, string? headerCharset) => Detect(body, headerCharset, out _);

    private static Encoding Detect(ReadOnlySpan<byte> body, string? headerCharset, out int bomLength)
    {
        if (FromBom(body, out bomLength) is { } fromBom)
        {
            return fromBom;
        }

        var declared = CharsetLabels.FromName(headerCharset) ?? CharsetLabels.FromName(CharsetLabels.Declared(body));
        if (Utf8.IsValid(body))
        {
            // Pure ASCII reads the same in every declared encoding we support; anything else valid is UTF-8.
            return Ascii.IsValid(body) && declared is not null ? declared : Encoding.UTF8;
        }

        // Invalid UTF-8 declared as UTF-8 is a wrong declaration; any other is weighed against what the bytes look like.
        return EncodingSniffer.Sniff(body, declared?.CodePage == Encoding.UTF8.CodePage ? null : declared);
    }

    private static Encoding? FromBom(ReadOnlySpan<byte> body, out int length)
    {
        (Encoding? encoding, length) = body switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => ((Encoding?)null, 0),
        };
        return encoding;
    }
}
