using AiDivide.Monitoring.Matching;

namespace AiDivide.Monitoring.Tests.Matching;

/// <summary>The automaton finds exactly what a naive search of every keyword at every position finds.</summary>
public class KeywordAutomatonTests
{
    [Theory]
    [InlineData(1, 5, 0)]
    [InlineData(2, 50, 0)]
    [InlineData(3, 500, 0)]
    [InlineData(4, 5000, 0)]
    [InlineData(5, 500, 40)]
    [InlineData(6, 5000, 200)]
    public void Scan_AgreesWithANaiveSearch_OnRandomKeywordsAndText(int seed, int keywordCount, int denseBudget)
    {
        // A tiny alphabet makes keywords overlap, nest and share suffixes: every failure path is exercised.
        var random = new Random(seed);
        const string alphabet = "ab 海涛";
        string Random(int min, int max) => new([.. Enumerable.Range(0, random.Next(min, max)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        var keywords = Enumerable.Range(0, keywordCount).Select(_ => Random(1, 9).Trim()).Where(k => k.Length > 0).Distinct().ToList();
        var text = Random(3000, 3001);

        var hits = new List<KeywordHit>();
        Automaton(keywords, denseBudget).Scan(text, hits);

        Assert.Equal(Naive(keywords, text), hits.OrderBy(h => h.Start).ThenBy(h => h.Keyword).ToList());
    }

    [Theory]
    [InlineData(1, 5, 0)]
    [InlineData(2, 50, 0)]
    [InlineData(3, 500, 0)]
    [InlineData(4, 500, 60)]
    public void ScanDocument_FindsWhatScanningTheFoldedDocumentFinds_WithOriginalOffsets(int seed, int keywordCount, int denseBudget)
    {
        // Characters that fold to nothing (soft hyphen, combining accent, control), to two (ß, ﬁ), to a
        // space (dash, tab, line break), or across scripts (traditional Han, full-width), so every path
        // of the fused fold-and-scan meets every other, against the folded text and its offset map.
        var random = new Random(seed);
        const string alphabet = "aAbsSß ﬁf-\u00AD\u0301\u0001üÜ  \t\n海涛濤Ａ.'";
        string Random(int min, int max) => new([.. Enumerable.Range(0, random.Next(min, max)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        var keywords = Enumerable.Range(0, keywordCount).Select(_ => FoldedText.FoldAlias(Random(1, 9))).Where(k => k.Length > 0).Distinct().ToList();
        var automaton = Automaton(keywords, denseBudget);
        for (var round = 0; round < 20; round++)
        {
            var (title, text) = (round % 4 == 0 ? "" : Random(0, 40), Random(0, 3000));
            using var folded = FoldedText.FoldDocument(title, text);
            var expected = new List<KeywordHit>();
            automaton.Scan(folded.Chars, expected);
            var map = folded.Map.ToArray();
            expected = [.. expected.Select(h => h with { SourceStart = map[h.Start], SourceEnd = map[h.End - 1] + 1 })];

            var hits = new List<KeywordHit>();
            automaton.ScanDocument(title, text, hits);

            Assert.Equal(expected, hits);
        }
    }

    [Theory]
    [InlineData("Marlin Sen spoke.", "marlin sen")]
    [InlineData("MARLIN SEN spoke.", "marlin sen")]
    [InlineData("Marlin-Sen spoke.", "marlin sen")]
    [InlineData("Straße 5", "strasse 5")]
    [InlineData("Marlin\u00ADsen spoke.", "marlinsen")]
    [InlineData("(Marlin)", "marlin")]
    [InlineData("Marlin’s view", "marlin")]
    [InlineData("A Marlin", "marlin")]
    public void ScanDocument_FindsAKeywordStartingWithAWholeWord_WrittenAnyWay(string text, string keyword)
    {
        // The scan skips a whole ASCII word when no keyword starts with it; these are the ways a word's
        // letters run on into the keyword (case, a dash, ß, an invisible character, punctuation after).
        text = System.Text.RegularExpressions.Regex.Unescape(text);
        var keywords = new List<string> { keyword, "marl", "marlins", "se", "sen x", "str" };
        var hits = new List<KeywordHit>();

        new KeywordAutomaton(keywords).ScanDocument("", text, hits);

        Assert.Contains(hits, h => keywords[h.Keyword] == keyword);
    }

    [Theory]
    [InlineData("Marlins spoke.")]
    [InlineData("Marlinsen spoke.")]
    [InlineData("Marl spoke.")]
    [InlineData("Amarlin spoke.")]
    public void ScanDocument_DoesNotFindAKeyword_ThatOnlyBeginsOrEndsAWord(string text)
    {
        var hits = new List<KeywordHit>();

        new KeywordAutomaton(["marlin"]).ScanDocument("", text, hits);

        Assert.Empty(hits);
    }

    // A budget of 0 is the production one. A tiny budget gives dense rows to the roots and part of the
    // first level only, so most steps take the sparse paths (children lists, failure links, and the
    // steps on Chinese characters that the dense rows leave out) that only big watchlists reach otherwise.
    private static KeywordAutomaton Automaton(List<string> keywords, int denseBudget) =>
        denseBudget == 0 ? new KeywordAutomaton(keywords) : new KeywordAutomaton(keywords, denseBudget);

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
                    hits.Add(new KeywordHit(k, start, end, start, end));
                }
            }
        }

        return hits;
    }
}
