using Microsoft.ML.Tokenizers;
using Reader.Core.Alignment.Engine;
using Reader.Core.Alignment.Features;
using Reader.Core.Alignment.Lexicons;
using Reader.Core.Alignment.Scoring;
using Reader.Core.Documents;
using Reader.Core.Text;

namespace Reader.Core.Alignment;

/// <summary>
/// Groups the units of all versions of an article by what they say, offline and deterministically: translations and
/// retellings are aligned in order against the pivot (the original), summaries and adaptations join the group they
/// overlap most, and whatever matches nothing stands alone.
/// </summary>
public sealed class Aligner
{
    private static readonly Lazy<Tokenizer?> s_tokenizer = new(CreateTokenizer);

    private readonly AlignmentSettings _settings;

    public Aligner(AlignmentSettings? settings = null)
    {
        _settings = settings ?? new AlignmentSettings();
    }

    /// <summary>Kinds of version that follow the original's order closely enough for ordered alignment.</summary>
    private static readonly string[] s_orderedKinds = ["translation", "retelling"];

    /// <summary>
    /// Partitions every unit of <paramref name="corpus"/> into groups. Versions other than the pivot are aligned
    /// sentence by sentence, so a paragraph that retells two of the original's is not forced to merge them; each
    /// unit then joins the group most of its sentences went to.
    /// </summary>
    public AlignmentResult Align(Corpus corpus)
    {
        var run = Run(corpus);
        return run is null ? new GroupBuilder([]).Build(corpus) : run.Value.Groups.Build(corpus);
    }

