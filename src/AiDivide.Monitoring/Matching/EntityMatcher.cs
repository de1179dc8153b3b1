using AiDivide.Monitoring.Matching.Queries;

namespace AiDivide.Monitoring.Matching;

/// <summary>Finds every tracked entity in an article in one pass over its title and text, folded as they are read.</summary>
/// <remarks>
/// Aliases, context words and query terms of all entities are keywords of one
/// <see cref="KeywordAutomaton"/>, so the scan costs the same for 10 or 100,000 aliases. After the
/// scan, in proportion to what was found rather than to the watchlist: aliases inside a longer
/// alias of another entity are dropped ("Shanghai AI" inside "Shanghai AI Laboratory"), context
/// rules accept or reject each occurrence, and topic queries are evaluated on the terms found.
/// </remarks>
public sealed class EntityMatcher
{
    private readonly IReadOnlyList<TrackedEntity> entities;
    private readonly KeywordAutomaton automaton;
    private readonly KeywordUse[][] uses;

    // Read per occurrence instead of the entity itself: with a big watchlist nearly every
    // occurrence is of a different entity, and each entity record is a cache miss.
    private readonly bool[] hasContextRules;

    public EntityMatcher(IReadOnlyList<TrackedEntity> entities)
    {
        this.entities = entities;
        var catalog = KeywordCatalog.For(entities);
        automaton = new KeywordAutomaton(catalog.Keywords);
        uses = catalog.Uses();
        hasContextRules = [.. entities.Select(e => e.RequiredContext.Count > 0 || e.ExcludedContext.Count > 0)];
    }

    /// <summary>Distinct keywords the automaton looks for.</summary>
    public int KeywordCount => automaton.KeywordCount;

    public IReadOnlyList<Mention> Match(string title, string text) => Match(new ArticleText(title, text));

    public IReadOnlyList<Mention> Match(ArticleText article)
    {
        var hits = new List<KeywordHit>();
        automaton.ScanDocument(article.Title, article.Text, hits);
        if (hits.Count == 0)
        {
            return [];
        }

        var locator = new ArticleLocator(article);
        var found = new Found();
        foreach (var hit in hits)
        {
            Classify(hit, locator, found);
        }

        var mentions = AliasMentions(found, locator);
        mentions.AddRange(TopicMentions(found, article, locator));
        return mentions;
    }

    private void Classify(KeywordHit hit, ArticleLocator locator, Found found)
    {
        foreach (var use in uses[hit.Keyword])
        {
            switch (use.Role)
            {
                case KeywordRole.Alias when use.ExactForm is null || use.ExactForm == locator.ExactAt(hit.SourceStart, hit.SourceEnd):
                    found.Aliases.Add(new AliasHit(use.Entity, hit.Start, hit.End, hit.SourceStart, hit.SourceEnd));
                    break;
                case KeywordRole.RequiredContext or KeywordRole.ExcludedContext:
                    found.Context.Add(new ContextHit(use.Entity, use.Role == KeywordRole.RequiredContext, hit.Start, hit.End));
                    break;
                case KeywordRole.QueryTerm:
                    found.Terms.Add((use.Entity, use.Term, hit.SourceStart, hit.SourceEnd));
                    break;
            }
        }
    }

    private List<Mention> AliasMentions(Found found, ArticleLocator locator)
    {
        var accepted = new List<AliasHit>(found.Aliases.Count);
        foreach (var hit in OutermostOnly(found.Aliases))
        {
            if (!hasContextRules[hit.Entity] || ContextRules.Accepts(entities[hit.Entity], hit.Entity, hit.Start, hit.End, found.Context))
            {
                accepted.Add(hit);
            }
        }

        // Grouped by sorting rather than a dictionary of lists: one mention per entity, in entity order.
        accepted.Sort((a, b) => a.Entity != b.Entity ? a.Entity.CompareTo(b.Entity) : a.SourceStart.CompareTo(b.SourceStart));
        var mentions = new List<Mention>();
        var occurrences = new List<(int Start, int End)>();
        for (var i = 0; i < accepted.Count;)
        {
            var entity = accepted[i].Entity;
            occurrences.Clear();
            // No span repeats within an entity: the catalog keeps one use per keyword, entity and
            // role, different keywords cannot match the same folded span, and a shorter span
            // inside a longer one was dropped above.
            for (; i < accepted.Count && accepted[i].Entity == entity; i++)
            {
                occurrences.Add((accepted[i].SourceStart, accepted[i].SourceEnd));
            }

            mentions.Add(MentionAssembler.Assemble(entities[entity], occurrences, locator));
        }

        return mentions;
    }

    /// <summary>Drops occurrences that lie inside a longer one; equal spans (aliases shared by entities) are all kept for the context rules to decide.</summary>
    private static List<AliasHit> OutermostOnly(List<AliasHit> hits)
    {
        hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var kept = new List<AliasHit>(hits.Count);
        var widest = new AliasHit(-1, -1, -1, -1, -1);
        foreach (var hit in hits)
        {
            var inside = hit.End <= widest.End && (hit.Start, hit.End) != (widest.Start, widest.End);
            if (inside)
            {
                continue;
            }

            kept.Add(hit);
            if (hit.End > widest.End)
            {
                widest = hit;
            }
        }

        return kept;
    }

    private IEnumerable<Mention> TopicMentions(Found found, ArticleText article, ArticleLocator locator)
    {
        foreach (var group in found.Terms.GroupBy(t => t.Entity))
        {
            var query = entities[group.Key].Query!;
            var anywhere = new bool[query.Terms.Count];
            var inTitle = new bool[query.Terms.Count];
            foreach (var (_, term, start, _) in group)
            {
                anywhere[term] = true;
                inTitle[term] |= start < article.Title.Length;
            }

            if (query.IsMatch(new QueryFacts(anywhere, inTitle, article.Host, article.Language)))
            {
                var positive = group.Where(t => query.PositiveTerms.Contains(t.Term)).Select(t => (t.Start, t.End)).Distinct().ToList();
                yield return MentionAssembler.Assemble(entities[group.Key], positive, locator);
            }
        }
    }

    /// <summary>An alias occurrence: folded span (for overlaps and context distance) and original span (for the mention).</summary>
    private readonly record struct AliasHit(int Entity, int Start, int End, int SourceStart, int SourceEnd);

    private sealed class Found
    {
        public List<AliasHit> Aliases { get; } = [];

        public List<ContextHit> Context { get; } = [];

        /// <summary>Query terms found, with original spans.</summary>
        public List<(int Entity, int Term, int Start, int End)> Terms { get; } = [];
    }
}
