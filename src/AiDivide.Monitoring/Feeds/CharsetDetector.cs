using System.Text;
using AiDivide.Monitoring.Extraction;

namespace AiDivide.Monitoring.Feeds;

/// <summary>Guesses the legacy encoding of feed bytes that are not UTF-8: GB18030, Big5, Shift_JIS or Windows-1252.</summary>
/// <remarks>
/// One routine for feeds and pages: <see cref="EncodingSniffer"/> scores each candidate's reading. Its score
/// counts frequent Han characters and kana for a CJK reading and penalises rare Han characters, so a few
/// accented Latin letters read as Shift_JIS (where almost every byte pair is valid) lose to Windows-1252.
/// The detector this replaced judged the share of "plausible" characters only, and on short Western
/// text a single lucky pair decided it, swallowing the ASCII byte that followed (a quote, a <c>&lt;</c>).
/// </remarks>
internal static class CharsetDetector
{
    public static bool IsValidUtf8(ReadOnlySpan<byte> body) => System.Text.Unicode.Utf8.IsValid(body);

    public static bool HasMultiByteUtf8(ReadOnlySpan<byte> body) => body.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;

    public static Encoding Detect(byte[] body) => EncodingSniffer.Sniff(body, declared: null);
}
