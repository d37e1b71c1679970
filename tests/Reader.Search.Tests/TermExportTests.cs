using Reader.Search.Export;

namespace Reader.Search.Tests;

public sealed class TermExportTests : IDisposable
{
    private readonly SearchIndex _index = MiniCorpus.OpenIndex();
    private readonly TermTable _table;

    public TermExportTests() => _table = TermExport.Build(_index);

    public void Dispose() => _index.Dispose();

    private LanguageTerms Lang(string code) => _table.Languages.Single(l => l.Lang == code);

    [Fact]
    public void Every_language_of_the_corpus_has_a_table_in_article_order()
    {
        Assert.Equal(["en", "es", "pt", "zh", "nl"], _table.Languages.Select(l => l.Lang));
    }

    [Fact]
    public void A_surface_form_maps_to_its_stemmed_term_and_the_term_to_its_units()
    {
        var en = Lang("en");

        Assert.Equal(["agent"], en.Surfaces["agent"]);
        var unit = Assert.Single(en.Postings["agent"]);
        Assert.Equal(MiniCorpus.UnitId("en", "g-agents"), unit.Unit);
        Assert.Equal(1, unit.Count);
    }

    [Fact]
    public void Words_of_other_languages_that_analyse_to_a_present_term_are_covered()
    {
        // "agente" occurs only in Spanish and Portuguese text; English analysis stems it to "agent".
        Assert.Equal(["agent"], Lang("en").Surfaces["agente"]);
    }

    [Fact]
    public void Surfaces_whose_terms_never_occur_in_the_language_are_left_out()
    {
        Assert.False(Lang("en").Surfaces.ContainsKey("fantasmas"));
        Assert.True(Lang("es").Surfaces.ContainsKey("fantasmas"));
    }

    [Fact]
    public void Chinese_surfaces_are_character_pairs()
    {
        var zh = Lang("zh");

        Assert.Equal(["\u6C1B\u56F4"], zh.Surfaces["\u6C1B\u56F4"]); // 氛围
        Assert.Contains(zh.Postings["\u7F16\u7A0B"], p => p.Unit == MiniCorpus.UnitId("zh", "g-vibe")); // 编程
    }

    [Fact]
    public void Unit_lengths_match_the_number_of_analysed_terms()
    {
        var unit = MiniCorpus.Corpus.GetUnit(MiniCorpus.UnitId("nl", "g-council"));

        Assert.Equal(_index.Analyze("nl", unit.Text).Count, Lang("nl").UnitLengths[unit.Id]);
        Assert.Equal(5, Lang("nl").UnitLengths.Count);
    }
}
