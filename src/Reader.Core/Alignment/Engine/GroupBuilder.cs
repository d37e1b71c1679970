using System.Globalization;
using Reader.Core.Alignment.Features;
using Reader.Core.Documents;

namespace Reader.Core.Alignment.Engine;

/// <summary>Turns pivot spans and attachments into a partition of all units, with ids, sections, scores and explanations.</summary>
internal sealed class GroupBuilder
{
    private readonly IReadOnlyList<UnitProfile> _pivot;
    private readonly int[] _parent;
    private readonly List<Attachment> _attachments = [];
    private readonly Dictionary<UnitProfile, Attachment> _byProfile = new(ReferenceEqualityComparer.Instance);

    public GroupBuilder(IReadOnlyList<UnitProfile> pivot)
    {
        _pivot = pivot;
        _parent = Enumerable.Range(0, pivot.Count).ToArray();
    }

    /// <summary>Records a placement; a span over several pivot units makes them one group.</summary>
    public void Attach(Attachment attachment)
    {
        for (var i = attachment.Span.First; i < attachment.Span.Last; i++)
        {
            Union(i, i + 1);
        }
        _attachments.Add(attachment);
        _byProfile[attachment.Unit] = attachment;
    }

    /// <summary>The cluster (its root pivot index) <paramref name="profile"/> was placed in, or null if it was not placed.</summary>
    public int? ClusterOf(UnitProfile profile)
    {
        return _byProfile.TryGetValue(profile, out var attachment) ? Find(attachment.Span.First) : null;
    }

    /// <summary>The pivot units currently grouped with pivot unit <paramref name="index"/>, in order.</summary>
    public IEnumerable<int> Cluster(int index)
    {
        var root = Find(index);
        return Enumerable.Range(0, _pivot.Count).Where(i => Find(i) == root);
    }

    /// <summary>The current clusters of pivot units, each as its first pivot index, in reading order.</summary>
    public IEnumerable<int> ClusterHeads() =>
        Enumerable.Range(0, _pivot.Count).Where(i => Enumerable.Range(0, i).All(k => Find(k) != Find(i)));

    /// <summary>
    /// Pivot unit <paramref name="index"/> with the units of <paramref name="lang"/> (or a related language) placed
    /// on spans starting there: the content a unit of that language is compared with. Other languages would only
    /// add chance matches through their glosses.
    /// </summary>
    public IEnumerable<UnitProfile> PartOf(int index, string lang)
    {
        yield return _pivot[index];
        foreach (var a in _attachments)
        {
            if (a.Span.First == index && LanguageKinship.Related(a.Unit.Unit.Lang, lang))
            {
                yield return a.Unit;
            }
        }
    }

    public AlignmentResult Build(Corpus corpus)
    {
        // A unit aligned sentence by sentence goes where most of its placed tokens went (ties: the earliest group).
        var placed = _attachments.GroupBy(a => a.Unit.Parent.Id, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (g.First().Unit.Parent, Root: g.GroupBy(a => Find(a.Span.First)).OrderByDescending(c => c.Sum(a => a.Unit.Tokens)).ThenBy(c => c.Key).First().Key, Evidence: g.ToList()),
            StringComparer.Ordinal);
        var drafts = new List<(List<Unit> Units, List<Attachment> Evidence)>();
        var byRoot = new Dictionary<int, (List<Unit>, List<Attachment>)>();
        foreach (var i in Enumerable.Range(0, _pivot.Count))
        {
            var root = Find(i);
            if (!byRoot.TryGetValue(root, out var draft))
            {
                byRoot[root] = draft = ([], []);
                drafts.Add(draft);
            }
            draft.Item1.Add(_pivot[i].Unit);
        }
        foreach (var (unit, root, evidence) in placed.Values)
        {
            var draft = byRoot[root];
            draft.Item1.Add(unit);
            draft.Item2.AddRange(evidence);
        }

        var pivotIds = _pivot.Select(p => p.Unit.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var document in corpus.Documents)
        {
            List<Unit>? passage = null;
            foreach (var unit in document.Units)
            {
                if (pivotIds.Contains(unit.Id) || placed.ContainsKey(unit.Id))
                {
                    passage = null;
                    continue;
                }
                // Consecutive unmatched units outside the original's sections form one passage of their own.
                if (passage is not null && unit.Section == AlignmentSettings.OtherSection && passage[^1].Section == AlignmentSettings.OtherSection)
                {
                    passage.Add(unit);
                    continue;
                }
                passage = [unit];
                drafts.Add((passage, []));
            }
        }

        var order = corpus.Documents.SelectMany(d => d.Units).Select((u, k) => (u.Id, k)).ToDictionary(x => x.Id, x => x.k, StringComparer.Ordinal);
        var perSection = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new List<AlignmentGroup>();
        foreach (var (units, evidence) in drafts)
        {
            units.Sort((a, b) => order[a.Id].CompareTo(order[b.Id]));
            var section = SectionOf(units, pivotIds);
            var k = perSection[section] = perSection.GetValueOrDefault(section) + 1;
            var id = string.Create(CultureInfo.InvariantCulture, $"g-{section}-{k:00}");
            var (score, explanation) = Explain(units, evidence, pivotIds);
            groups.Add(new AlignmentGroup(id, section, units.Select(u => u.Id).ToList(), score, explanation));
        }
        return new AlignmentResult(groups);
    }

