namespace AiDivide.Monitoring.Matching;

/// <summary>Maps spans of a scanned article (original offsets: title, one separator, then text) back to its title, lead and body.</summary>
internal sealed class ArticleLocator(ArticleText article)
{
    private readonly int leadEnd = article.Text.IndexOf('\n', StringComparison.Ordinal) is var n and >= 0 ? n : article.Text.Length;

    /// <summary>The field and the original [start, end) in that field's text for a document span.</summary>
    public (TextField Field, int Start, int End) Locate(int start, int end)
    {
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
    public string ExactAt(int start, int end)
    {
        var (field, from, to) = Locate(start, end);
        return CharacterFolding.FoldKeepingDiacritics(TextOf(field)[from..to]);
    }
}
