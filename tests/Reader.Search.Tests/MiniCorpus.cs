using System.Text.Json;
using Reader.Core.Documents;
using Reader.Search.Grouping;

namespace Reader.Search.Tests;

/// <summary>A five-language corpus of five short passages with known alignment groups (Fixtures/mini-corpus.json).</summary>
internal static class MiniCorpus
{
    private static readonly Lazy<(Corpus Corpus, List<(string Group, string UnitId)> Pairs)> s_loaded = new(Load);

    public static Corpus Corpus => s_loaded.Value.Corpus;

    /// <summary>The fixture's alignment: each passage's versions in one group.</summary>
    public static UnitGroups Aligned => UnitGroups.FromPartition(
        Corpus,
        s_loaded.Value.Pairs.GroupBy(p => p.Group).Select(g => (g.Key, g.Select(p => p.UnitId))));

    /// <summary>The id the fixture gives the unit of <paramref name="group"/> in document <paramref name="doc"/>.</summary>
    public static string UnitId(string doc, string group) => $"{doc}-{group}";

    /// <summary>Opens an in-memory index over the fixture, aligned unless <paramref name="aligned"/> is false.</summary>
    public static SearchIndex OpenIndex(bool aligned = true) =>
        SearchIndex.Open(Corpus, aligned ? Aligned : null, SearchIndexOptions.InMemory);

    /// <summary>Builds a corpus from the fixture, with <paramref name="edit"/> applied to each unit text.</summary>
    public static Corpus Build(Func<string, string>? edit = null) => Parse(edit).Corpus;

    private static (Corpus, List<(string, string)>) Load() => Parse(null);

    private static (Corpus Corpus, List<(string, string)> Pairs) Parse(Func<string, string>? edit)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "mini-corpus.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var pairs = new List<(string, string)>();
        var documents = new List<Document>();
        foreach (var doc in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            var id = doc.GetProperty("id").GetString()!;
            var lang = doc.GetProperty("lang").GetString()!;
            var units = new List<Unit>();
            foreach (var unit in doc.GetProperty("units").EnumerateArray())
            {
                var group = unit.GetProperty("group").GetString()!;
                var unitId = UnitId(id, group);
                var text = unit.GetProperty("text").GetString()!;
                units.Add(new Unit(unitId, id, lang, unit.GetProperty("section").GetString()!, units.Count, edit?.Invoke(text) ?? text));
                pairs.Add((group, unitId));
            }
            documents.Add(new Document { Id = id, Lang = lang, Kind = "test", Title = id, Source = "mini-corpus.json", Units = units });
        }
        var sections = json.RootElement.GetProperty("sections").EnumerateArray()
            .Select(s => new SectionInfo(s.GetString()!, new Dictionary<string, string>()))
            .ToList();
        return (new Corpus(documents, sections), pairs);
    }
}
