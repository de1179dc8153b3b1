using System.Buffers;

namespace AiDivide.Monitoring.Matching;

/// <summary>Finds every tracked entity in a text in one pass over it.</summary>
/// <remarks>
/// All folded aliases go into one <see cref="SearchValues{T}"/>, which finds candidate positions
/// with vectorised search; at each position the aliases starting with that character are checked
/// longest first, and Latin-script aliases must sit on word boundaries ("Gill" not in "Gillette").
/// Scripts without spaces (Chinese, Japanese) need no boundary.
/// </remarks>
public sealed class EntityMatcher
{
    private readonly SearchValues<string>? starts;
    private readonly Dictionary<char, AliasPattern[]> byFirstChar;

    public EntityMatcher(IReadOnlyList<TrackedEntity> entities)
    {
        var patterns = entities
            .SelectMany(e => e.Aliases.Select(a => new AliasPattern(FoldedText.FoldAlias(a), e)))
            .Where(p => p.Folded.Length > 0)
            .DistinctBy(p => (p.Folded, p.Entity.Id))
            .ToList();
        byFirstChar = patterns
            .GroupBy(p => p.Folded[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Folded.Length).ToArray());
        starts = patterns.Count == 0 ? null : SearchValues.Create([.. patterns.Select(p => p.Folded).Distinct()], StringComparison.Ordinal);
    }

    public IReadOnlyList<Mention> Match(string title, string text)
    {
        var found = new Dictionary<string, MentionBuilder>(StringComparer.Ordinal);
        // The body first, so the snippet is a sentence of the article rather than its headline.
        Scan(text, found);
        Scan(title, found);
        return [.. found.Values.Select(b => b.Build())];
    }

    private void Scan(string original, Dictionary<string, MentionBuilder> found)
    {
        if (starts is null || original.Length == 0)
        {
            return;
        }

        var folded = FoldedText.Fold(original);
        var text = folded.Text.AsSpan();
        var position = 0;
        while (position < text.Length)
        {
            var offset = text[position..].IndexOfAny(starts);
            if (offset < 0)
            {
                break;
            }

            position += offset;
            foreach (var pattern in byFirstChar[text[position]])
            {
                if (pattern.IsAt(text, position))
                {
                    Record(found, pattern, folded, original, position);
                }
            }

            position++;
        }
    }

    private static void Record(Dictionary<string, MentionBuilder> found, AliasPattern pattern, FoldedText folded, string original, int position)
    {
        if (!found.TryGetValue(pattern.Entity.Id, out var builder))
        {
            builder = new MentionBuilder(pattern.Entity);
            found.Add(pattern.Entity.Id, builder);
        }

        var start = folded.Map[position];
        var end = folded.Map[position + pattern.Folded.Length - 1] + 1;
        builder.Add(original, start, end);
    }

    private sealed record AliasPattern(string Folded, TrackedEntity Entity)
    {
        private readonly bool needsBoundary = NeedsBoundary(Folded[0]) || NeedsBoundary(Folded[^1]);

        public bool IsAt(ReadOnlySpan<char> text, int position)
        {
            if (!text[position..].StartsWith(Folded, StringComparison.Ordinal))
            {
                return false;
            }

            if (!needsBoundary)
            {
                return true;
            }

            var end = position + Folded.Length;
            return (position == 0 || !IsWordChar(text[position - 1])) && (end >= text.Length || !IsWordChar(text[end]));
        }

        private static bool NeedsBoundary(char c) => char.IsAsciiLetterOrDigit(c) || (char.IsLetterOrDigit(c) && c < '\u2E80');

        private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && c < '\u2E80';
    }

    private sealed class MentionBuilder(TrackedEntity entity)
    {
        private int count;
        private string? alias;
        private string? snippet;

        public void Add(string original, int start, int end)
        {
            count++;
            if (snippet is null)
            {
                alias = original[start..end];
                snippet = SnippetLocator.SentenceAround(original, start);
            }
        }

        public Mention Build() => new(entity, count, alias ?? entity.Name, snippet ?? string.Empty);
    }
}
