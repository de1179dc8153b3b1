using AiDivide.Monitoring.Extraction;

namespace AiDivide.Monitoring.Tests.Extraction;

/// <summary>One golden page per metadata source (JSON-LD, OpenGraph, parsely, Dublin Core, pubdate, time, URL, dateline, header) and for boilerplate.</summary>
public class GoldenPageTests
{
    private readonly ArticleExtractor extractor = new();

    public static TheoryData<string> Pages => GoldenExpectation.Pages("Golden");

    [Theory]
    [MemberData(nameof(Pages))]
    public void Extract_YieldsTheGoldenFields(string page)
    {
        var (bytes, expected) = GoldenExpectation.Load("Golden", page);

        var article = extractor.Extract(PageDecoder.Decode(bytes, expected.HeaderCharset), new Uri(expected.Url), expected.ContentLanguage);

        expected.AssertMatches(article);
    }
}
