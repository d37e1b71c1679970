using System.Text.Json;
using Reader.Site.Model;

namespace Reader.Site.Search;

/// <summary>
/// Exports the corpus as a compact static index for <c>search.js</c>: postings of analysed terms, a table from every
/// word surface in the corpus to its analysed terms, and how CJK queries are split (bigrams or dictionary words).
/// </summary>
public static class StaticSearchExport
{
    /// <summary>Index format version, bumped when search.js must change with it.</summary>
    public const int Version = 1;

    public static StaticSearchIndex Build(SiteLookup lookup, ITermAnalysis analysis)
    {
        var documents = lookup.Corpus.Documents;
        var docIndex = documents.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var groupIndex = lookup.Groups.Select((g, i) => (g.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        var unitIndex = lookup.Corpus.Units.Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var units = new List<int[]>();
        var texts = new List<string>();
        var postings = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        var surfaces = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);

        foreach (var unit in lookup.Corpus.Units)
        {
            var index = units.Count;
            var unitTerms = analysis.Analyse(unit.Text, unit.Lang);
            units.Add([docIndex[unit.DocumentId], groupIndex[lookup.GroupOf(unit.Id).Id], unitTerms.Count]);
            texts.Add(unit.Text);
            foreach (var (term, count) in unitTerms.CountBy(t => t.Term))
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }
                list.Add(index);
                list.Add(count);
            }

            // The span each term came from is the word a reader would type: map it (normalised as search.js
            // normalises a query) to the term, unless the two are the same.
            foreach (var token in unitTerms)
            {
                var surface = QueryTokens.Normalize(unit.Text[token.Start..token.End]);
                if (surface == token.Term)
                {
                    continue;
                }
                if (!surfaces.TryGetValue(surface, out var set))
                {
                    surfaces[surface] = set = new SortedSet<string>(StringComparer.Ordinal);
                }
                set.Add(token.Term);
            }
        }

        // Words of the text that made no term of their own (stop words) map to nothing, so the script neither
        // looks them up nor widens them to terms that merely share their first letters.
        foreach (var word in lookup.Corpus.Units.SelectMany(u => QueryTokens.Words(u.Text)))
        {
            if (!surfaces.ContainsKey(word) && !postings.ContainsKey(word))
            {
                surfaces[word] = [];
            }
        }

        return new StaticSearchIndex
        {
            Version = Version,
            Cjk = CjkMode(lookup, analysis),
            Documents = documents.Select(d => new StaticSearchDocument(d.Id, d.Lang, d.Title, d.Kind, Pages.ViewFactory.Tag(documents, d))).ToList(),
            Groups = lookup.Groups.Select(g => g.UnitIds.Select(id => unitIndex[id]).Order().ToArray()).ToList(),
            GroupIds = lookup.Groups.Select(g => g.Id).ToList(),
            Units = units,
            UnitIds = lookup.Corpus.Units.Select(u => u.Id).ToList(),
            Sections = lookup.Corpus.Units.Select(u => u.Section).ToList(),
            SectionTitles = lookup.Corpus.Sections.ToDictionary(s => s.Id, s => s.TitleIn("en"), StringComparer.Ordinal),
            Texts = texts,
            Postings = postings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            Surfaces = surfaces.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
        };
    }

    /// <summary>The index as a script that sets <c>window.ReaderSearchIndex</c>, so it loads from file:// as well as a host.</summary>
    public static string ToScript(StaticSearchIndex index) =>
        "window.ReaderSearchIndex=" + JsonSerializer.Serialize(index, ScriptOptions) + ";\n";

    // Relaxed escaping keeps CJK text as itself (a third of the size); the index is a script file, never inline HTML.
    private static readonly JsonSerializerOptions ScriptOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = StaticSearchJson.Default,
    };

    /// <summary>
    /// Probes the analysis of each CJK language in the corpus: overlapping bigrams mean the script can bigram a
    /// query itself; anything else means dictionary words, which the script finds by longest match against the terms.
    /// </summary>
    private static string CjkMode(SiteLookup lookup, ITermAnalysis analysis)
    {
        const string probe = "\u4E2D\u6587\u5206\u8BCD";
        string[] bigrams = ["\u4E2D\u6587", "\u6587\u5206", "\u5206\u8BCD"];
        var cjkLanguages = lookup.Corpus.Units
            .Where(u => u.Text.Length > 0 && Enumerable.Range(0, u.Text.Length).Any(i => QueryTokens.IsCjk(u.Text, i)))
            .Select(u => u.Lang)
            .Distinct(StringComparer.Ordinal);
        return cjkLanguages.All(lang => analysis.Analyse(probe, lang).Select(t => t.Term).SequenceEqual(bigrams)) ? "bigram" : "dictionary";
    }
}
