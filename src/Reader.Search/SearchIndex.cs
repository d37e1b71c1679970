using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Reader.Core;
using Reader.Core.Documents;
using Reader.Search.Grouping;
using Reader.Search.Highlighting;
using Reader.Search.Indexing;
using Reader.Search.Languages;
using Reader.Search.Querying;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Reader.Search;

/// <summary>
/// The multilingual search index of one corpus: open it once and share it; <see cref="Search"/> is
/// thread-safe. Opening reuses the on-disk index built for the same corpus and groups, and builds
/// (atomically) a new one when there is none, it is damaged, or the content changed.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private static readonly HashSet<string> s_unitField = [IndexFields.Unit];

    private readonly SearcherManager _manager;
    private readonly LuceneDirectory _directory;
    private readonly Dictionary<string, int> _languageOrder;

    private SearchIndex(
        Corpus corpus, UnitGroups groups, LanguageSet languages, string fingerprint,
        SearcherManager manager, LuceneDirectory directory, string? folder, bool built)
    {
        Corpus = corpus;
        Groups = groups;
        Languages = languages;
        Fingerprint = fingerprint;
        _manager = manager;
        _directory = directory;
        Folder = folder;
        Built = built;
        _languageOrder = languages.Languages.Select((l, i) => (l.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The indexed corpus.</summary>
    public Corpus Corpus { get; }

    /// <summary>The alignment groups results are expanded through.</summary>
    public UnitGroups Groups { get; }

    /// <summary>The corpus's languages with their analyzers.</summary>
    public LanguageSet Languages { get; }

    /// <summary>Content hash of corpus and groups; names the index folder.</summary>
    public string Fingerprint { get; }

    /// <summary>The folder of the index in use; null when in memory.</summary>
    public string? Folder { get; }

    /// <summary>True when opening had to build the index (first run, content changed, or the old one was damaged).</summary>
    public bool Built { get; }

    /// <summary>Opens (building if needed) the index of <paramref name="corpus"/>; <paramref name="groups"/> defaults to one group per unit.</summary>
    public static SearchIndex Open(Corpus corpus, UnitGroups? groups = null, SearchIndexOptions? options = null)
    {
        groups ??= UnitGroups.Singletons(corpus);
        options ??= new SearchIndexOptions();
        var languages = new LanguageSet(corpus.Units.Select(u => u.Lang));
        try
        {
            var fingerprint = CorpusFingerprint.Compute(corpus, groups);
            var unitCount = corpus.Units.Count();
            var factory = new Bm25SearcherFactory();
            void Build(LuceneDirectory directory) => IndexBuilder.Build(directory, corpus, groups, languages, fingerprint);

            if (options.Folder is null)
            {
                var memory = new RAMDirectory();
                Build(memory);
                return new SearchIndex(corpus, groups, languages, fingerprint, new SearcherManager(memory, factory), memory, null, true);
            }
            var root = Path.GetFullPath(options.Folder);
            var (manager, directory, built) = IndexStore.OpenOrBuild(root, fingerprint, unitCount, factory, Build);
            return new SearchIndex(corpus, groups, languages, fingerprint, manager, directory, Path.Combine(root, fingerprint), built);
        }
        catch
        {
            languages.Dispose();
            throw;
        }
    }

    /// <summary>Searches every language field; never throws for any query text.</summary>
    /// <exception cref="ReaderInputException">The request names a language Reader does not know.</exception>
    public SearchResponse Search(string? query, SearchRequest? request = null)
    {
        request ??= new SearchRequest();
        var parsed = QuerySanitizer.Parse(query);
        var (lang, known) = ResolveLanguage(request.Lang, parsed.Text);
        var top = Math.Clamp(request.Top, 1, 1000);
        var searcher = _manager.Acquire();
        List<(string UnitId, double Score)> unitScores;
        IReadOnlyDictionary<string, IReadOnlySet<string>> termsByField;
        try
        {
            (var luceneQuery, termsByField) = QueryFactory.Build(parsed, Languages, known ? lang : null, (f, t) => Idf(searcher, f, t));
            if (luceneQuery is null)
            {
                return new SearchResponse(query ?? "", parsed.Text, lang, known, []);
            }
            unitScores = Execute(searcher, luceneQuery, Math.Max(100, top * 10));
        }
        finally
        {
            _manager.Release(searcher);
        }
        var groups = RankGroups(unitScores).Take(top)
            .Select(g => ToGroupHit(g.Id, g.Score, unitScores, lang, termsByField, request.SnippetLength))
            .ToList();
        return new SearchResponse(query ?? "", parsed.Text, lang, known, groups);
    }

    /// <summary>The terms <paramref name="lang"/>'s analyzer makes of <paramref name="text"/>, as the index sees them.</summary>
    public IReadOnlyList<AnalyzedToken> Analyze(string lang, string text) =>
        AnalyzedToken.Analyze(Languages.AnalyzerFor(lang), Languages.Get(lang).Field, text);

    public void Dispose()
    {
        _manager.Dispose();
        _directory.Dispose();
        Languages.Dispose();
    }

    private (string Lang, bool Known) ResolveLanguage(string? requested, string text)
    {
        if (!string.IsNullOrWhiteSpace(requested))
        {
            var code = requested.Trim().ToLowerInvariant();
            if (!Languages.Contains(code) && !SearchLanguages.IsKnown(code))
            {
                var expected = string.Join(", ", Languages.Languages.Select(l => l.Code));
                throw new ReaderInputException($"Unknown language '{requested}'; expected one of: {expected}.");
            }
            return (code, true);
        }
        var detected = Languages.Detector.Detect(text) ?? VocabularyLanguage(text);
        if (detected is not null)
        {
            return (detected, true);
        }
        var fallback = Languages.Contains("en") ? "en" : Languages.Languages.FirstOrDefault()?.Code ?? "en";
        return (fallback, false);
    }

    /// <summary>
    /// When function words and script say nothing (<c>verrassend dom</c>), the language whose own
    /// paragraphs hold the most of the query's words, if one holds strictly more than any other.
    /// </summary>
    private string? VocabularyLanguage(string text)
    {
        var searcher = _manager.Acquire();
        try
        {
            string? best = null;
            var bestCount = 0;
            var tie = false;
            foreach (var language in Languages.Languages)
            {
                var terms = Analyze(language.Code, language.PrepareQuery(text)).Select(t => t.Term).Distinct(StringComparer.Ordinal);
                var count = terms.Count(term => searcher.IndexReader.DocFreq(new Term(language.Field, term)) > 0);
                if (count > bestCount)
                {
                    (best, bestCount, tie) = (language.Code, count, false);
                }
                else if (count == bestCount)
                {
                    tie = true;
                }
            }
            return tie ? null : best;
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>Runs the query; unit id → score, best first.</summary>
    private static List<(string UnitId, double Score)> Execute(IndexSearcher searcher, Query query, int depth)
    {
        var topDocs = searcher.Search(query, depth);
        var hits = new List<(string, double)>(topDocs.ScoreDocs.Length);
        foreach (var scoreDoc in topDocs.ScoreDocs)
        {
            var unitId = searcher.Doc(scoreDoc.Doc, s_unitField).Get(IndexFields.Unit);
            hits.Add((unitId, scoreDoc.Score));
        }
        return hits;
    }

    /// <summary>BM25's IDF of <paramref name="term"/> among the units that have <paramref name="field"/> (as Lucene computes it); 0 for a field no unit has.</summary>
    private static double Idf(IndexSearcher searcher, string field, string term)
    {
        var stats = searcher.CollectionStatistics(field);
        var docCount = stats.DocCount == -1 ? stats.MaxDoc : stats.DocCount;
        if (docCount <= 0)
        {
            return 0;
        }
        var docFreq = searcher.IndexReader.DocFreq(new Term(field, term));
        return Math.Log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
    }

    /// <summary>Groups by their best unit's score; ties keep Lucene's order (which is corpus order).</summary>
    private IEnumerable<(string Id, double Score)> RankGroups(List<(string UnitId, double Score)> unitScores)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (unitId, score) in unitScores)
        {
            var group = Groups.GroupOf(unitId);
            if (seen.Add(group))
            {
                yield return (group, score);
            }
        }
    }

    private GroupHit ToGroupHit(
        string groupId, double score, List<(string UnitId, double Score)> unitScores, string queryLang,
        IReadOnlyDictionary<string, IReadOnlySet<string>> termsByField, int snippetLength)
    {
        var scores = unitScores.Where(u => Groups.GroupOf(u.UnitId) == groupId)
            .ToDictionary(u => u.UnitId, u => u.Score, StringComparer.Ordinal);
        var units = Groups.Members(groupId).Select(Corpus.GetUnit)
            .OrderByDescending(u => scores.GetValueOrDefault(u.Id))
            .ThenBy(u => u.Lang == queryLang ? 0 : 1)
            .ThenBy(u => _languageOrder.GetValueOrDefault(u.Lang, int.MaxValue))
            .ThenBy(u => u.DocumentId, StringComparer.Ordinal)
            .ThenBy(u => u.Ordinal)
            .Select(u => new SearchHit(u, groupId, scores.GetValueOrDefault(u.Id), MakeSnippet(u, termsByField, snippetLength)))
            .ToList();
        return new GroupHit(groupId, score, units);
    }

    private Snippet MakeSnippet(Unit unit, IReadOnlyDictionary<string, IReadOnlySet<string>> termsByField, int length)
    {
        var language = Languages.Get(unit.Lang);
        var terms = termsByField.TryGetValue(language.Field, out var t) ? t : new HashSet<string>();
        return SnippetBuilder.Build(unit.Text, Languages.AnalyzerFor(unit.Lang), language.Field, terms, Math.Max(40, length));
    }

    /// <summary>Every searcher scores with BM25, as the index was written.</summary>
    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) =>
            new(reader) { Similarity = new BM25Similarity() };
    }
}
