using System.Text;
using AiDivide.Monitoring.Extraction;

namespace AiDivide.Monitoring.Tests.Extraction;

public class PageDecoderTests
{
    static PageDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Chinese = "<html><head><meta charset=\"gbk\"></head><body><p>宋海涛谈人工智能鸿沟</p></body></html>";

    [Fact]
    public void Decode_UsesTheMetaCharset_ForGbkPages() =>
        Assert.Contains("宋海涛谈人工智能鸿沟", PageDecoder.Decode(Encoding.GetEncoding("GB18030").GetBytes(Chinese), null), StringComparison.Ordinal);

    [Fact]
    public void Decode_PrefersTheHttpHeaderCharset() =>
        Assert.Contains("宋海涛", PageDecoder.Decode(Encoding.GetEncoding("GB18030").GetBytes(Chinese.Replace("gbk", "utf-8", StringComparison.Ordinal)), "gb2312"), StringComparison.Ordinal);

    [Fact]
    public void Decode_HonoursAByteOrderMark() =>
        Assert.Equal("Müller", PageDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Müller")], "iso-8859-1"));

    [Fact]
    public void Decode_ReadsLatin1LabelsAsWindows1252() =>
        Assert.Equal("“Müller”", PageDecoder.Decode(Encoding.GetEncoding(1252).GetBytes("“Müller”"), "ISO-8859-1"));
}
