using System.Text.RegularExpressions;
using Reader.Core.Documents;
using Reader.Core.Ingestion;
using Reader.Core.Text;

namespace Reader.Core.Tests.Ingestion;

/// <summary>Ingestion of the shipped article set, checked against its sources.</summary>
public class CorpusIngestionTests
{
    private static readonly Lazy<Corpus> Shipped = new(() => Ingestor.Ingest(RepoPaths.Content).Corpus);

    private static Corpus Corpus => Shipped.Value;

    [Fact]
    public void IngestsSixDocumentsInTheFiveLanguages()
    {
        var docs = Corpus.Documents.ToDictionary(d => d.Id, d => (d.Lang, d.Kind));
        Assert.Equal(6, docs.Count);
        Assert.Equal(("en", "original"), docs["en"]);
        Assert.Equal(("es", "retelling"), docs["es"]);
        Assert.Equal(("pt", "retelling"), docs["pt"]);
        Assert.Equal(("zh", "translation"), docs["zh"]);
        Assert.Contains("summary", docs["zh-summary"].Kind);
        Assert.Equal("nl", docs["nl"].Lang);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("pt")]
    public void RunOnRetellingsAreSplitIntoParagraphSizedUnits(string id)
    {
        var units = Corpus.GetDocument(id).Units;
        Assert.True(units.Count >= 12, $"{id} has {units.Count} units");
        Assert.All(units, u => Assert.InRange(u.Text.Length, 1, UnitBuilder.MaxLength));
        Assert.True(units.Average(u => u.Text.Length) <= UnitBuilder.TargetLength);
    }

    [Fact]
    public void NoUnitAnywhereIsLongerThanTheHardLimit()
    {
        Assert.All(Corpus.Units, u => Assert.True(u.Text.Length <= UnitBuilder.MaxLength, u.Id));
    }

    [Theory]
    [InlineData("Cargando el detalle del hilo")]
    [InlineData("Obteniendo los tweets originales")]
    [InlineData("Carregando detalhes do thread")]
    [InlineData("Isso normalmente leva apenas")]
    [InlineData("karpathy.bearblog.dev/year-in-review-2025")]
    [InlineData("Karpathy Blog")]
    public void LoaderBoilerplateAndReferenceListsAreGone(string boilerplate)
    {
        Assert.DoesNotContain(Corpus.Units, u => u.Text.Contains(boilerplate, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("es", "000_ed7aff87f1881b21.txt", "Cargando el detalle del hilo")]
    [InlineData("pt", "001_9d76ccb92bee2487.txt", "Carregando detalhes do thread")]
    public void EverySentenceOfARunOnSourceIsInSomeUnit(string id, string file, string tail)
    {
        var source = File.ReadAllText(Path.Combine(RepoPaths.Content, "sources", file));
        var body = source[..source.IndexOf(tail, StringComparison.Ordinal)];
        var text = Fold(string.Join(" ", Corpus.GetDocument(id).Units.Select(u => u.Text)));
        foreach (var sentence in new SentenceSegmenter(id).Split(body))
        {
            Assert.Contains(Fold(sentence), text);
        }
    }

    [Theory]
    [InlineData("nl", "004_bb18cd3ee1be4fc0.txt")]
    [InlineData("zh-summary", "002_a3e3c9b4a2df4ad8.txt")]
    public void EveryLineOfAnAdaptationIsInSomeUnitOrHeading(string id, string file)
    {
        var doc = Corpus.GetDocument(id);
        var text = Fold(string.Join(" ", doc.Units.SelectMany(u => new[] { u.Heading ?? "", u.Text })));
        var header = doc.Metadata.Values.ToHashSet();
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Content, "sources", file))
            .Select(l => Regex.Replace(l, @"^\s*(?:\u2022|\d+\.)\s*", "").Replace("**", ""))
            .Where(l => l.Trim().Length > 0 && !header.Contains(l.Trim()));
        var segmenter = new SentenceSegmenter(doc.Lang);
        foreach (var sentence in lines.SelectMany(segmenter.Split))
        {
            Assert.Contains(Fold(sentence), text);
        }
    }

