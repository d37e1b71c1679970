using Reader.Core.Alignment.Features;
using Reader.Core.Alignment.Scoring;

namespace Reader.Core.Alignment.Engine;

/// <summary>
/// Places units of summaries and adaptations, which reorder and compress: each unit joins the one group it
/// overlaps most, if the evidence clears the threshold, else stays alone. Overlap is counted both ways: the unit's
/// words found in the group (in every related language placed so far, chance judged against the whole group), and
/// the words of the group's best original paragraph found in the unit, so that neither a tiny group matching two
/// rare words nor a huge group matching many common ones wins by size alone.
/// </summary>
internal sealed class BestGroupJoiner(EvidenceScorer scorer, AlignmentSettings settings)
{
    public IReadOnlyList<Attachment> Join(IReadOnlyList<UnitProfile> version, IReadOnlyList<UnitProfile> pivot, GroupBuilder groups)
    {
        var heads = groups.ClusterHeads().ToList();
        var lang = version.FirstOrDefault()?.Unit.Lang ?? "";
        var bags = heads.ToDictionary(h => h, h => new KeyBag(groups.Cluster(h).Select(i => groups.PartOf(i, lang))));
        var result = new List<Attachment>();
        foreach (var unit in version)
        {
            var own = new KeyBag([[unit]]);
            Attachment? best = null;
            var bestScore = double.NegativeInfinity;
            foreach (var head in heads)
            {
                var section = pivot[head].Unit.Section;
                var unitOther = unit.Unit.Section == AlignmentSettings.OtherSection;
                if (unitOther != (section == AlignmentSettings.OtherSection))
                {
                    continue;
                }
                var forward = scorer.Score(unit, bags[head], pooled: true);
                var backward = groups.Cluster(head).Max(i => scorer.Score(pivot[i], own).LogLikelihoodRatio);
                var score = forward.LogLikelihoodRatio + backward - (unit.Unit.Section == section ? 0 : settings.SectionMismatchCost);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = new Attachment(unit, new PivotSpan(head, head), forward with { LogLikelihoodRatio = score }, "overlap");
                }
            }
            if (best is not null && bestScore >= settings.JoinThreshold)
            {
                result.Add(best);
            }
        }
        return result;
    }
}
