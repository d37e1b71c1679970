using Reader.Core.Documents;
using Reader.Search.Grouping;

namespace Reader.Council.Evidence;

/// <summary>
/// Stage 1, context: retrieves hits, widens each to every language version of its passage through the
/// alignment groups, and keeps the best groups that fit the token budget.
/// </summary>
public sealed class EvidenceBuilder(IEvidenceRetriever retriever, Corpus corpus, UnitGroups groups, EvidenceOptions? options = null, TokenCounter? tokens = null)
{
    private readonly EvidenceOptions _options = options ?? EvidenceOptions.Default;
    private readonly TokenCounter _tokens = tokens ?? TokenCounter.O200k;

    public EvidenceSet Build(string question, string lang)
    {
        var hits = retriever.Retrieve(question, lang, _options.Hits);
        var scoreOfUnit = new Dictionary<string, double>(StringComparer.Ordinal);
        var groupOrder = new List<string>();
        var groupScore = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var hit in hits.OrderByDescending(h => h.Score))
        {
            scoreOfUnit.TryAdd(hit.Unit.Id, hit.Score);
            var group = groups.GroupOf(hit.Unit.Id);
            if (groupScore.TryAdd(group, hit.Score))
            {
                groupOrder.Add(group);
            }
        }

        var passages = new List<EvidencePassage>();
        var used = 0;
        foreach (var group in groupOrder.Take(_options.MaxGroups))
        {
            foreach (var unit in Versions(group, lang, scoreOfUnit))
            {
                var size = _tokens.Count(EvidencePassage.Format(unit));
                if (used + size > _options.TokenBudget)
                {
                    continue;
                }
                used += size;
                passages.Add(new EvidencePassage(unit, group, scoreOfUnit.GetValueOrDefault(unit.Id), groupScore[group], size));
            }
        }
        return new EvidenceSet(question, lang, passages);
    }

    // Hits first, then the question's language, then the rest in corpus order: when the budget runs
    // out it is the least useful versions that are left out.
    private IEnumerable<Unit> Versions(string group, string lang, Dictionary<string, double> scoreOfUnit) =>
        groups.Members(group)
            .Select(corpus.GetUnit)
            .Select((unit, index) => (unit, index))
            .OrderByDescending(v => scoreOfUnit.GetValueOrDefault(v.unit.Id))
            .ThenBy(v => v.unit.Lang == lang ? 0 : 1)
            .ThenBy(v => v.index)
            .Select(v => v.unit);
}
