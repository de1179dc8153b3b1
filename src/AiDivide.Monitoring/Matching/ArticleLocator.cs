namespace AiDivide.Monitoring.Matching;

/// <summary>Maps spans of a folded article back to its title, lead and body.</summary>
internal sealed class ArticleLocator(ArticleText article, FoldedText folded)
{
    private readonly int leadEnd = article.Text.IndexOf('\n', StringComparison.Ordinal) is var n and >= 0 ? n : article.Text.Length;

    public FoldedText Folded => folded;

    /// <summary>The field and the original [start, end) in that field's text for a folded span.</summary>
    public (TextField Field, int Start, int End) Locate(int foldedStart, int foldedEnd)
    {
        var map = folded.Map;
        var start = map[foldedStart];
        var end = map[foldedEnd - 1] + 1;
        if (start < article.Title.Length)
        {
            return (TextField.Title, start, end);
        }

        var offset = article.Title.Length + 1;
        start -= offset;
        return (start < leadEnd ? TextField.Lead : TextField.Body, start, end - offset);
    }

    public string TextOf(TextField field) => field == TextField.Title ? article.Title : article.Text;

    /// <summary>Folds the original span keeping diacritics, to compare with an alias that demands them.</summary>
    public string ExactAt(int foldedStart, int foldedEnd)
    {
        var (field, start, end) = Locate(foldedStart, foldedEnd);
        return CharacterFolding.FoldKeepingDiacritics(TextOf(field)[start..end]);
    }
}
