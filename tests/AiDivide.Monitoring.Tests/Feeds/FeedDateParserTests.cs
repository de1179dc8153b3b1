using AiDivide.Monitoring.Feeds;

namespace AiDivide.Monitoring.Tests.Feeds;

/// <summary>Dates the corpus does not carry, and inputs that must give null rather than throw.</summary>
public class FeedDateParserTests
{
    [Theory]
    [InlineData("Tue, 10 Jun 2003 04:00:00 GMT-0700", "2003-06-10T04:00:00-07:00")]
    [InlineData("10 Jun 2003", "2003-06-10T00:00:00+00:00")]
    [InlineData("Tuesday, June 10, 2003 4:00 PM EST", "2003-06-10T16:00:00-05:00")]
    [InlineData("2003-06-10T04:00:00,5+05:30", "2003-06-10T04:00:00.5+05:30")]
    [InlineData("Tue, 10 Jun 2003 04:00:00 Z", "2003-06-10T04:00:00+00:00")]
    public void Parse_ReadsTheFormKeepingItsOffset(string value, string expected)
    {
        var parsed = FeedDateParser.Parse(value);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, parsed!.Value.Offset);
    }

    [Theory]
    [InlineData("+8:00 10 Jun 2003")]
    [InlineData("99999999999999999999")]
    [InlineData("10.06.2003 04:00")]
    [InlineData("Jun 2003")]
    [InlineData("Tue, 10 Jun 2003 25:00:00 GMT")]
    [InlineData("Tue, 10 Jun 2003 04:00:00 +2500")]
    [InlineData("::::")]
    public void Parse_GivesNullForWhatItCannotRead(string value)
    {
        Assert.Null(FeedDateParser.Parse(value));
    }
}
