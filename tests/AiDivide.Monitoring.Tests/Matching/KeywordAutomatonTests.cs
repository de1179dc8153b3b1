using AiDivide.Monitoring.Matching;

namespace AiDivide.Monitoring.Tests.Matching;

/// <summary>The automaton finds exactly what a naive search of every keyword at every position finds.</summary>
public class KeywordAutomatonTests
{
    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 50)]
    [InlineData(3, 500)]
    [InlineData(4, 5000)]
    public void Scan_AgreesWithANaiveSearch_OnRandomKeywordsAndText(int seed, int keywordCount)
    {
        // A tiny alphabet makes keywords overlap, nest and share suffixes: every failure path is exercised.
        var random = new Random(seed);
        const string alphabet = "ab 海涛";
        string Random(int min, int max) => new([.. Enumerable.Range(0, random.Next(min, max)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        var keywords = Enumerable.Range(0, keywordCount).Select(_ => Random(1, 9).Trim()).Where(k => k.Length > 0).Distinct().ToList();
        var text = Random(3000, 3001);

        var hits = new List<KeywordHit>();
        new KeywordAutomaton(keywords).Scan(text, hits);

        Assert.Equal(Naive(keywords, text), hits.OrderBy(h => h.Start).ThenBy(h => h.Keyword).ToList());
    }

    private static List<KeywordHit> Naive(List<string> keywords, string text)
    {
        var hits = new List<KeywordHit>();
        for (var start = 0; start < text.Length; start++)
        {
            for (var k = 0; k < keywords.Count; k++)
            {
                var end = start + keywords[k].Length;
                if (string.CompareOrdinal(text, start, keywords[k], 0, keywords[k].Length) == 0
                    && (!CharacterFolding.IsWordChar(keywords[k][0]) || start == 0 || !CharacterFolding.IsWordChar(text[start - 1]))
                    && (!CharacterFolding.IsWordChar(keywords[k][^1]) || end == text.Length || !CharacterFolding.IsWordChar(text[end])))
                {
                    hits.Add(new KeywordHit(k, start, end));
                }
            }
        }

        return hits;
    }
}
