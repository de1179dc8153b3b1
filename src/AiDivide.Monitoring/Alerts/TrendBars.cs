using System.Globalization;
using System.Text;

namespace AiDivide.Monitoring.Alerts;

/// <summary>A bar chart of mentions per day drawn with table cells, which every common mail client renders (no images, no scripts).</summary>
internal static class TrendBars
{
    private const int Height = 36;

    /// <param name="counts">Mentions per day, oldest first.</param>
    /// <param name="lastDay">The day of the last count, for the labels.</param>
    public static string Html(IReadOnlyList<int> counts, DateOnly lastDay, int barWidth, bool labelDays)
    {
        var max = Math.Max(1, counts.Count == 0 ? 1 : counts.Max());
        var bars = new StringBuilder();
        var labels = new StringBuilder();
        for (var i = 0; i < counts.Count; i++)
        {
            var day = lastDay.AddDays(i - counts.Count + 1);
            var height = counts[i] == 0 ? 1 : Math.Max(3, counts[i] * Height / max);
            var colour = counts[i] == 0 ? "#d9dee5" : "#c0392b";
            var title = $"{day.ToString("ddd d MMM", CultureInfo.InvariantCulture)}: {counts[i]}";
            bars.Append(CultureInfo.InvariantCulture,
                $"<td valign=\"bottom\" style=\"padding:0 1px\" title=\"{title}\"><table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\"><tr><td width=\"{barWidth}\" height=\"{height}\" bgcolor=\"{colour}\" style=\"width:{barWidth}px;height:{height}px;background:{colour};font-size:0;line-height:0;mso-line-height-rule:exactly\">&nbsp;</td></tr></table></td>");
            if (labelDays)
            {
                labels.Append(CultureInfo.InvariantCulture, $"<td align=\"center\" style=\"padding:2px 1px 0 1px;font-size:10px;color:#7a8594\">{day.ToString("ddd", CultureInfo.InvariantCulture)[..2]}</td>");
            }
        }

        var labelRow = labelDays ? $"<tr>{labels}</tr>" : string.Empty;
        return $"<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" height=\"{Height}\"><tr>{bars}</tr>{labelRow}</table>";
    }

    /// <summary>"▁▂▅█" for the plain-text part.</summary>
    public static string Text(IReadOnlyList<int> counts)
    {
        const string levels = "▁▂▃▄▅▆▇█";
        var max = Math.Max(1, counts.Count == 0 ? 1 : counts.Max());
        return new string([.. counts.Select(c => c == 0 ? '·' : levels[Math.Min(levels.Length - 1, c * (levels.Length - 1) / max)])]);
    }
}
