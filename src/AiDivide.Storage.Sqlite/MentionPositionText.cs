using System.Globalization;
using AiDivide.Monitoring.Matching;

namespace AiDivide.Storage.Sqlite;

/// <summary>Mention positions as one compact text column: <c>title:0:11 body:312:11</c>.</summary>
internal static class MentionPositionText
{
    public static string Format(IReadOnlyList<MentionPosition> positions) =>
        string.Join(' ', positions.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Field.ToString().ToLowerInvariant()}:{p.Start}:{p.Length}")));

    public static IReadOnlyList<MentionPosition> Parse(string text)
    {
        var positions = new List<MentionPosition>();
        foreach (var item in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split(':');
            if (parts.Length == 3 && Enum.TryParse<TextField>(parts[0], ignoreCase: true, out var field)
                && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var start) && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var length))
            {
                positions.Add(new MentionPosition(field, start, length));
            }
        }

        return positions;
    }
}