    private static string SectionOf(List<Unit> units, HashSet<string> pivotIds)
    {
        var basis = units.Where(u => pivotIds.Contains(u.Id)).ToList();
        if (basis.Count == 0)
        {
            basis = units;
        }
        return basis.GroupBy(u => u.Section, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => basis.FindIndex(u => u.Section == g.Key))
            .First().Key;
    }

    private static (double Score, string Explanation) Explain(List<Unit> units, List<Attachment> evidence, HashSet<string> pivotIds)
    {
        if (units.Count == 1)
        {
            return (1.0, units[0].Section == AlignmentSettings.OtherSection
                ? "unique to one version: no counterpart elsewhere"
                : pivotIds.Contains(units[0].Id) ? "original paragraph with no counterpart in other versions" : "no counterpart found in the original");
        }
        if (evidence.Count == 0)
        {
            return (1.0, $"one passage of {units.Count} units unique to one version");
        }
        var confidences = evidence.Select(a => Confidence(a.Evidence.LogLikelihoodRatio)).ToList();
        var score = Math.Round(confidences.Average(), 3);
        var pivotCount = units.Count(u => pivotIds.Contains(u.Id));
        var langs = evidence.GroupBy(a => a.Unit.Parent.DocumentId, StringComparer.Ordinal)
            .Select(g => $"{g.Key}\u00D7{g.Select(a => a.Unit.Parent.Id).Distinct(StringComparer.Ordinal).Count()}");
        var shared = evidence.SelectMany(a => a.Evidence.Matched).GroupBy(s => s, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(6).Select(g => g.Key);
        var weakest = evidence.MinBy(a => a.Evidence.LogLikelihoodRatio)!;
        var straddling = evidence.Where(a => a.Span.Length > 1).Select(a => $"{a.Unit.Unit.Id} spans {a.Span.Length}").ToList();
        var joined = straddling.Count == 0 ? "" : $" (joined because {string.Join(", ", straddling)} original units)";
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{pivotCount} original unit(s){joined} with {string.Join(", ", langs)}; shared: {string.Join(", ", shared)}; " +
            $"mean evidence {evidence.Average(a => a.Evidence.LogLikelihoodRatio):0.0} nats/unit; " +
            $"weakest {weakest.Unit.Unit.Id} ({weakest.Evidence.LogLikelihoodRatio:0.0} nats, placed by {weakest.How})");
        return (score, text);
    }

    /// <summary>Maps nats of evidence to [0, 1]: 0 nats is a coin toss, 6 nats near certain.</summary>
    private static double Confidence(double nats) => 1 / (1 + Math.Exp(-(nats - 1) / 2));

    private int Find(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }
        return i;
    }

    private void Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra != rb)
        {
            _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
