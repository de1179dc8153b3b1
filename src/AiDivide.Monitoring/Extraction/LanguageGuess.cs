namespace AiDivide.Monitoring.Extraction;

/// <summary>A coarse script-based language guess for pages that do not declare one.</summary>
internal static class LanguageGuess
{
    public static string? FromText(string text)
    {
        int letters = 0, han = 0, kana = 0, hangul = 0, latin = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 4000)))
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            switch (c)
            {
                case >= '\u4E00' and <= '\u9FFF':
                    han++;
                    break;
                case >= '\u3040' and <= '\u30FF':
                    kana++;
                    break;
                case >= '\uAC00' and <= '\uD7AF':
                    hangul++;
                    break;
                case <= '\u024F':
                    latin++;
                    break;
            }
        }

        if (letters == 0)
        {
            return null;
        }

        return kana * 10 > letters ? "ja"
            : hangul * 3 > letters ? "ko"
            : han * 3 > letters ? "zh"
            : latin * 10 > letters * 9 ? "en"
            : null;
    }
}
