using System.Text;

namespace AiDivide.Monitoring.Feeds;

/// <summary>Decodes feed bytes: BOM, then the HTTP charset, then the XML declaration, then detection.</summary>
/// <remarks>
/// The BOM wins over the header as RFC 7303 §3 says. A declared charset is checked against the
/// bytes: a feed labelled UTF-8 that is not valid UTF-8, or labelled ISO-8859-1 that is valid
/// multi-byte UTF-8, is common in the wild, and reading it as labelled gives silent mojibake.
/// ISO-8859-1 and ASCII labels are read as Windows-1252, as browsers do (WHATWG Encoding).
/// </remarks>
internal static class FeedTextDecoder
{
    static FeedTextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedFeed Decode(byte[] body, string? httpCharset)
    {
        if (FromBom(body, out var bomLength) is { } bomEncoding)
        {
            return new DecodedFeed(bomEncoding.GetString(body, bomLength, body.Length - bomLength), bomEncoding.WebName, "bom", null);
        }

        var (label, source) = ChooseLabel(httpCharset, XmlDeclarationCharset(body));
        if (FromName(label) is not { } declared)
        {
            return Undeclared(body);
        }

        if (source == "xml-declaration" && FromName(httpCharset) is { } overridden)
        {
            var repair = new FeedRepair(FeedRepairKinds.Charset, $"the HTTP charset {httpCharset} is a server default; used the document's {label}");
            return new DecodedFeed(declared.GetString(body), declared.WebName, source, repair);
        }

        if (declared.CodePage == 65001 && !CharsetDetector.IsValidUtf8(body) && MostlyUtf8(body, $"{label} ({source})") is { } mostly)
        {
            return mostly;
        }

        if (Verify(body, declared) is { } actual && actual.WebName != declared.WebName)
        {
            var repair = new FeedRepair(FeedRepairKinds.Charset, $"declared {label} ({source}) does not match the bytes; read as {actual.WebName}");
            return new DecodedFeed(actual.GetString(body), actual.WebName, "detected", repair);
        }

        return new DecodedFeed(declared.GetString(body), declared.WebName, source, null);
    }

    private static DecodedFeed Undeclared(byte[] body)
    {
        if (CharsetDetector.IsValidUtf8(body))
        {
            return new DecodedFeed(Encoding.UTF8.GetString(body), "utf-8", "default", null);
        }

        if (MostlyUtf8(body, "none declared") is { } mostly)
        {
            return mostly;
        }

        var detected = CharsetDetector.Detect(body);
        var repair = new FeedRepair(FeedRepairKinds.Charset, $"no charset declared and the bytes are not UTF-8; detected {detected.WebName}");
        return new DecodedFeed(detected.GetString(body), detected.WebName, "detected", repair);
    }

    /// <summary>
    /// UTF-8 with a few bad bytes (a truncated multi-byte character, one pasted Latin-1 quote) is still
    /// UTF-8: guessing another encoding for the whole document would garble every other character.
    /// </summary>
    private static DecodedFeed? MostlyUtf8(byte[] body, string declared)
    {
        var text = Encoding.UTF8.GetString(body);
        int invalid = 0, multiByte = 0;
        foreach (var c in text)
        {
            invalid += c == '\uFFFD' ? 1 : 0;
            multiByte += c >= '\u0080' && c != '\uFFFD' ? 1 : 0;
        }

        if (invalid == 0 || multiByte < 10 * invalid)
        {
            return null;
        }

        var repair = new FeedRepair(FeedRepairKinds.Charset, $"charset {declared}: read as UTF-8 with {invalid} invalid byte sequences replaced");
        return new DecodedFeed(text.Replace("\uFFFD", "", StringComparison.Ordinal), "utf-8", "detected", repair);
    }

    /// <summary>The HTTP charset, unless it is the Latin-1 a server sends by default and the document declares otherwise.</summary>
    private static (string? Label, string Source) ChooseLabel(string? httpCharset, string? declarationCharset)
    {
        var http = FromName(httpCharset);
        var declared = FromName(declarationCharset);
        if (http is null || (http.CodePage == 1252 && declared is not null && declared.CodePage != 1252))
        {
            return (declarationCharset, "xml-declaration");
        }

        return (httpCharset, "http");
    }

    /// <summary>The encoding the bytes really are in, when the declared one is a known-unreliable label.</summary>
    private static Encoding? Verify(byte[] body, Encoding declared)
    {
        if (declared.CodePage == 65001)
        {
            return CharsetDetector.IsValidUtf8(body) ? declared : CharsetDetector.Detect(body);
        }

        // Legacy labels on bytes that are valid, non-ASCII UTF-8: a template or server default lied. Text
        // in a legacy multi-byte encoding is almost never valid UTF-8 by accident.
        if (CharsetDetector.HasMultiByteUtf8(body) && CharsetDetector.IsValidUtf8(body))
        {
            return Encoding.UTF8;
        }

        return declared;
    }

    private static Encoding? FromBom(byte[] body, out int length)
    {
        (Encoding? encoding, length) = body switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            [0x3C, 0x00, 0x3F, 0x00, ..] => (Encoding.Unicode, 0),
            [0x00, 0x3C, 0x00, 0x3F, ..] => (Encoding.BigEndianUnicode, 0),
            _ => ((Encoding?)null, 0),
        };
        return encoding;
    }

    // A UTF-16 label on bytes without a BOM or a UTF-16 pattern is a lie told by an 8-bit document.
    internal static Encoding? FromName(string? name) =>
        Fetching.CharsetLabel.Resolve(name) is { CodePage: not (1200 or 1201) } encoding ? encoding : null;

    private static string? XmlDeclarationCharset(byte[] body)
    {
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 512));
        if (!head.TrimStart().StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var end = head.IndexOf("?>", StringComparison.Ordinal);
        var declaration = end > 0 ? head[..end] : head;
        var at = declaration.IndexOf("encoding", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var rest = declaration[(at + "encoding".Length)..].TrimStart(' ', '=', '\t').TrimStart('"', '\'');
        var stop = rest.IndexOfAny(['"', '\'', ' ', '?']);
        return stop > 0 ? rest[..stop] : null;
    }
}
