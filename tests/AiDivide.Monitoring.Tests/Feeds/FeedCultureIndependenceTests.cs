using System.Globalization;

namespace AiDivide.Monitoring.Tests.Feeds;

[CollectionDefinition(nameof(HostTimeZoneSwitching), DisableParallelization = true)]
public sealed class HostTimeZoneSwitching;

/// <summary>The corpus gives the same results under Asia/Shanghai and Arabic (Saudi Arabia) as under UTC and the invariant culture.</summary>
/// <remarks>
/// The host zone is switched inside this process (TZ plus <see cref="TimeZoneInfo.ClearCachedData"/>,
/// which .NET honours on Unix), so the tests in this collection run alone.
/// </remarks>
[Collection(nameof(HostTimeZoneSwitching))]
public sealed class FeedCultureIndependenceTests
{
    public static TheoryData<string> Files => FeedCorpus.Files();

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_IsTheSameUnderShanghaiTimeAndArabicCulture(string file)
    {
        var actual = UnderHostile(() => FeedCorpus.Serialize(FeedCorpus.Project(FeedCorpus.Parse(file))));

        Assert.Equal(FeedCorpus.Expected(file), actual);
    }

    [Fact]
    public void UnderHostile_ReallyChangesTheZoneAndCulture()
    {
        var (offset, culture) = UnderHostile(() => (TimeZoneInfo.Local.BaseUtcOffset, CultureInfo.CurrentCulture.Name));

        Assert.Equal(TimeSpan.FromHours(8), offset);
        Assert.Equal("ar-SA", culture);
    }

    private static T UnderHostile<T>(Func<T> action)
    {
        var (zone, culture, uiCulture) = (Environment.GetEnvironmentVariable("TZ"), CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            Environment.SetEnvironmentVariable("TZ", "Asia/Shanghai");
            TimeZoneInfo.ClearCachedData();
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ar-SA");
            return action();
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", zone);
            TimeZoneInfo.ClearCachedData();
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
