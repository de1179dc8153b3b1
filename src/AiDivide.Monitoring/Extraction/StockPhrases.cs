using System.Text.RegularExpressions;

namespace AiDivide.Monitoring.Extraction;

/// <summary>Short lines every template prints around a story ("Advertisement", "Read more", photo credits).</summary>
internal static partial class StockPhrases
{
    [GeneratedRegex(
        @"^(?:advertisement|advert|sponsored(?: content)?|share(?: this)?(?: article| story| page| on \w+)?|read more|continue reading|" +
        @"related(?: articles| stories| content| posts)?|(?:photo|image|picture|video)s?(?: credit)?:.*|.*\bgetty images|.*\bshutterstock|" +
        @"sign up\b.*|subscribe\b.*|follow us\b.*|click here\b.*|skip to (?:main )?content|(?:\d+ )?comments?|leave a (?:comment|reply)|tell us what you think\W*|you (?:may|might) also like\W*|.*requires javascript\W*|\[\w+[^\]]*\].*\[/\w+\]|tags?:?|filed under:?|loading\W*|广告|相关阅读|分享到.*|责任编辑.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stock();

    [GeneratedRegex(@"^(?:by|von|par|por|door|di)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:$|\s*(?:,|\||-|–|—|and|\bon\b|\d).*$)", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(
        @"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}|\b\d{1,2}:\d{2}\b|\d{4}年\d{1,2}月|" +
        @"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\b\d{1,2}\.?\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?\d{4}\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateOrTime();

    public static bool IsStock(string line) => line.Length < 80 && Stock().IsMatch(line);

    /// <summary>A short "By Jane Doe" line, or a short line that is mostly a date or time: the story's furniture.</summary>
    public static bool IsBylineOrDateline(string line)
    {
        if (line.Length > 100)
        {
            return false;
        }

        if (Byline().IsMatch(line))
        {
            return true;
        }

        return DateOrTime().IsMatch(line) && line.Split(' ').Length <= 8;
    }
}
