namespace AiDivide.Monitoring.Matching;

/// <summary>Turns the accepted occurrences of one entity into a <see cref="Mention"/>.</summary>
internal static class MentionAssembler
{
    public static Mention Assemble(TrackedEntity entity, List<(int Start, int End)> occurrences, ArticleLocator locator)
    {
        occurrences.Sort();
        var positions = new List<MentionPosition>(occurrences.Count);
        (TextField Field, int Start, int End)? first = null;
        foreach (var (start, end) in occurrences)
        {
            var located = locator.Locate(start, end);
            positions.Add(new MentionPosition(located.Field, located.Start, located.End - located.Start));
            // The main text first, so the snippet is a sentence of the article rather than its headline.
            if (first is null || (first.Value.Field == TextField.Title && located.Field != TextField.Title))
            {
                first = located;
            }
        }

        if (first is not { } at)
        {
            // A topic that matched on site: or lang: alone has no occurrence to quote.
            return new Mention(entity, 0, entity.Name, locator.TextOf(TextField.Title));
        }

        var text = locator.TextOf(at.Field);
        return new Mention(entity, positions.Count, text[at.Start..at.End], SnippetLocator.SentenceAround(text, at.Start))
        {
            Positions = positions,
        };
    }
}
