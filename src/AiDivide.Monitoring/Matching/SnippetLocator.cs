namespace AiDivide.Monitoring.Matching;

/// <summary>Cuts the sentence around a position out of a text, for the alert's quote.</summary>
public static class SnippetLocator
{
    private const int MaxLength = 320;

    public static string SentenceAround(string text, int index)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        index = Math.Clamp(index, 0, text.Length - 1);
        var start = index;
        while (start > 0 && !EndsSentence(text, start - 1))
        {
            start--;
        }

        var end = index;
        while (end < text.Length && !EndsSentence(text, end))
        {
            end++;
        }

        end = Math.Min(end + 1, text.Length);
        var sentence = text[start..end].Trim();
        if (sentence.Length <= MaxLength)
        {
            return sentence;
        }

        // Keep the mention inside the window of an over-long "sentence" (lists, missing punctuation).
        var from = Math.Max(start, index - (MaxLength / 2));
        var to = Math.Min(end, from + MaxLength);
        return (from > start ? "…" : "") + text[from..to].Trim() + (to < end ? "…" : "");
    }

    private static bool EndsSentence(string text, int i)
    {
        var c = text[i];
        if (c is '\n' or '。' or '！' or '？')
        {
            return true;
        }

        return c is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]));
    }
}
