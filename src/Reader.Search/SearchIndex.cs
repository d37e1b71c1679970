using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
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
    private readonly SearcherManager _manager;
    private readonly LuceneDirectory _directory;
    private readonly Dictionary<string, int> _languageOrder;

    // The index never changes once open, so these are read once instead of per query: loading stored
    // fields and re-analysing unit texts were most of a query's time.
    private readonly string[] _unitByDoc;
    private readonly IndexStatistics _statistics;
    private readonly ConcurrentDictionary<string, IReadOnlyList<AnalyzedToken>> _unitTokens = new(StringComparer.Ordinal);

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
        var searcher = manager.Acquire();
        try
        {
            _unitByDoc = UnitIdsByDoc(searcher.IndexReader);
            _statistics = new IndexStatistics(
                searcher.IndexReader, languages.Languages.SelectMany(l => new[] { l.Field, l.HeadingField }));
        }
        finally
        {
            manager.Release(searcher);
        }
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

    /// <summary>Opens (building if needed) the index of <paramref name="corpus"/>, expanding hits through <paramref name="groups"/>.</summary>
    /// <param name="corpus">The units to index.</param>
    /// <param name="groups">
    /// Groups of units that say the same thing, usually <c>UnitGroups.From(corpus, aligner.Align(corpus))</c>;
    /// null makes every unit a group of its own.
    /// </param>
    /// <param name="options">Where the index lives; null for the default folder.</param>
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
            (var luceneQuery, termsByField) = QueryFactory.Build(parsed, Languages, known ? lang : null, _statistics);
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
        string? best = null;
        var bestCount = 0;
        var tie = false;
        foreach (var language in Languages.Languages)
        {
            var count = Analyze(language.Code, language.PrepareQuery(text))
                .Select(t => t.Term)
                .Distinct(StringComparer.Ordinal)
                .Count(term => _statistics.DocFreq(language.Field, term) > 0);
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

    /// <summary>Runs the query; unit id → score, best first.</summary>
    private List<(string UnitId, double Score)> Execute(IndexSearcher searcher, Query query, int depth)
    {
        var topDocs = searcher.Search(query, depth);
        return topDocs.ScoreDocs.Select(d => (_unitByDoc[d.Doc], (double)d.Score)).ToList();
    }

    /// <summary>Unit id of every Lucene document, read from doc values (stored fields are far slower to load).</summary>
    private static string[] UnitIdsByDoc(IndexReader reader)
    {
        var units = new string[reader.MaxDoc];
        var bytes = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetBinaryDocValues(IndexFields.Unit);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                values.Get(doc, bytes);
                units[leaf.DocBase + doc] = bytes.Utf8ToString();
            }
        }
        return units;
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
            .Select(u => scores.TryGetValue(u.Id, out var own)
                ? new SearchHit(u, groupId, own, MakeSnippet(u, termsByField, snippetLength))
                : new SearchHit(u, groupId, 0, LeadingSnippet(u, snippetLength)))
            .ToList();
        return new GroupHit(groupId, score, units);
    }

    /// <summary>The opening of a unit shown only because its group matched: nothing in it to mark.</summary>
    private static Snippet LeadingSnippet(Unit unit, int length) =>
        SnippetBuilder.Build(unit.Text, [], new HashSet<string>(), Math.Max(40, length));

    private Snippet MakeSnippet(Unit unit, IReadOnlyDictionary<string, IReadOnlySet<string>> termsByField, int length)
    {
        var field = Languages.Get(unit.Lang).Field;
        if (!termsByField.TryGetValue(field, out var terms))
        {
            return SnippetBuilder.Build(unit.Text, [], new HashSet<string>(), Math.Max(40, length));
        }
        var tokens = _unitTokens.GetOrAdd(unit.Id, _ => Analyze(unit.Lang, unit.Text));
        return SnippetBuilder.Build(unit.Text, tokens, terms, Math.Max(40, length));
    }

    /// <summary>Every searcher scores with BM25, as the index was written.</summary>
    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) =>
            new(reader) { Similarity = new BM25Similarity() };
    }
}
