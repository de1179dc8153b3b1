using System.Text.RegularExpressions;
using AiDivide.Monitoring.Extraction;
using AiDivide.Monitoring.Tests.Support;

namespace AiDivide.Monitoring.Tests.Extraction;

public class ClassSemanticsTests
{
    // The regular expressions the vocabularies were first written as: one alternation per vocabulary. The
    // extractor searches substring lists instead (much faster); these say what the lists must still mean.
    private static readonly Regex UnlikelyReference = new(
        @"-ad-|\bads?\b|adverti|banner|breadcrumb|combx|comment|community|consent|cookie|disqus|extra|footer|gdpr|header|legends|menu|" +
        @"related|remark|replies|rss|shoutbox|sidebar|skyscraper|social-?(?:share|links|icons|buttons|bar|follow|media-links)|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|" +
        @"modal|newsletter|signup|subscribe|share|sharing|outbrain|taboola|recirc|trending|most-popular|promo|navbar|\bnav\b|toolbar|" +
        @"author-bio|byline|dateline|timestamp|caption|credit|tags\b|\btag-list|read-more|more-stories|recommend|paywall|donate|print-only|copyright|rollover|tooltip|popover|hovercard",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex MaybeStoryReference =
        new(@"and|article|body|column|content|main|shadow|story|entry|post-text", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex PositiveReference = new(
        @"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-text",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex NegativeReference = new(
        @"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|meta|outbrain|" +
        @"promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|caption|credit|byline|newsletter|recirc",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(TestPaths.TestData("Extraction", "ClassNames", "names.txt")))
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                data.Add(line);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Judge_AgreesWithTheReferenceExpressions(string names)
    {
        var expectedWeight = (NegativeReference.IsMatch(names) ? -25 : 0) + (PositiveReference.IsMatch(names) ? 25 : 0);

        var verdict = ClassSemantics.Judge(names);

        Assert.Equal(UnlikelyReference.IsMatch(names), verdict.IsUnlikely);
        Assert.Equal(MaybeStoryReference.IsMatch(names), verdict.MayBeStory);
        Assert.Equal(expectedWeight, verdict.Weight);
    }

    [Theory]
    [InlineData("ads")]
    [InlineData("main-nav")]
    [InlineData("post-tags")]
    [InlineData("entry-tag-list")]
    [InlineData("card hid wide")]
    public void Judge_HonoursWordBoundariesAndAnchors(string names)
    {
        var verdict = ClassSemantics.Judge(names);

        Assert.True(verdict.IsUnlikely || verdict.Weight < 0, $"'{names}' names a widget");
    }

    [Theory]
    [InlineData("thread")]
    [InlineData("canvas")]
    [InlineData("unavailable")]
    [InlineData("video-hid")]
    public void Judge_DoesNotMatchInsideOtherWords(string names)
    {
        var verdict = ClassSemantics.Judge(names);

        Assert.False(verdict.IsUnlikely, $"'{names}' is not a widget name");
        Assert.True(verdict.Weight >= 0, $"'{names}' carries no negative weight");
    }
}
