using System.Text.Json;
using AiDivide.Monitoring.Extraction;
using AiDivide.Monitoring.Tests.Support;

namespace AiDivide.Monitoring.Tests.Extraction;

/// <summary>
/// The <c>NAME.expected.json</c> beside a golden page: how to fetch it (URL, header charset, Content-Language)
/// and the fields it must yield. A field left out is not checked.
/// </summary>
internal sealed record GoldenExpectation
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public required string Url { get; init; }

    public string? HeaderCharset { get; init; }

    public string? ContentLanguage { get; init; }

    public string? Encoding { get; init; }

    public string? Title { get; init; }

    public string? Byline { get; init; }

    public string? Published { get; init; }

    public string? Modified { get; init; }

    public string? CanonicalUrl { get; init; }

    public string? SiteName { get; init; }

    public string? Language { get; init; }

    public string? Description { get; init; }

    public string[] TextContains { get; init; } = [];

    public string[] TextExcludes { get; init; } = [];

    public static TheoryData<string> Pages(string folder) =>
        [.. Directory.GetFiles(TestPaths.TestData("Extraction", folder), "*.html").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    public static (byte[] Page, GoldenExpectation Expected) Load(string folder, string name) =>
        (File.ReadAllBytes(TestPaths.TestData("Extraction", folder, name + ".html")),
         JsonSerializer.Deserialize<GoldenExpectation>(File.ReadAllText(TestPaths.TestData("Extraction", folder, name + ".expected.json")), Json)!);

    /// <summary>Checks every field this expectation names against <paramref name="article"/>, times with their offsets.</summary>
    public void AssertMatches(Article article)
    {
        AssertField(Title, article.Title);
        AssertField(Byline, article.Byline);
        AssertField(Published, Format(article.Published));
        AssertField(Modified, Format(article.Modified));
        AssertField(CanonicalUrl, article.CanonicalUrl.AbsoluteUri);
        AssertField(SiteName, article.SiteName);
        AssertField(Language, article.Language);
        AssertField(Description, article.Description);
        foreach (var phrase in TextContains)
        {
            Assert.Contains(phrase, article.Text, StringComparison.Ordinal);
        }

        foreach (var phrase in TextExcludes)
        {
            Assert.DoesNotContain(phrase, article.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static void AssertField(string? expected, string? actual)
    {
        if (expected is not null)
        {
            Assert.Equal(expected, actual);
        }
    }

    private static string? Format(DateTimeOffset? value) =>
        value?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
