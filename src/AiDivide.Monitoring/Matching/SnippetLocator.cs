using System.Buffers;

namespace AiDivide.Monitoring.Matching;

/// <summary>Cuts the sentence around a position out of a text, for the alert's quote.</summary>
public static class SnippetLocator
{
    private const int MaxLength = 320;

    // Characters that may end a sentence; the Latin ones only when white space follows.
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("\n。！？.!?");

    public static string SentenceAround(string text, int index)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        index = Math.Clamp(index, 0, text.Length - 1);

        // Jump between candidate ends rather than test every character: a mention's sentence
        // is found once per mention, and a long article without line breaks is a long walk.
        var start = index;
        while (start > 0)
        {
            var candidate = text.AsSpan(0, start).LastIndexOfAny(SentenceEnds);
            if (candidate < 0 || EndsSentence(text, candidate))
            {
                start = candidate + 1;
                break;
            }

            start = candidate;
        }

        var end = index;
        while (end < text.Length)
        {
            var candidate = text.AsSpan(end).IndexOfAny(SentenceEnds);
            if (candidate < 0)
            {
                end = text.Length;
                break;
            }

            end += candidate;
            if (EndsSentence(text, end))
            {
                break;
            }

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
