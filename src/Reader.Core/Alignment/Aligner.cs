using Microsoft.ML.Tokenizers;
using Reader.Core.Alignment.Engine;
using Reader.Core.Alignment.Features;
using Reader.Core.Alignment.Lexicons;
using Reader.Core.Alignment.Scoring;
using Reader.Core.Documents;

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

    public AlignmentResult Align(Corpus corpus)
    {
        var pivotDocument = PickPivot(corpus);
        if (pivotDocument is null)
        {
            return new GroupBuilder([]).Build(corpus);
        }

        var builder = new ProfileBuilder(BilingualLexicon.For, s_tokenizer.Value, ProfileBuilder.PivotWords(pivotDocument.Units));
        var profiles = corpus.Documents.ToDictionary(d => d.Id, d => Profile(builder, d), StringComparer.Ordinal);
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
        return groups.Build(corpus);
    }

    private static Document? PickPivot(Corpus corpus) =>
        corpus.Documents.FirstOrDefault(d => d.Kind == "original")
        ?? corpus.Documents.FirstOrDefault(d => d.Lang == "en")
        ?? corpus.Documents.FirstOrDefault();

    private static KeyBag SpanBag(GroupBuilder groups, IReadOnlyList<UnitProfile> pivot, PivotSpan span, string lang) =>
        new(Enumerable.Range(span.First, span.Length).Select(i => groups.PartOf(i, lang)));

    private static List<UnitProfile> Profile(ProfileBuilder builder, Document document)
    {
        var profiles = document.Units.Select(builder.Build).ToList();
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
