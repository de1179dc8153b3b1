using System.Text;
using AiDivide.Monitoring.Matching;

namespace AiDivide.Benchmarks;

/// <summary>Generated aliases and article text for the matching benchmarks; seeded, so every run sees the same data.</summary>
/// <remarks>
/// Aliases are made-up two- and three-word names built from syllables (Latin script, some with
/// diacritics) and one in eight is a three- or four-character Chinese name. News-like text is made
/// of ordinary words from a different syllable set (sharing letters, not words, with the names, as
/// ordinary words do with names in real news), with a Chinese paragraph every few and an alias
/// every ~2 KB. Name-like text builds every word from the names' own syllables, the worst case:
/// nearly every word walks deep into the automaton as if it began a name. Nothing is copied from news.
/// </remarks>
internal static class SyntheticCorpus
{
    private static readonly string[] Syllables =
    [
        "ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zhi", "an", "bel", "cor", "dan", "el", "fen", "gar", "hu", "is",
        "jo", "kem", "lin", "mar", "no", "or", "pi", "qu", "ras", "sen", "tor", "ul", "ven", "wei", "xin", "yu", "zan", "mü", "ré", "ñe",
    ];

    private static readonly string[] Ordinary =
    [
        "the", "and", "of", "to", "in", "for", "on", "said", "ment", "tion", "pro", "con", "ver", "sta", "ble", "ing", "com", "port",
        "ex", "pect", "de", "vel", "op", "gov", "ern", "pol", "i", "cy", "tech", "no", "lo", "gy", "mar", "ket", "year", "week",
    ];

    private static readonly string HanText = "的是在了和有为这个中国会将发表示对新与也年月日说他们我们进行经济社会问题时间部门";

    private static readonly string Han = "海上人工智能研究院实验室国家发展合作中心科技大学会议世界组织模型数据安全治理开放创新产业平台";

    public static List<string> Aliases(int count, int seed = 7)
    {
        var random = new Random(seed);
        var aliases = new HashSet<string>(StringComparer.Ordinal);
        while (aliases.Count < count)
        {
            aliases.Add(random.Next(8) == 0 ? HanName(random) : LatinName(random));
        }

        return [.. aliases];
    }

    public static IReadOnlyList<TrackedEntity> Entities(IReadOnlyList<string> aliases) =>
        [.. aliases.Select((a, i) => new TrackedEntity("e" + i, a, EntityKind.Organisation, [a], []))];

    public static string Article(IReadOnlyList<string> aliases, int length, bool nameLike, int seed = 11)
    {
        var random = new Random(seed);
        var text = new StringBuilder(length + 256);
        var sinceAlias = 0;
        while (text.Length < length)
        {
            if (random.Next(6) == 0)
            {
                text.Append(HanSentence(random, nameLike ? Han : HanText)).Append('\n');
                continue;
            }

            var words = random.Next(8, 20);
            for (var w = 0; w < words; w++)
            {
                var word = Word(random, random.Next(1, 4), nameLike ? Syllables : Ordinary);
                text.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(w == words - 1 ? ". " : " ");
            }

            sinceAlias += words * 7;
            if (sinceAlias > 2000)
            {
                text.Append(aliases[random.Next(aliases.Count)]).Append("'s view. ");
                sinceAlias = 0;
            }
        }

        return text.ToString(0, length);
    }

    private static string LatinName(Random random)
    {
        var parts = Enumerable.Range(0, random.Next(2, 4)).Select(_ => Word(random, random.Next(2, 4)));
        return string.Join(' ', parts.Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    private static string HanName(Random random) => new([.. Enumerable.Range(0, random.Next(3, 5)).Select(_ => Han[random.Next(Han.Length)])]);

    private static string HanSentence(Random random, string characters) =>
        new([.. Enumerable.Range(0, random.Next(20, 60)).Select(_ => characters[random.Next(characters.Length)]), '。']);

    private static string Word(Random random, int syllables, string[]? from = null) =>
        string.Concat(Enumerable.Range(0, syllables).Select(_ => (from ?? Syllables)[random.Next((from ?? Syllables).Length)]));
}
