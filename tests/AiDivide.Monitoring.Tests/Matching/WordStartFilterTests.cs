using AiDivide.Monitoring.Matching;

namespace AiDivide.Monitoring.Tests.Matching;

public class WordStartFilterTests
{
    [Fact]
    public void MayStart_IsTrueForTheLeadingWordOfEveryKeyword_InAnyCase()
    {
        var keywords = Words(new Random(3), 20_000).Select((w, i) => i % 3 == 0 ? w + " " + w : i % 3 == 1 ? w + "-x" : w).ToList();
        var filter = new WordStartFilter(keywords);

        foreach (var keyword in keywords)
        {
            var word = keyword.Split(' ', '-')[0];
            Assert.True(filter.MayStart(WordStartFilter.Hash(word.ToUpperInvariant())), word);
        }
    }

    [Fact]
    public void MayStart_LetsFewOtherWordsThrough()
    {
        // Only words that may start a keyword take the automaton's path; the others are skipped whole,
        // so a filter that let most words through would cost a hash per word and save nothing.
        var random = new Random(5);
        var keywords = Words(random, 100_000).ToHashSet(StringComparer.Ordinal);
        var filter = new WordStartFilter(keywords);

        var others = Words(random, 200_000).Where(w => !keywords.Contains(w)).ToList();
        var passed = others.Count(w => filter.MayStart(WordStartFilter.Hash(w)));

        Assert.InRange(passed / (double)others.Count, 0, 0.03);
    }

    [Fact]
    public void MayStart_IsFalse_ForTheWordsAfterAKeywordsLeadingPunctuation()
    {
        var filter = new WordStartFilter([".net", "中国"]);

        Assert.False(filter.MayStart(WordStartFilter.Hash("net")));
    }

    private static IEnumerable<string> Words(Random random, int count)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (var i = 0; i < count; i++)
        {
            yield return new string([.. Enumerable.Range(0, random.Next(2, 10)).Select(_ => letters[random.Next(letters.Length)])]);
        }
    }
}