    /// <summary>
    /// Cuts each unit of the versions other than the pivot at the sentence where what it says moves on to another
    /// group (a chunk of retelling that ends one paragraph of the original and starts the next), so that a later
    /// <see cref="Align"/> can keep both groups apart. Sentences that match nothing stay with their neighbours;
    /// units are renumbered in their sections. A corpus without a pivot comes back as it is.
    /// </summary>
    public Corpus Cut(Corpus corpus)
    {
        if (Run(corpus) is not { } run)
        {
            return corpus;
        }
        var sentences = run.Profiles.Where(p => p.Key != run.PivotId).SelectMany(p => p.Value)
            .GroupBy(p => p.Parent.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var documents = corpus.Documents.Select(d => d.Id == run.PivotId ? d : d with
        {
            Units = UnitNumbering.InSections(d.Id, d.Units.SelectMany(u => Pieces(u, sentences[u.Id], run.Groups))),
        }).ToList();
        return new Corpus(documents, corpus.Sections);
    }

    private (GroupBuilder Groups, string PivotId, Dictionary<string, List<UnitProfile>> Profiles)? Run(Corpus corpus)
    {
        var pivotDocument = PickPivot(corpus);
        if (pivotDocument is null)
        {
            return null;
        }

        var builder = new ProfileBuilder(BilingualLexicon.For, s_tokenizer.Value, ProfileBuilder.PivotWords(pivotDocument.Units));
        var profiles = corpus.Documents.ToDictionary(
            d => d.Id,
            d => d.Id == pivotDocument.Id ? Profile(d.Units.Select(builder.Build).ToList()) : Profile(Sentences(builder, d)),
            StringComparer.Ordinal);
        var scorer = new EvidenceScorer(new KeyStatistics(profiles.Values.SelectMany(p => p).ToList()));
        var pivot = profiles[pivotDocument.Id];
        var groups = new GroupBuilder(pivot);

        // Ordered versions first (translations before retellings): their placements give every group content in
        // more languages, which later versions are matched against as well.
        var ordered = corpus.Documents
            .Where(d => d.Id != pivotDocument.Id && s_orderedKinds.Contains(d.Kind, StringComparer.Ordinal))
            .OrderBy(d => Array.IndexOf(s_orderedKinds, d.Kind));
        var dp = new MonotonicAligner(scorer, _settings);
        foreach (var document in ordered)
        {
            var attachments = dp.Align(profiles[document.Id], pivot, span => SpanBag(groups, pivot, span, document.Lang));
            foreach (var attachment in attachments)
            {
                groups.Attach(attachment);
            }
        }

        var loose = corpus.Documents.Where(d => d.Id != pivotDocument.Id && !s_orderedKinds.Contains(d.Kind, StringComparer.Ordinal));
        var joiner = new BestGroupJoiner(scorer, _settings);
        foreach (var document in loose)
        {
            foreach (var attachment in joiner.Join(profiles[document.Id], pivot, groups))
            {
                groups.Attach(attachment);
            }
        }
        return (groups, pivotDocument.Id, profiles);
    }

    /// <summary>The sentences of every unit of <paramref name="document"/>, each profiled on its own.</summary>
    private static List<UnitProfile> Sentences(ProfileBuilder builder, Document document)
    {
        var segmenter = new SentenceSegmenter(document.Lang);
        var result = new List<UnitProfile>();
        foreach (var unit in document.Units)
        {
            var ranges = segmenter.SplitRanges(unit.Text);
            if (ranges.Count == 0)
            {
                ranges = [Range.All];
            }
            for (var k = 0; k < ranges.Count; k++)
            {
                var sentence = ranges.Count == 1 ? unit : unit with { Id = $"{unit.Id}:{k + 1}", Text = unit.Text[ranges[k]] };
                var profile = builder.Build(sentence);
                result.Add(new UnitProfile(sentence, profile.Items, profile.Tokens) { Parent = unit, Range = ranges[k] });
            }
        }
        return result;
    }

    /// <summary>
    /// <paramref name="unit"/> cut before each sentence whose group differs from the one before it; a sentence placed
    /// nowhere takes its neighbour's group.
    /// </summary>
    private static IEnumerable<Unit> Pieces(Unit unit, List<UnitProfile> sentences, GroupBuilder groups)
    {
        var clusters = sentences.Select(groups.ClusterOf).ToArray();
        for (var k = 1; k < clusters.Length; k++)
        {
            clusters[k] ??= clusters[k - 1];
        }
        for (var k = clusters.Length - 2; k >= 0; k--)
        {
            clusters[k] ??= clusters[k + 1];
        }
        var start = 0;
        for (var k = 1; k <= sentences.Count; k++)
        {
            if (k < sentences.Count && clusters[k] == clusters[start])
            {
                continue;
            }
            if (start == 0 && k == sentences.Count)
            {
                yield return unit;
                yield break;
            }
            var from = sentences[start].Range.Start.GetOffset(unit.Text.Length);
            var to = k < sentences.Count ? sentences[k].Range.Start.GetOffset(unit.Text.Length) : unit.Text.Length;
            yield return start == 0
                ? unit with { Text = unit.Text[from..to].Trim() }
                : unit with { Text = unit.Text[from..to].Trim(), Heading = null, ContinuesParagraph = true };
            start = k;
        }
    }

    private static Document? PickPivot(Corpus corpus) =>
        corpus.Documents.FirstOrDefault(d => d.Kind == "original")
        ?? corpus.Documents.FirstOrDefault(d => d.Lang == "en")
        ?? corpus.Documents.FirstOrDefault();

    private static KeyBag SpanBag(GroupBuilder groups, IReadOnlyList<UnitProfile> pivot, PivotSpan span, string lang) =>
        new(Enumerable.Range(span.First, span.Length).Select(i => groups.PartOf(i, lang)));

    private static List<UnitProfile> Profile(List<UnitProfile> profiles)
    {
        var total = (double)Math.Max(1, profiles.Sum(p => p.Tokens));
        var offset = 0;
        foreach (var profile in profiles)
        {
            profile.Position = (offset + profile.Tokens / 2.0) / total;
            offset += profile.Tokens;
        }
        return profiles;
    }

    /// <summary>
    /// Loads the lexicons for <paramref name="languages"/> and the tokenizer on the calling thread, so a later
    /// <see cref="Align"/> finds them ready (a build warms them up while it ingests).
    /// </summary>
    public static void Preload(IEnumerable<string> languages)
    {
        foreach (var lang in languages)
        {
            BilingualLexicon.For(lang);
        }
        _ = s_tokenizer.Value;
    }

    private static Tokenizer? CreateTokenizer()
    {
        try
        {
            return TiktokenTokenizer.CreateForModel("gpt-4o");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IOException or NotSupportedException)
        {
            // Length priors then fall back to characters; alignment still works.
            return null;
        }
    }
}
