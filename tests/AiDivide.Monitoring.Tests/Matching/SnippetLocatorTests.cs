using AiDivide.Monitoring.Matching;

namespace AiDivide.Monitoring.Tests.Matching;

public class SnippetLocatorTests
{
    [Theory]
    [InlineData("The forum opened. Delegates from Lagos spoke at length. Then lunch.", 25, "Delegates from Lagos spoke at length.")]
    [InlineData("Version 2.5 of the model shipped today. Nothing else.", 12, "Version 2.5 of the model shipped today.")]
    [InlineData("Was it worth it? Nobody at the summit knew! The end.", 20, "Nobody at the summit knew!")]
    [InlineData("First line without a stop\nSecond line about Shanghai\nThird", 30, "Second line about Shanghai")]
    [InlineData("会议在上海开幕。上海人工智能实验室发布了新模型！其他内容", 10, "上海人工智能实验室发布了新模型！")]
    [InlineData("No sentence end anywhere in this text", 5, "No sentence end anywhere in this text")]
    public void SentenceAround_CutsAtSentenceEnds_NotAtDotsInsideWords(string text, int index, string expected)
    {
        Assert.Equal(expected, SnippetLocator.SentenceAround(text, index));
    }

    [Fact]
    public void SentenceAround_KeepsTheMentionInsideTheWindow_OfAnOverlongSentence()
    {
        var text = string.Join(", ", Enumerable.Range(0, 200).Select(i => $"item {i}")) + " and Song Haitao, end";
        var index = text.IndexOf("Song Haitao", StringComparison.Ordinal);

        var snippet = SnippetLocator.SentenceAround(text, index);

        Assert.Contains("Song Haitao", snippet, StringComparison.Ordinal);
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length <= 322, $"snippet of {snippet.Length} characters");
    }

    [Fact]
    public void SentenceAround_AgreesWithACharacterByCharacterWalk_OnRandomText()
    {
        // A tiny alphabet full of sentence ends, some of them followed by white space and some not.
        var random = new Random(7);
        const string alphabet = "ab .!?\n。x";
        for (var round = 0; round < 300; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 400)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var index = random.Next(-2, text.Length + 2);

            Assert.Equal(CharacterByCharacter(text, index), SnippetLocator.SentenceAround(text, index));
        }
    }

    private static string CharacterByCharacter(string text, int index)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        index = Math.Clamp(index, 0, text.Length - 1);
        var start = index;
        while (start > 0 && !Ends(text, start - 1))
        {
            start--;
        }

        var end = index;
        while (end < text.Length && !Ends(text, end))
        {
            end++;
        }

        end = Math.Min(end + 1, text.Length);
        var sentence = text[start..end].Trim();
        if (sentence.Length <= 320)
        {
            return sentence;
        }

        var from = Math.Max(start, index - 160);
        var to = Math.Min(end, from + 320);
        return (from > start ? "…" : "") + text[from..to].Trim() + (to < end ? "…" : "");
    }

    private static bool Ends(string text, int i) =>
        text[i] is '\n' or '。' or '！' or '？' || (text[i] is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])));
}
