namespace Reader.Core.Documents;

/// <summary>All documents of one article set, with unit lookup by id.</summary>
public sealed class Corpus
{
    private readonly Dictionary<string, Unit> _units;
    private readonly Dictionary<string, Document> _documents;

    public Corpus(IReadOnlyList<Document> documents, IReadOnlyList<SectionInfo> sections)
    {
        Documents = documents;
        Sections = sections;
        _documents = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var unit in documents.SelectMany(d => d.Units))
        {
            if (!_units.TryAdd(unit.Id, unit))
            {
                throw new InvalidOperationException($"Duplicate unit id '{unit.Id}'.");
            }
        }
    }

    /// <summary>Documents in manifest order.</summary>
    public IReadOnlyList<Document> Documents { get; }

    /// <summary>Sections in outline order, with their titles per language.</summary>
    public IReadOnlyList<SectionInfo> Sections { get; }

    /// <summary>Every unit of every document, in document then reading order.</summary>
    public IEnumerable<Unit> Units => Documents.SelectMany(d => d.Units);

    public bool TryGetUnit(string id, out Unit unit) => _units.TryGetValue(id, out unit!);

    public Unit GetUnit(string id) => _units.TryGetValue(id, out var unit)
        ? unit
        : throw new KeyNotFoundException($"No unit '{id}'.");

    public bool TryGetDocument(string id, out Document document) => _documents.TryGetValue(id, out document!);

    public Document GetDocument(string id) => _documents[id];
}
