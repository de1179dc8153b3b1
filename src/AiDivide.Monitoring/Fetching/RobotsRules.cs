using System.Globalization;
using System.Text.RegularExpressions;

namespace AiDivide.Monitoring.Fetching;

/// <summary>The rules of one robots.txt that apply to us (RFC 9309): our group, or the * group.</summary>
/// <remarks>
/// All groups naming our product token are merged; if none does, all * groups are. The longest
/// matching Allow or Disallow pattern decides, Allow winning a tie; "*" matches any run of
/// characters and a trailing "$" anchors the end. Patterns run on a non-backtracking engine, so a
/// hostile file cannot make matching slow. The same group's <c>Crawl-delay</c> (not in RFC 9309, but
/// widely written) is read as the host's least spacing between requests, capped at <see cref="MaxCrawlDelay"/>.
/// </remarks>
public sealed class RobotsRules
{
    /// <summary>The most a robots.txt may space our requests: a site asking for an hour between requests would never see its feed polled.</summary>
    public static readonly TimeSpan MaxCrawlDelay = TimeSpan.FromSeconds(30);

    private readonly IReadOnlyList<Rule> rules;

    private RobotsRules(IReadOnlyList<Rule> rules, string origin, TimeSpan? crawlDelay = null)
    {
        this.rules = rules;
        Origin = origin;
        CrawlDelay = crawlDelay;
    }

    /// <summary>The group's Crawl-delay, capped at <see cref="MaxCrawlDelay"/>; null when the group names none (or none that is a number).</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Why these rules were chosen (a parsed file, or the status that stood in for one).</summary>
    public string Origin { get; }

    public static RobotsRules AllowAll(string origin) => new([], origin);

    public static RobotsRules DisallowAll(string origin) => new([new Rule("/", false, Pattern("/"))], origin);

    public static RobotsRules Parse(string text, string productToken)
    {
        var ours = new List<Rule>();
        var anyone = new List<Rule>();
        TimeSpan? ourDelay = null, anyoneDelay = null;
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

            if (key == "crawl-delay")
            {
                inRules = true;
                if (ParseDelay(value) is { } delay)
                {
                    ourDelay = IsOurs(groupAgents, productToken) ? Longer(ourDelay, delay) : ourDelay;
                    anyoneDelay = groupAgents.Contains("*") ? Longer(anyoneDelay, delay) : anyoneDelay;
                }

                continue;
            }

            if (key is not ("allow" or "disallow"))
            {
                continue;   // Sitemap and the like: not rules for paths.
            }

            inRules = true;
            if (value.Length == 0)
            {
                continue;   // "Disallow:" with nothing means nothing is disallowed.
            }

            var rule = new Rule(value, key == "allow", Pattern(value));
            if (IsOurs(groupAgents, productToken))
            {
                ours.Add(rule);
            }

            if (groupAgents.Contains("*"))
            {
                anyone.Add(rule);
            }
        }

        var ourGroup = ours.Count > 0 || ourDelay is not null || Mentions(text, productToken);
        return ourGroup
            ? new RobotsRules(ours, $"robots.txt group for {productToken}", ourDelay)
            : new RobotsRules(anyone, "robots.txt group *", anyoneDelay);
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

    private static bool IsOurs(List<string> groupAgents, string productToken) =>
        groupAgents.Exists(agent => agent.Split([' ', '/'], 2)[0].Equals(productToken, StringComparison.OrdinalIgnoreCase));

    /// <summary>Seconds, possibly fractional ("0.5"); anything else (negative, "fast", NaN) is ignored rather than guessed at.</summary>
    private static TimeSpan? ParseDelay(string value) =>
        double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(Math.Min(seconds, MaxCrawlDelay.TotalSeconds))
            : null;

    private static TimeSpan Longer(TimeSpan? current, TimeSpan candidate) => current is { } known && known > candidate ? known : candidate;

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