    [Fact]
    public void EnglishOriginalIsExtractedFromTheChineseBlogPost()
    {
        var en = Corpus.GetDocument("en");
        Assert.Equal("003_02c477e0473a2e6b.txt", en.Source);
        Assert.StartsWith("2025 has been a strong and eventful year", en.Units[0].Text);
        Assert.Contains(en.Units, u => u.Text.Contains("URL: I cross-posted this article to my blog", StringComparison.Ordinal));
        Assert.All(en.Units, u => Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", u.Text));
        Assert.DoesNotContain(Corpus.GetDocument("zh").Units, u => u.Text.Contains("2025 has been a strong", StringComparison.Ordinal));
    }

    [Fact]
    public void RepairIsRecordedPerDocument()
    {
        var zh = Corpus.GetDocument("zh");
        Assert.False(zh.Repair.IsClean);
        Assert.True(zh.Repair.BytesRebuilt > 0);
        Assert.Contains("Karpathy: 2025 \u5e74\u5927\u8bed\u8a00\u6a21\u578b\u5e74\u5ea6\u56de\u987e", zh.Title);
        var en = Corpus.GetDocument("en");
        Assert.InRange(en.Repair.SpansRepaired, 1, zh.Repair.SpansRepaired / 10);
        Assert.Contains(en.Units, u => u.Text.Contains("\u300Aimage\u300B", StringComparison.Ordinal));
        Assert.All(Corpus.Documents.Where(d => d.Source != zh.Source), d => Assert.True(d.Repair.IsClean, d.Id));
    }

    [Fact]
    public void MarkdownMarkupDoesNotLeakIntoUnits()
    {
        foreach (var unit in Corpus.GetDocument("zh-summary").Units.Concat(Corpus.GetDocument("en").Units))
        {
            Assert.DoesNotContain("**", unit.Text);
            Assert.DoesNotMatch(@"^#{1,6}\s", unit.Text);
            Assert.DoesNotContain("](", unit.Text);
        }
    }

    [Fact]
    public void UnitIdsAreStableAcrossRuns()
    {
        var again = Ingestor.Ingest(RepoPaths.Content).Corpus;
        Assert.Equal(Corpus.Units.Select(u => (u.Id, u.Text)), again.Units.Select(u => (u.Id, u.Text)));
        Assert.Equal(Corpus.Units.Count(), Corpus.Units.Select(u => u.Id).Distinct().Count());
    }

    [Fact]
    public void EditingOneDocumentDoesNotRenumberAnother()
    {
        using var copy = new TempContent(RepoPaths.Content);
        var es = Path.Combine(copy.Root, "sources", "000_ed7aff87f1881b21.txt");
        File.WriteAllText(es, "Una frase nueva al principio. " + File.ReadAllText(es));
        var edited = Ingestor.Ingest(copy.Root).Corpus;
        foreach (var doc in Corpus.Documents.Where(d => d.Id != "es"))
        {
            Assert.Equal(doc.Units.Select(u => u.Id), edited.GetDocument(doc.Id).Units.Select(u => u.Id));
        }
    }

    [Fact]
    public void HandPickedQuotesCarryTheirSection()
    {
        var quotes = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Ingestion", "section-quotes.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToList();
        var wrong = new List<string>();
        foreach (var (doc, section, quote) in quotes.Select(q => (q[0], q[1], q[2])))
        {
            var units = Corpus.GetDocument(doc).Units.Where(u => u.Text.Contains(quote, StringComparison.Ordinal)).ToList();
            Assert.True(units.Count == 1, $"'{quote}' is in {units.Count} units of {doc}");
            if (units[0].Section != section)
            {
                wrong.Add($"{doc} '{quote}': {units[0].Section}, expected {section}");
            }
        }
        Assert.True(quotes.Count >= 50, "the quote set is too small to mean much");
        Assert.Empty(wrong);
    }

    private static string Fold(string text) => Regex.Replace(text, @"\s+", "");
}
