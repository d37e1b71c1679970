using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Reader.Core.Documents;
using Reader.Search.Grouping;
using Reader.Search.Languages;
using LuceneDirectory = Lucene.Net.Store.Directory;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace Reader.Search.Indexing;

/// <summary>Writes one Lucene document per unit: its text in its language's field, and the fields a hit shows.</summary>
internal static class IndexBuilder
{
    public static void Build(
        LuceneDirectory directory,
        Corpus corpus,
        UnitGroups groups,
        LanguageSet languages,
        string fingerprint)
    {
        var config = new IndexWriterConfig(SearchLanguage.Version, languages.FieldAnalyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
        };
        using var writer = new IndexWriter(directory, config);
        var count = 0;
        foreach (var (unit, heading) in HeadingContext.Of(corpus))
        {
            writer.AddDocument(ToDocument(unit, heading, groups.GroupOf(unit.Id), languages.Get(unit.Lang)));
            count++;
        }
        writer.SetCommitData(new Dictionary<string, string>
        {
            [IndexFields.Fingerprint] = fingerprint,
            [IndexFields.UnitCount] = count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        writer.ForceMerge(1);
        writer.Commit();
    }

    private static LuceneDocument ToDocument(Unit unit, string? heading, string group, SearchLanguage language)
    {
        LuceneDocument document =
        [
            new StringField(IndexFields.Unit, unit.Id, Field.Store.YES),
            new StringField(IndexFields.Document, unit.DocumentId, Field.Store.YES),
            new StringField(IndexFields.Lang, unit.Lang, Field.Store.YES),
            new StringField(IndexFields.Section, unit.Section, Field.Store.YES),
            new StringField(IndexFields.Group, group, Field.Store.YES),
            new StoredField(IndexFields.Text, unit.Text),
            new TextField(language.Field, unit.Text, Field.Store.NO),
        ];
        if (heading is not null)
        {
            document.Add(new TextField(language.HeadingField, heading, Field.Store.NO));
        }
        return document;
    }
}
