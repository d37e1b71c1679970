using Reader.Core.Alignment.Features;
using Reader.Core.Alignment.Scoring;

namespace Reader.Core.Alignment.Engine;

/// <summary>
/// Vecalign-style dynamic programming of one version against the pivot: units keep their order, each unit is
/// either left alone or placed on a run of one to <see cref="MaxSpan"/> pivot units, and several units may share
/// a pivot unit (1–1, 1–n, n–1 and 1–0/0–1 moves). Scores are evidence plus position and section priors.
/// </summary>
internal sealed class MonotonicAligner(EvidenceScorer scorer, AlignmentSettings settings)
{
    /// <summary>Places each unit of <paramref name="version"/> on pivot spans; bags give each pivot unit's current content.</summary>
    public IReadOnlyList<Attachment> Align(IReadOnlyList<UnitProfile> version, IReadOnlyList<UnitProfile> pivot, Func<PivotSpan, KeyBag> bagOf)
    {
        var m = version.Count;
        var n = pivot.Count;
        if (m == 0 || n == 0)
        {
            return [];
        }

        // Candidate moves for each unit: every section-compatible span of the pivot. Each pivot unit's content is
        // one part; a word of the unit found in several parts of a span counts at the smallest part's chance.
        var parts = Enumerable.Range(0, n).Select(i => bagOf(new PivotSpan(i, i))).ToArray();
        var candidates = new List<(PivotSpan Span, double Score)>[m];
        for (var j = 0; j < m; j++)
        {
            candidates[j] = [];
            var unit = version[j];
            var items = unit.Items.Count;
            var hitSize = new int[n][];
            for (var i = 0; i < n; i++)
            {
                hitSize[i] = new int[items];
                for (var k = 0; k < items; k++)
                {
                    hitSize[i][k] = parts[i].SmallestPartHolding(unit.ItemKeyIds[k]);
                }
            }
            var smallest = new int[items];
            for (var first = 0; first < n; first++)
            {
                Array.Fill(smallest, int.MaxValue);
                for (var len = 1; len <= settings.MaxSpan && first + len <= n; len++)
                {
                    var span = new PivotSpan(first, first + len - 1);
                    if (!SectionsCompatible(unit, pivot, span, out var sectionCost))
                    {
                        break;
                    }
                    var evidence = 0.0;
                    for (var k = 0; k < items; k++)
                    {
                        smallest[k] = Math.Min(smallest[k], hitSize[span.Last][k]);
                        if (smallest[k] != int.MaxValue)
                        {
                            evidence += scorer.Gain(unit, k, smallest[k]);
                        }
                    }
                    // A wider span keeps only part of its evidence: it must explain a good share of the unit
                    // beyond what its best paragraph does, so a chunk merges paragraphs only when it truly straddles them.
                    var score = evidence * (1 - settings.SpanShare * (len - 1))
                        - sectionCost
                        - PositionCost(unit, pivot, span);
                    candidates[j].Add((span, score));
                }
            }
        }

        // best[j, last + 1]: best score of the first j units with the last placed unit ending at pivot index last.
        var best = new double[m + 1, n + 1];
        var back = new (int PrevLast, int Candidate)[m + 1, n + 1];
        for (var j = 0; j <= m; j++)
        {
            for (var s = 0; s <= n; s++)
            {
                best[j, s] = double.NegativeInfinity;
            }
        }
        best[0, 0] = 0;
        for (var j = 0; j < m; j++)
        {
            for (var s = 0; s <= n; s++)
            {
                var here = best[j, s];
                if (double.IsNegativeInfinity(here))
                {
                    continue;
                }
                Relax(best, back, j + 1, s, here + settings.SkipScore, s, -1);
                var last = s - 1;
                for (var c = 0; c < candidates[j].Count; c++)
                {
                    var (span, score) = candidates[j][c];
                    if (span.First < last || span.First < 0)
                    {
                        continue;
                    }
                    var skipped = last < 0 ? 0 : Math.Max(0, span.First - last - 1);
                    Relax(best, back, j + 1, span.Last + 1, here + score - settings.GapCost * skipped, s, c);
                }
            }
        }

        var end = 0;
        for (var s = 1; s <= n; s++)
        {
            if (best[m, s] > best[m, end])
            {
                end = s;
            }
        }
        var result = new List<Attachment>();
        for (var j = m; j > 0; j--)
        {
            var (prev, c) = back[j, end];
            if (c >= 0)
            {
                var span = candidates[j - 1][c].Span;
                var evidence = scorer.Score(version[j - 1], bagOf(span));
                result.Add(new Attachment(version[j - 1], span, evidence, "order"));
            }
            end = prev;
        }
        result.Reverse();
        return result;
    }

    private static void Relax(double[,] best, (int, int)[,] back, int j, int s, double score, int prev, int candidate)
    {
        // Ties keep the first path found, which is the one placing units earliest: deterministic.
        if (score > best[j, s])
        {
            best[j, s] = score;
            back[j, s] = (prev, candidate);
        }
    }

    private bool SectionsCompatible(UnitProfile unit, IReadOnlyList<UnitProfile> pivot, PivotSpan span, out double cost)
    {
        cost = 0;
        var section = pivot[span.First].Unit.Section;
        for (var i = span.First + 1; i <= span.Last; i++)
        {
            if (pivot[i].Unit.Section != section)
            {
                return false;
            }
        }
        var unitOther = unit.Unit.Section == AlignmentSettings.OtherSection;
        var pivotOther = section == AlignmentSettings.OtherSection;
        if (unitOther != pivotOther)
        {
            return false;
        }
        if (unit.Unit.Section != section)
        {
            cost = settings.SectionMismatchCost;
        }
        return true;
    }

    private double PositionCost(UnitProfile unit, IReadOnlyList<UnitProfile> pivot, PivotSpan span)
    {
        var mid = (pivot[span.First].Position + pivot[span.Last].Position) / 2;
        var delta = unit.Position - mid;
        return delta * delta / (2 * settings.PositionSigma * settings.PositionSigma);
    }
}
