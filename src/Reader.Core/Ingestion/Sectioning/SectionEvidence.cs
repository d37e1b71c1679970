using System.Text.RegularExpressions;
using Reader.Core.Content;
using Reader.Core.Documents;

namespace Reader.Core.Ingestion.Sectioning;

/// <summary>
/// What the versions with structure say about each section: how each outline keyword is spread over
/// the sections there, and which other terms (Latin words, Chinese character pairs) belong to one
/// section. Versions without structure are labelled by matching against this.
/// </summary>
public sealed partial class SectionEvidence
{
    private const double KeywordPrior = 2.0;
    private const int MinTermCount = 3;
    private const double MinTermShare = 0.6;

    private readonly IReadOnlyList<string> _sections;
    private readonly Dictionary<string, double[]> _keywords = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, double[]> _terms = new(StringComparer.Ordinal);

    private SectionEvidence(IReadOnlyList<string> sections)
    {
        _sections = sections;
    }

    /// <summary>No evidence: every keyword points only at the sections the outline lists it under.</summary>
    public static SectionEvidence FromOutline(Outline outline) => Build(outline, []);

    /// <summary>Learns keyword spreads and section-specific terms from units whose sections came from structure.</summary>
    public static SectionEvidence Build(Outline outline, IReadOnlyList<Unit> labelled)
    {
        var sections = outline.Sections.Select(s => s.Id).ToList();
        var evidence = new SectionEvidence(sections);
        var index = sections.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        foreach (var keyword in outline.Sections.SelectMany(s => s.Keywords.Values.SelectMany(k => k)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var spread = new double[sections.Count];
            for (var i = 0; i < sections.Count; i++)
            {
                if (outline.Sections[i].Keywords.Values.Any(list => list.Contains(keyword, StringComparer.OrdinalIgnoreCase)))
                {
                    spread[i] += KeywordPrior;
                }
            }
            foreach (var unit in labelled)
            {
                spread[index[unit.Section]] += Cues.Count(unit.Text, keyword);
            }
            evidence._keywords[keyword] = Normalize(spread);
        }
        var termCounts = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var termUnits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var unit in labelled)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var term in Terms(unit.Text))
            {
                if (!termCounts.TryGetValue(term, out var counts))
                {
                    termCounts[term] = counts = new double[sections.Count];
                }
                counts[index[unit.Section]]++;
                if (seen.Add(term))
                {
                    termUnits[term] = termUnits.GetValueOrDefault(term) + 1;
                }
            }
        }
        foreach (var (term, counts) in termCounts)
        {
            var total = counts.Sum();
            if (total >= MinTermCount && termUnits[term] >= 2 && counts.Max() / total >= MinTermShare)
            {
                evidence._terms[term] = Normalize(counts);
            }
        }
        return evidence;
    }

    /// <summary>Section ids in outline order: the order of every score vector.</summary>
    public IReadOnlyList<string> Sections => _sections;

    /// <summary>The spread of one outline keyword over the sections.</summary>
    public double[] KeywordSpread(string keyword) =>
        _keywords.TryGetValue(keyword, out var spread) ? spread : new double[_sections.Count];

    /// <summary>Summed spreads of the section-specific terms found in <paramref name="text"/>.</summary>
    public double[] TermScore(string text)
    {
        var score = new double[_sections.Count];
        foreach (var term in Terms(text).Distinct(StringComparer.Ordinal))
        {
            if (_terms.TryGetValue(term, out var spread))
            {
                for (var i = 0; i < score.Length; i++)
                {
                    score[i] += spread[i];
                }
            }
        }
        return score;
    }

    // Lower-cased Latin words of three letters or more, and pairs of adjacent Han characters.
    private static IEnumerable<string> Terms(string text)
    {
        foreach (Match m in LatinWord().Matches(text))
        {
            yield return m.Value.ToLowerInvariant();
        }
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (IsHan(text[i]) && IsHan(text[i + 1]))
            {
                yield return text.Substring(i, 2);
            }
        }
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static double[] Normalize(double[] values)
    {
        var total = values.Sum();
        return total > 0 ? values.Select(v => v / total).ToArray() : values;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Za-z][A-Za-z0-9+\-]{2,}(?![\p{L}\p{N}])")]
    private static partial Regex LatinWord();
}
