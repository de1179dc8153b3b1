using AiDivide.Monitoring.Dedup;
using AiDivide.Monitoring.Tests.Support;

namespace AiDivide.Monitoring.Tests.Dedup;

public class TextFingerprintTests
{
    private const double Threshold = 0.2;

    private static TextFingerprint Story(string name) => TextFingerprint.Of(File.ReadAllText(TestPaths.TestData("Stories", name + ".txt")));

    [Theory]
    [InlineData("wire-new-lead")]
    [InlineData("wire-cut-ending")]
    public void Similarity_OfASyndicatedCopy_IsAboveTheSameStoryThreshold(string copy) =>
        Assert.True(Story("wire-original").Similarity(Story(copy)) >= Threshold, $"{copy}: {Story("wire-original").Similarity(Story(copy)):0.00}");

    [Fact]
    public void Similarity_OfADifferentReportOfTheSameEvent_IsFarBelowTheThreshold() =>
        Assert.True(Story("wire-original").Similarity(Story("different-same-event")) < Threshold / 3);

    [Fact]
    public void BandKeys_OfASyndicatedCopy_ShareAtLeastOneBand() =>
        Assert.NotEmpty(Story("wire-original").BandKeys().Intersect(Story("wire-cut-ending").BandKeys()));

    [Fact]
    public void Of_IsStableAcrossCallsAndRoundTripsThroughBytes()
    {
        var fingerprint = Story("wire-original");

        Assert.Equal(fingerprint.Signature, Story("wire-original").Signature);
        Assert.Equal(fingerprint.Signature, TextFingerprint.FromBytes(fingerprint.ToBytes()).Signature);
        Assert.Equal(1.0, fingerprint.Similarity(TextFingerprint.FromBytes(fingerprint.ToBytes())));
    }

    [Fact]
    public void Of_ATextTooShortForOneShingle_IsEmpty() => Assert.True(TextFingerprint.Of("Breaking news").IsEmpty);

    [Fact]
    public void Of_ChineseText_ShinglesCharacters()
    {
        var a = TextFingerprint.Of("上海人工智能研究院院长宋海涛表示，开放合作是弥合人工智能鸿沟的关键，研究院将向发展中国家开放算力平台。");
        var b = TextFingerprint.Of("本报讯 上海人工智能研究院院长宋海涛表示，开放合作是弥合人工智能鸿沟的关键，研究院将向发展中国家开放算力平台。");

        Assert.False(a.IsEmpty);
        Assert.True(a.Similarity(b) >= Threshold);
    }
}
