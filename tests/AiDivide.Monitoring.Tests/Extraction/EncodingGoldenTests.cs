using AiDivide.Monitoring.Extraction;

namespace AiDivide.Monitoring.Tests.Extraction;

/// <summary>One golden page per encoding, and pages whose declared charset is wrong.</summary>
public class EncodingGoldenTests
{
    private readonly ArticleExtractor extractor = new();

    public static TheoryData<string> Pages => GoldenExpectation.Pages("Encodings");

    [Theory]
    [MemberData(nameof(Pages))]
    public void Decode_PicksTheEncodingTheBytesAreIn(string page)
    {
        var (bytes, expected) = GoldenExpectation.Load("Encodings", page);

        Assert.Equal(expected.Encoding, PageDecoder.Detect(bytes, expected.HeaderCharset).WebName, StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Extract_ReadsTheTitleAndTextInEveryEncoding(string page)
    {
        var (bytes, expected) = GoldenExpectation.Load("Encodings", page);

        var article = extractor.Extract(PageDecoder.Decode(bytes, expected.HeaderCharset), new Uri(expected.Url));

        expected.AssertMatches(article);
    }
}
