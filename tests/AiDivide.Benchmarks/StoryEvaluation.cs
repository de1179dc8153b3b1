using System.Globalization;
using System.Text.Json;
using AiDivide.Monitoring.Dedup;

namespace AiDivide.Benchmarks;

/// <summary>
/// Labelled evaluation of "same story": real article texts read from ../shared at run time (never
/// copied into the repo), syndicated copies made from them by realistic edits, and every pair of
/// distinct articles as negatives. Prints precision and recall over the similarity threshold.
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/AiDivide.Benchmarks -- stories-eval</c>.</remarks>
internal static class StoryEvaluation
{
    private static readonly string[] Boilerplate =
    [
        "Reporting by our correspondents; editing by the news desk.",
        "Subscribe to our daily newsletter to get the top stories in your inbox.",
        "Copyright 2025. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    ];

    public static int Run()
    {
        var texts = LoadTexts();
        if (texts.Count == 0)
        {
            Console.Error.WriteLine("No evaluation texts: ../shared/eval/extraction-dev and ../shared/corpus/seeds are not beside the repository.");
            return 2;
        }

        var fingerprints = texts.Select(t => TextFingerprint.Of(t.Text)).ToList();
        var positives = new List<(double Similarity, bool Candidate, string Edit)>();
        for (var i = 0; i < texts.Count; i++)
        {
            foreach (var (edit, copy) in Copies(texts, i))
            {
                var fingerprint = TextFingerprint.Of(copy);
                positives.Add((fingerprints[i].Similarity(fingerprint), SharesBand(fingerprints[i], fingerprint), edit));
            }
        }

        var negatives = new List<(double Similarity, bool Candidate)>();
        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = i + 1; j < texts.Count; j++)
            {
                negatives.Add((fingerprints[i].Similarity(fingerprints[j]), SharesBand(fingerprints[i], fingerprints[j])));
            }
        }

        Report(texts.Count, positives, negatives);
        return 0;
    }

    private static void Report(int articles, List<(double Similarity, bool Candidate, string Edit)> positives, List<(double Similarity, bool Candidate)> negatives)
    {
        Console.WriteLine($"{articles} articles, {positives.Count} same-story pairs (copies), {negatives.Count} different-story pairs");
        Console.WriteLine("| threshold | precision | recall | false merges | missed copies |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var threshold in new[] { 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8 })
        {
            var truePositives = positives.Count(p => p.Candidate && p.Similarity >= threshold);
            var falsePositives = negatives.Count(n => n.Candidate && n.Similarity >= threshold);
            var precision = truePositives + falsePositives == 0 ? 1.0 : (double)truePositives / (truePositives + falsePositives);
            var recall = (double)truePositives / positives.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {threshold:0.00} | {precision:0.0000} | {recall:0.0000} | {falsePositives} | {positives.Count - truePositives} |"));
        }

        Console.WriteLine();
        Console.WriteLine("| edit | median similarity | lowest |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var group in positives.GroupBy(p => p.Edit))
        {
            var values = group.Select(p => p.Similarity).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {group.Key} | {values[values.Count / 2]:0.00} | {values[0]:0.00} |"));
        }

        var highest = negatives.Max(n => n.Similarity);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nHighest similarity between two different articles: {highest:0.00}; share of them that are band candidates: {negatives.Count(n => n.Candidate) / (double)negatives.Count:0.0000}"));
    }

    private static IEnumerable<(string Edit, string Text)> Copies(List<(string Id, string Text)> texts, int index)
    {
        var paragraphs = Paragraphs(texts[index].Text);
        var otherLead = Paragraphs(texts[(index + 1) % texts.Count].Text)[0];
#pragma warning disable CA5394 // Not security: deterministic edits for a reproducible evaluation.
        var random = new Random(index);
#pragma warning restore CA5394
        var newLead = new[] { otherLead }.Concat(paragraphs.Skip(1)).ToList();
        var cut = paragraphs.Take(Math.Max(1, (int)Math.Ceiling(paragraphs.Count * 0.6))).ToList();
        // Replacing the lead of a two-paragraph brief leaves little of it: that is a new story, not a copy.
        var longEnough = paragraphs.Count >= 4;
        if (longEnough)
        {
            yield return ("another lead paragraph", Join(newLead));
        }

        yield return ("ending cut to 60%", Join(cut));
        yield return ("boilerplate inserted", Join([Boilerplate[0], .. paragraphs, Boilerplate[1], Boilerplate[2]]));
        yield return ("light rewording (8% of words)", Reword(Join(paragraphs), random, 0.08));
        if (longEnough)
        {
            yield return ("all of the above", Reword(Join([Boilerplate[0], otherLead, .. cut.Skip(1), Boilerplate[1]]), random, 0.08));
        }
    }

    /// <summary>The text's paragraphs; a text given as one block is cut into paragraphs of two sentences, as a page would show it.</summary>
    private static List<string> Paragraphs(string text)
    {
        var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (paragraphs.Count >= 4)
        {
            return paragraphs;
        }

        var sentences = text.Replace("\n", " ", StringComparison.Ordinal).Split(". ", StringSplitOptions.RemoveEmptyEntries);
        return [.. sentences.Chunk(2).Select(chunk => string.Join(". ", chunk))];
    }

    private static string Reword(string text, Random random, double share)
    {
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
#pragma warning disable CA5394
            if (random.NextDouble() < share)
#pragma warning restore CA5394
            {
                words[i] = i % 2 == 0 ? "" : words[i] + "ly";
            }
        }

        return string.Join(' ', words.Where(w => w.Length > 0));
    }

    private static string Join(IEnumerable<string> paragraphs) => string.Join('\n', paragraphs);

    private static bool SharesBand(TextFingerprint a, TextFingerprint b) => a.BandKeys().Intersect(b.BandKeys()).Any();

    private static List<(string Id, string Text)> LoadTexts()
    {
        var shared = FindShared();
        if (shared is null)
        {
            return [];
        }

        var texts = new List<(string, string)>();
        using (var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(shared, "eval", "extraction-dev", "ground-truth.json"))))
        {
            foreach (var page in truth.RootElement.EnumerateObject())
            {
                texts.Add((page.Name, page.Value.GetProperty("articleBody").GetString() ?? ""));
            }
        }

        foreach (var seed in Directory.GetFiles(Path.Combine(shared, "corpus", "seeds"), "*.txt").Order())
        {
            texts.Add((Path.GetFileName(seed), File.ReadAllText(seed)));
        }

        return [.. texts.Where(t => t.Item2.Split(' ').Length > 60)];
    }

    private static string? FindShared()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared");
            if (File.Exists(Path.Combine(directory.FullName, "AiDivide.sln")) && Directory.Exists(Path.Combine(directory.Parent?.FullName ?? "", "shared")))
            {
                return Path.Combine(directory.Parent!.FullName, "shared");
            }

            if (Directory.Exists(Path.Combine(candidate, "eval")))
            {
                return candidate;
            }
        }

        return null;
    }
}
