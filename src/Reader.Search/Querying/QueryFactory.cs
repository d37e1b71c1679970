using Lucene.Net.Index;
using Lucene.Net.Search;
using Reader.Search.Languages;

namespace Reader.Search.Querying;

/// <summary>
/// Builds the Lucene query for a sanitised query: analysed once per language and run against that
/// language's field, each word a should-clause, neighbouring words and quoted phrases as phrase bonuses.
/// </summary>
/// <remarks>
/// BM25 scores from different fields are not comparable: a field with more units gives every term a
/// higher IDF, and a query analysed with another language's analyzer keeps words that field can never
/// match. Each field's clause is therefore divided by the score an ideal unit of that field would get
/// (the sum of the query terms' IDFs there), so a score says how much of the query a unit covers,
/// weighted by how telling each word is, on the same scale in every language.
/// </remarks>
internal static class QueryFactory
{
    // Bounds the clause count whatever the input (BooleanQuery refuses more than 1,024 clauses).
    private const int MaxTermsPerField = 48;
    private const int MaxPairsPerField = 24;

    /// <summary>Weight of a pair of neighbouring query words found next to each other in a unit.</summary>
    private const float PairBoost = 0.5f;

    /// <summary>Weight of a quoted phrase found verbatim.</summary>
    private const float PhraseBoost = 2f;

    /// <summary>Weight of a query word found in the heading a unit stands under (a hint to the topic, not the text itself).</summary>
    private const float HeadingBoost = 0.4f;

    /// <summary>Weight of the query's own language field: its paragraphs win ties with cognate matches elsewhere.</summary>
    private const float QueryLanguageBoost = 2f;

    /// <summary>The query, and per field the terms it looks for (what the highlighter marks).</summary>
    /// <param name="idf">The BM25 IDF of a term in a field of the index searched.</param>
    public static (Query? Query, IReadOnlyDictionary<string, IReadOnlySet<string>> TermsByField) Build(
        ParsedQuery parsed, LanguageSet languages, string? queryLang, Func<string, string, double> idf)
    {
        var root = new BooleanQuery();
        var termsByField = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        if (parsed.IsEmpty)
        {
            return (null, termsByField);
        }
        var queryLanguage = queryLang is not null && languages.Contains(queryLang) ? languages.Get(queryLang) : null;
        foreach (var language in languages.Languages)
        {
            var analyzer = languages.AnalyzerFor(language.Code);
            var field = language.Field;
            var prepared = language.PrepareQuery(parsed.Text);
            var tokens = AnalyzedToken.Analyze(analyzer, field, prepared)
                .Where(t => !IsForeignFunctionWord(prepared, t, language, queryLanguage))
                .ToList();
            var terms = tokens.Select(t => t.Term).Distinct(StringComparer.Ordinal).Take(MaxTermsPerField).ToList();
            if (terms.Count == 0)
            {
                continue;
            }
            var fieldQuery = new BooleanQuery();
            foreach (var term in terms)
            {
                fieldQuery.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            }
            var headingQuery = new BooleanQuery { Boost = HeadingBoost };
            foreach (var term in terms)
            {
                headingQuery.Add(new TermQuery(new Term(language.HeadingField, term)), Occur.SHOULD);
            }
            fieldQuery.Add(headingQuery, Occur.SHOULD);
            foreach (var pair in NeighbourPairs(tokens).Take(MaxPairsPerField))
            {
                fieldQuery.Add(Phrase(field, pair, slop: 1, PairBoost), Occur.SHOULD);
            }
            foreach (var phrase in parsed.Phrases)
            {
                var phraseTokens = AnalyzedToken.Analyze(analyzer, field, language.PrepareQuery(phrase));
                if (phraseTokens.Count > 1 && phraseTokens.Count <= MaxTermsPerField)
                {
                    fieldQuery.Add(Phrase(field, phraseTokens, slop: 0, PhraseBoost), Occur.SHOULD);
                }
            }
            var ideal = terms.Sum(term => idf(field, term));
            if (ideal <= 0)
            {
                continue;
            }
            fieldQuery.Boost = (float)((language.Code == queryLang ? QueryLanguageBoost : 1f) / ideal);
            root.Add(fieldQuery, Occur.SHOULD);
            termsByField[field] = terms.ToHashSet(StringComparer.Ordinal);
        }
        return (root.Clauses.Count == 0 ? null : root, termsByField);
    }

    /// <summary>
    /// True for a word that is a function word of the query's language, seen from another language's
    /// field: "what", "how" or "does" of an English query are not content for the Dutch field to match.
    /// </summary>
    private static bool IsForeignFunctionWord(string text, AnalyzedToken token, SearchLanguage language, SearchLanguage? queryLanguage) =>
        queryLanguage is not null && queryLanguage != language
        && queryLanguage.DetectionWords.Contains(text[token.Start..token.End].ToLowerInvariant());

    /// <summary>Consecutive token pairs at most one stop word apart, distinct.</summary>
    private static IEnumerable<IReadOnlyList<AnalyzedToken>> NeighbourPairs(IReadOnlyList<AnalyzedToken> tokens)
    {
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var (a, b) = (tokens[i], tokens[i + 1]);
            if (b.Position - a.Position is >= 1 and <= 2 && seen.Add((a.Term, b.Term)))
            {
                yield return [a, b];
            }
        }
    }

    private static PhraseQuery Phrase(string field, IReadOnlyList<AnalyzedToken> tokens, int slop, float boost)
    {
        var query = new PhraseQuery { Slop = slop, Boost = boost };
        var first = tokens[0].Position;
        foreach (var token in tokens)
        {
            query.Add(new Term(field, token.Term), token.Position - first);
        }
        return query;
    }
}
