using Reader.Core.Content;
using Reader.Core.Text;

namespace Reader.Core.Ingestion.Sectioning;

/// <summary>
/// Sections for versions that reorder or regroup the article (summaries, adaptations): every sentence
/// is scored against each section's keywords, then smoothed with its paragraph, its heading and the
/// whole run under that heading, so a sentence with no cue of its own follows its context.
/// </summary>
public sealed class ContentSectioner : ISectioner
{
    private const double ParagraphWeight = 1.0;
    private const double RunWeight = 1.5;
    private const double HeadingWeight = 1.0;

    public IReadOnlyList<SectionedBlock> Assign(IReadOnlyList<SourceBlock> blocks, string lang, Outline outline)
    {
        var segmenter = new SentenceSegmenter(lang);
        var scorer = new KeywordScorer(outline, lang);
        var result = new List<SectionedBlock>(blocks.Count);
        var previous = outline.FirstSection;
        foreach (var run in Runs(blocks))
        {
            var heading = run.Heading is null ? new double[scorer.Count] : scorer.Score(run.Heading.Text);
            var sentences = run.Body.Select(b => segmenter.SplitRanges(b.Text).Select(r => (Range: r, Score: scorer.Score(b.Text[r]))).ToList()).ToList();
            var runScore = Sum(sentences.SelectMany(s => s.Select(x => x.Score)).Append(heading), scorer.Count);
            if (run.Heading is not null)
            {
                var label = scorer.Best(Combine(heading, (runScore, RunWeight))) ?? previous;
                result.Add(new SectionedBlock(run.Heading, [new Piece(0..run.Heading.Text.Length, label)]));
                previous = label;
            }
            for (var b = 0; b < run.Body.Count; b++)
            {
                var paragraph = Sum(sentences[b].Select(s => s.Score), scorer.Count);
                var pieces = new List<Piece>();
                foreach (var (range, score) in sentences[b])
                {
                    var combined = Combine(score, (paragraph, ParagraphWeight), (runScore, RunWeight), (heading, HeadingWeight));
                    var label = scorer.Best(combined) ?? previous;
                    pieces.Add(new Piece(range, label));
                    previous = label;
                }
                if (pieces.Count > 0)
                {
                    result.Add(new SectionedBlock(run.Body[b], pieces));
                }
            }
        }
        return result;
    }

    private static IEnumerable<(SourceBlock? Heading, List<SourceBlock> Body)> Runs(IReadOnlyList<SourceBlock> blocks)
    {
        SourceBlock? heading = null;
        var body = new List<SourceBlock>();
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.Heading)
            {
                if (heading is not null || body.Count > 0)
                {
                    yield return (heading, body);
                }
                heading = block;
                body = [];
            }
            else
            {
                body.Add(block);
            }
        }
        if (heading is not null || body.Count > 0)
        {
            yield return (heading, body);
        }
    }

    private static double[] Sum(IEnumerable<double[]> scores, int count)
    {
        var total = new double[count];
        foreach (var s in scores)
        {
            for (var i = 0; i < count; i++)
            {
                total[i] += s[i];
            }
        }
        return total;
    }

    // The sentence's own evidence plus each context's share of evidence (normalised, so a long run does not drown a sentence).
    private static double[] Combine(double[] own, params (double[] Context, double Weight)[] contexts)
    {
        var combined = (double[])own.Clone();
        foreach (var (context, weight) in contexts)
        {
            var total = context.Sum();
            if (total <= 0)
            {
                continue;
            }
            for (var i = 0; i < combined.Length; i++)
            {
                combined[i] += weight * context[i] / total;
            }
        }
        return combined;
    }

    /// <summary>Counts each section's keywords in a text.</summary>
    private sealed class KeywordScorer(Outline outline, string lang)
    {
        private readonly (string Id, string[] Keywords)[] _sections =
            outline.Sections.Select(s => (s.Id, s.KeywordsFor(lang).ToArray())).ToArray();

        public int Count => _sections.Length;

        public double[] Score(string text) =>
            _sections.Select(s => (double)s.Keywords.Sum(k => Cues.Count(text, k))).ToArray();

        /// <summary>The best-scoring section, or null when nothing scored.</summary>
        public string? Best(double[] scores)
        {
            var best = -1;
            for (var i = 0; i < scores.Length; i++)
            {
                if (scores[i] > 0 && (best < 0 || scores[i] > scores[best]))
                {
                    best = i;
                }
            }
            return best < 0 ? null : _sections[best].Id;
        }
    }
}
