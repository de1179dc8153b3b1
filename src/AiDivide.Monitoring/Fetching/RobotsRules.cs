using System.Text.RegularExpressions;

namespace AiDivide.Monitoring.Fetching;

/// <summary>The rules of one robots.txt that apply to us (RFC 9309): our group, or the * group.</summary>
/// <remarks>
/// All groups naming our product token are merged; if none does, all * groups are. The longest
/// matching Allow or Disallow pattern decides, Allow winning a tie; "*" matches any run of
/// characters and a trailing "$" anchors the end. Patterns run on a non-backtracking engine, so a
/// hostile file cannot make matching slow.
/// </remarks>
public sealed class RobotsRules
{
    private readonly IReadOnlyList<Rule> rules;

    private RobotsRules(IReadOnlyList<Rule> rules, string origin)
    {
        this.rules = rules;
        Origin = origin;
    }

    /// <summary>Why these rules were chosen (a parsed file, or the status that stood in for one).</summary>
    public string Origin { get; }

    public static RobotsRules AllowAll(string origin) => new([], origin);

    public static RobotsRules DisallowAll(string origin) => new([new Rule("/", false, Pattern("/"))], origin);

    public static RobotsRules Parse(string text, string productToken)
    {
        var ours = new List<Rule>();
        var anyone = new List<Rule>();
        var groupAgents = new List<string>();
        var inRules = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Split('#', 2)[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key is "user-agent" or "useragent")
            {
                if (inRules)
                {
                    groupAgents.Clear();
                    inRules = false;
                }

                groupAgents.Add(value);
                continue;
            }

            if (key is not ("allow" or "disallow"))
            {
                continue;   // Sitemap, Crawl-delay and the like: not rules for paths.
            }

            inRules = true;
            if (value.Length == 0)
            {
                continue;   // "Disallow:" with nothing means nothing is disallowed.
            }

            var rule = new Rule(value, key == "allow", Pattern(value));
            if (groupAgents.Exists(agent => agent.Split([' ', '/'], 2)[0].Equals(productToken, StringComparison.OrdinalIgnoreCase)))
            {
                ours.Add(rule);
            }

            if (groupAgents.Contains("*"))
            {
                anyone.Add(rule);
            }
        }

        var applies = ours.Count > 0 || Mentions(text, productToken) ? ours : anyone;
        return new RobotsRules(applies, ours.Count > 0 || Mentions(text, productToken) ? $"robots.txt group for {productToken}" : "robots.txt group *");
    }

    /// <summary>The rule that forbids <paramref name="url"/>, or null when it may be fetched.</summary>
    public string? Forbidding(Uri url)
    {
        var path = url.PathAndQuery;
        Rule? best = null;
        foreach (var rule in rules)
        {
            if (rule.Matcher.IsMatch(path) && (best is null || rule.Text.Length > best.Text.Length || (rule.Text.Length == best.Text.Length && rule.Allows)))
            {
                best = rule;
            }
        }

        return best is { Allows: false } ? $"Disallow: {best.Text}" : null;
    }

    private static bool Mentions(string text, string productToken) =>
        Regex.IsMatch(text, @"^\s*user-?agent\s*:\s*" + Regex.Escape(productToken) + @"\b", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.NonBacktracking);

    private static Regex Pattern(string value)
    {
        var anchored = value.EndsWith('$');
        var body = Regex.Escape(anchored ? value[..^1] : value).Replace(@"\*", ".*", StringComparison.Ordinal);
        return new Regex("^" + body + (anchored ? "$" : string.Empty), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    private sealed record Rule(string Text, bool Allows, Regex Matcher);
}
