using Reader.Core.Documents;
using Reader.Site.Model;

namespace Reader.Site.Tests;

/// <summary>
/// A small article in five languages and six versions (two Chinese): an intro and two shifts, aligned into groups,
/// with one repaired source and one precomputed answer. Chinese is written as escapes so the code points are exact.
/// </summary>
internal static class FixtureCorpus
{
    // 氛围编程 ("vibe coding") and 强化学习 ("reinforcement learning").
    public const string VibeCodingZh = "\u6C1B\u56F4\u7F16\u7A0B";
    public const string ReinforcementZh = "\u5F3A\u5316\u5B66\u4E60";

    private static readonly string[][] Texts =
    [
        // en, es, pt, zh, nl  (per group; zh-summary adds to the first two)
        ["2025 was a year of paradigm changes for large language models.", "2025 fue un año de cambios de paradigma para los modelos de lenguaje.", "2025 foi um ano de mudanças de paradigma para os modelos de linguagem.", "2025\u5E74\u662F\u5927\u8BED\u8A00\u6A21\u578B\u8303\u5F0F\u8F6C\u53D8\u7684\u4E00\u5E74\u3002", "2025 was een jaar van paradigmaverschuivingen voor taalmodellen."],
        ["RLVR trains models against verifiable rewards in maths and code.", "RLVR entrena modelos con recompensas verificables en matemáticas y código.", "RLVR treina modelos com recompensas verificáveis em matemática e código.", "RLVR\uFF08\u57FA\u4E8E\u53EF\u9A8C\u8BC1\u5956\u52B1\u7684" + ReinforcementZh + "\uFF09\u5728\u6570\u5B66\u548C\u4EE3\u7801\u4E2D\u8BAD\u7EC3\u6A21\u578B\u3002", "RLVR traint modellen met verifieerbare beloningen in wiskunde en code."],
        ["The models develop strategies that look like reasoning.", "Los modelos desarrollan estrategias que parecen razonamiento.", "Os modelos desenvolvem estratégias que parecem raciocínio.", "\u6A21\u578B\u53D1\u5C55\u51FA\u770B\u8D77\u6765\u50CF\u63A8\u7406\u7684\u7B56\u7565\u3002", "De modellen ontwikkelen strategieën die op redeneren lijken."],
        ["Vibe coding lets anyone build software by describing it.", "La programación por vibras permite a cualquiera crear software.", "A programação por vibe permite que qualquer pessoa crie software.", VibeCodingZh + "\u8BA9\u4EFB\u4F55\u4EBA\u90FD\u80FD\u6784\u5EFA\u8F6F\u4EF6\u3002", "Vibe coding laat iedereen software bouwen."],
    ];

    private static readonly string[] Sections = ["intro", "shift-1", "shift-1", "shift-2"];
    private static readonly string[] Languages = ["en", "es", "pt", "zh", "nl"];

    public static SiteModel Model(bool withSearch = true)
    {
        var documents = new List<Document>();
        var groups = Enumerable.Range(0, Texts.Length).Select(_ => new List<string>()).ToList();
        for (var l = 0; l < Languages.Length; l++)
        {
            var lang = Languages[l];
            var units = new List<Unit>();
            for (var g = 0; g < Texts.Length; g++)
            {
                // The Dutch retelling of the two RLVR paragraphs is one source paragraph that ingestion cut in two.
                var unit = new Unit($"{lang}-{g:00}", lang, lang, Sections[g], g, Texts[g][l]) { ContinuesParagraph = lang == "nl" && g == 2 };
                units.Add(unit);
                groups[g].Add(unit.Id);
            }
            documents.Add(new Document
            {
                Id = lang,
                Lang = lang,
                Kind = lang == "en" ? "original" : "translation",
                Title = lang == "en" ? "2025 LLM Year in Review" : $"Year in review ({lang})",
                Source = $"00{l}_{lang}.txt",
                Origin = $"Fixture version in {lang}",
                Units = units,
                Repair = lang == "zh"
                    ? new RepairSummary(["cp1252"], 3, 2, [new RepairExample("\u00E5\u00B9\u00B4", "\u5E74", 0.98)])
                    : RepairSummary.None,
            });
        }

        var summary = new List<Unit>
        {
            new("zh-summary-00", "zh-summary", "zh", "intro", 0, "\u516D\u5927\u8303\u5F0F\u8F6C\u53D8\u3002"),
            new("zh-summary-01", "zh-summary", "zh", "shift-2", 1, VibeCodingZh + "\u6210\u4E3A\u4E3B\u6D41\u3002"),
        };
        documents.Add(new Document
        {
            Id = "zh-summary", Lang = "zh", Kind = "summary", Title = "\u5E74\u5EA6\u56DE\u987E", Source = "002_summary.txt", Units = summary,
        });
        groups[0].Add("zh-summary-00");
        groups[3].Add("zh-summary-01");

        SectionInfo[] sections =
        [
            new("intro", new Dictionary<string, string> { ["en"] = "Introduction", ["zh"] = "\u5F15\u8A00" }),
            new("shift-1", new Dictionary<string, string> { ["en"] = "Reinforcement Learning from Verifiable Rewards (RLVR)", ["es"] = "Aprendizaje por refuerzo (RLVR)" }),
            new("shift-2", new Dictionary<string, string> { ["en"] = "Vibe coding", ["zh"] = VibeCodingZh }),
        ];
        var corpus = new Corpus(documents, sections);
        return new SiteModel
        {
            Corpus = corpus,
            Groups = groups.Select((units, g) => new SiteGroup($"grp-{g}", Sections[g], units)).ToList(),
            Analysis = withSearch ? Reader.Site.Search.LuceneTermAnalysis.ForSearch() : null,
            Answers =
            [
                new SiteAnswer("What is RLVR?", "en", true, "RLVR trains models against verifiable rewards [en-01].", [new SiteCitation("en-01", "verifiable rewards")]),
            ],
        };
    }
}
