using AngleSharp.Dom;

namespace AiDivide.Monitoring.Extraction;

/// <summary>Finds the block of a page that holds the article and renders it as plain paragraphs.</summary>
/// <remarks>
/// A general method, no site rules: boilerplate is ruled out by tag, role, visibility and class semantics
/// (<see cref="BoilerplateFilter"/>); paragraphs vote for their containers by text length, commas and link
/// density (<see cref="ContentScorer"/>); the winner and its close siblings form the body
/// (<see cref="ArticleBodyLocator"/>); clutter inside it is dropped as it is rendered (<see cref="BlockCleaner"/>).
/// When a pass yields less than a short article, the next pass relaxes the rules that can lose the story.
/// </remarks>
internal static class MainTextExtractor
{
    private const int ShortArticleChars = 500;

    public static string Extract(IDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            return string.Empty;
        }

        var best = string.Empty;
        using var tree = ContentTree.Build(body);
        foreach (var pass in ExtractionPass.All)
        {
            tree.Begin(pass);
            var text = Extract(tree);
            if (text.Length >= ShortArticleChars)
            {
                return text;
            }

            if (text.Length > best.Length)
            {
                best = text;
            }
        }

        return best;
    }

    private static string Extract(ContentTree tree)
    {
        BoilerplateFilter.Mark(tree);
        tree.Measure();
        ContentScorer.Score(tree);
        return TextRenderer.Render(ArticleBodyLocator.Locate(tree), tree);
    }
}
