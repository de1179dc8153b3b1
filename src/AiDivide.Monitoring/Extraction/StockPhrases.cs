using System.Text.RegularExpressions;

namespace AiDivide.Monitoring.Extraction;

/// <summary>Short lines every template prints around a story ("Advertisement", "Read more", photo credits).</summary>
internal static partial class StockPhrases
{
    [GeneratedRegex(
        @"^(?:advertisement|advert|sponsored(?: content)?|share(?: this)?(?: article| story| page| on \w+)?|read more|continue reading|" +
        @"related(?: articles| stories| content| posts)?|(?:photo|image|picture|video)s?(?: credit)?:.*|.*\bgetty images|.*\bshutterstock|" +
        @"sign up\b.*|subscribe\b.*|follow us\b.*|click here\b.*|skip to (?:main )?content|loading\W*|广告|相关阅读|分享到.*|责任编辑.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stock();

    public static bool IsStock(string line) => line.Length < 80 && Stock().IsMatch(line);
}
