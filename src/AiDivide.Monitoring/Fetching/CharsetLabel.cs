using System.Text;

namespace AiDivide.Monitoring.Fetching;

/// <summary>Reads a charset label (HTTP header, meta tag, XML declaration) as browsers do.</summary>
/// <remarks>
/// Labels name their supersets, per the WHATWG Encoding Standard: GB2312 text is read as GB18030,
/// "ISO-8859-1" as windows-1252, and so on, because that is what publishers' bytes really are.
/// Pages and feeds share this table; each decides for itself what a UTF-16 label on 8-bit markup means.
/// </remarks>
internal static class CharsetLabel
{
    static CharsetLabel() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var label = name.Trim().Trim('"', '\'').ToUpperInvariant() switch
        {
            "GB2312" or "GBK" or "X-GBK" or "GB_2312-80" or "CP936" or "EUC-CN" => "GB18030",
            "ISO-8859-1" or "ISO8859-1" or "LATIN1" or "LATIN-1" or "US-ASCII" or "ASCII" or "CP1252" => "windows-1252",
            "ISO-8859-9" or "LATIN5" => "windows-1254",
            "BIG5-HKSCS" or "X-X-BIG5" or "CN-BIG5" => "big5",
            "SJIS" or "X-SJIS" or "MS_KANJI" or "CP932" or "WINDOWS-31J" => "shift_jis",
            "UTF8" => "utf-8",
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
}
