using Reader.Core.Alignment.Features;
using Reader.Core.Alignment.Scoring;

namespace Reader.Core.Alignment.Engine;

/// <summary>
/// Places units of summaries and adaptations, which reorder and compress: each unit joins the one group whose
/// content (in every language placed so far) it overlaps most, if the evidence clears the threshold, else stays alone.
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
                var evidence = scorer.Score(unit, bags[head]);
                var score = evidence.LogLikelihoodRatio - (unit.Unit.Section == section ? 0 : settings.SectionMismatchCost);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = new Attachment(unit, new PivotSpan(head, head), evidence, "overlap");
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
