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
    /// <summary>The section for passages that exist in one version only.</summary>
    public const string UniqueSection = "other";

    private const double TermWeight = 0.5;
    private const double ParagraphWeight = 1.0;
    private const double RunWeight = 1.5;
    private const double HeadingWeight = 1.0;

    private readonly SectionEvidence? _evidence;

    /// <param name="evidence">What the structured versions teach about each section; null uses the outline alone.</param>
    public ContentSectioner(SectionEvidence? evidence = null)
    {
        _evidence = evidence;
    }

    public IReadOnlyList<SectionedBlock> Assign(IReadOnlyList<SourceBlock> blocks, string lang, Outline outline)
    {
        var segmenter = new SentenceSegmenter(lang);
        var scorer = new KeywordScorer(outline, lang, _evidence ?? SectionEvidence.FromOutline(outline));
        var result = new List<SectionedBlock>(blocks.Count);
        var previous = outline.FirstSection;
        foreach (var run in Runs(blocks))
        {
            var heading = run.Heading is null ? new double[scorer.Count] : scorer.Score(run.Heading.Text);
            var sentences = run.Body.Select(b => segmenter.SplitRanges(b.Text).Select(r => (Range: r, Score: scorer.Score(b.Text[r]))).ToList()).ToList();
            var runScore = Sum(sentences.SelectMany(s => s.Select(x => x.Score)).Append(heading), scorer.Count);
            var runLabel = scorer.Best(Combine(heading, (runScore, RunWeight)));
            // A run about material no other version has stays whole, even where it borrows the others' words.
            var unique = runLabel == UniqueSection && run.Heading is not null;
            if (run.Heading is not null)
            {
                var label = runLabel ?? previous;
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
                    var label = unique ? UniqueSection : scorer.Best(combined) ?? previous;
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

    /// <summary>Scores a text against each section: its keywords, spread as the structured versions use them, plus section-specific terms.</summary>
    private sealed class KeywordScorer(Outline outline, string lang, SectionEvidence evidence)
    {
        private readonly string[] _keywords = outline.Sections.SelectMany(s => s.KeywordsFor(lang)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        private readonly string[] _ids = outline.Sections.Select(s => s.Id).ToArray();

        public int Count => _ids.Length;

        public double[] Score(string text)
        {
            var score = evidence.TermScore(text);
            for (var i = 0; i < score.Length; i++)
            {
                score[i] *= TermWeight;
            }
            foreach (var keyword in _keywords)
            {
                var n = Cues.Count(text, keyword);
                if (n == 0)
                {
                    continue;
                }
                var spread = evidence.KeywordSpread(keyword);
                for (var i = 0; i < score.Length; i++)
                {
                    score[i] += n * spread[i];
                }
            }
            return score;
        }

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
            return best < 0 ? null : _ids[best];
        }
    }
}
