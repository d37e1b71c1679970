using System.Globalization;
using Reader.Search.Languages;

namespace Reader.Search.Export;

/// <summary>
/// The search index in a form a browser can use with no Lucene: per language, every surface form of
/// the corpus mapped to the terms that language's analyzer makes of it, and every term's units.
/// </summary>
/// <param name="Languages">One table per language of the corpus, in the article's order.</param>
public sealed record TermTable(IReadOnlyList<LanguageTerms> Languages);

/// <summary>The terms of one language field.</summary>
/// <param name="Lang">ISO 639-1 code of the field.</param>
/// <param name="Surfaces">
/// Lower-cased surface form → its terms in this field. Surfaces come from the text of every language
/// (so a Spanish word that stems to an English term is here too), but only terms that occur in this
/// language's units are kept. For Chinese the surfaces are the character pairs (and single characters)
/// CJK analysis produces: split a query's Han runs into overlapping pairs before looking them up.
/// </param>
/// <param name="Postings">Term → the units of this language containing it, with how often.</param>
/// <param name="UnitLengths">Unit id → how many terms the unit has in this field (for length normalisation).</param>
public sealed record LanguageTerms(
    string Lang,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Surfaces,
    IReadOnlyDictionary<string, IReadOnlyList<TermPosting>> Postings,
    IReadOnlyDictionary<string, int> UnitLengths);

/// <summary>A unit that contains a term, and how many times.</summary>
public sealed record TermPosting(string Unit, int Count);

/// <summary>Builds the <see cref="TermTable"/> of an open index with the index's own analyzers.</summary>
public static class TermExport
{
    public static TermTable Build(SearchIndex index)
    {
        var units = index.Corpus.Units.ToList();
        var tables = new List<LanguageTerms>();
        foreach (var language in index.Languages.Languages)
        {
            var postings = new SortedDictionary<string, SortedDictionary<string, int>>(StringComparer.Ordinal);
            var lengths = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var unit in units.Where(u => u.Lang == language.Code))
            {
                var tokens = index.Analyze(language.Code, unit.Text);
                lengths[unit.Id] = tokens.Count;
                foreach (var token in tokens)
                {
                    if (!postings.TryGetValue(token.Term, out var counts))
                    {
                        postings[token.Term] = counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
                    }
                    counts[unit.Id] = counts.GetValueOrDefault(unit.Id) + 1;
                }
            }

            var surfaces = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            foreach (var unit in units)
            {
                foreach (var token in index.Analyze(language.Code, unit.Text))
                {
                    if (!postings.ContainsKey(token.Term))
                    {
                        continue;
                    }
                    var surface = unit.Text[token.Start..token.End].ToLower(CultureInfo.InvariantCulture);
                    if (!surfaces.TryGetValue(surface, out var terms))
                    {
                        surfaces[surface] = terms = new SortedSet<string>(StringComparer.Ordinal);
                    }
                    terms.Add(token.Term);
                }
            }

            tables.Add(new LanguageTerms(
                language.Code,
                surfaces.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value.ToList(), StringComparer.Ordinal),
                postings.ToDictionary(
                    p => p.Key,
                    p => (IReadOnlyList<TermPosting>)p.Value.Select(c => new TermPosting(c.Key, c.Value)).ToList(),
                    StringComparer.Ordinal),
                new Dictionary<string, int>(lengths, StringComparer.Ordinal)));
        }
        return new TermTable(tables);
    }
}
