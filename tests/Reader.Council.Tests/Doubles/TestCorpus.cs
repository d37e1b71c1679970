using Reader.Core.Documents;
using Reader.Search.Grouping;

namespace Reader.Council.Tests.Doubles;

/// <summary>A three-language article of three passages, aligned, small enough to reason about in a test.</summary>
internal static class TestCorpus
{
    public static Corpus Create()
    {
        Document Doc(string lang, params (string Section, string Text)[] units) => new()
        {
            Id = lang,
            Lang = lang,
            Kind = lang == "en" ? "original" : "translation",
            Title = "Year in review",
            Source = lang + ".md",
            Units = units.Select((u, i) => new Unit($"{lang}-{u.Section}-{i + 1:00}", lang, lang, u.Section, i, u.Text)).ToList(),
        };
        var en = Doc("en",
            ("shift-1", "In 2025 reinforcement learning from verifiable rewards (RLVR) became a new training stage. Models learned reasoning strategies by solving math and code puzzles."),
            ("shift-2", "Benchmarks lost our trust because they are verifiable environments that labs train against. Crushing benchmarks is not the same as general intelligence. Three of them leaked."),
            ("shift-5", "Vibe coding lets anyone build software by describing it in plain English. Code became cheap and disposable."));
        var es = Doc("es",
            ("shift-1", "En 2025 el aprendizaje por refuerzo con recompensas verificables (RLVR) se convirti\u00f3 en una nueva etapa de entrenamiento. Los modelos aprendieron estrategias de razonamiento."),
            ("shift-2", "Los benchmarks perdieron nuestra confianza porque son entornos verificables contra los que entrenan los laboratorios."),
            ("shift-5", "El vibe coding permite a cualquiera crear software describi\u00e9ndolo en lenguaje natural. El c\u00f3digo se volvi\u00f3 barato."));
        var zh = Doc("zh",
            ("shift-1", "2025 \u5e74\uff0c\u57fa\u4e8e\u53ef\u9a8c\u8bc1\u5956\u52b1\u7684\u5f3a\u5316\u5b66\u4e60\uff08RLVR\uff09\u6210\u4e3a\u65b0\u7684\u8bad\u7ec3\u9636\u6bb5\u3002\u6a21\u578b\u5b66\u4f1a\u4e86\u63a8\u7406\u7b56\u7565\u3002"),
            ("shift-5", "\u6c1b\u56f4\u7f16\u7801\u8ba9\u4efb\u4f55\u4eba\u90fd\u80fd\u7528\u81ea\u7136\u8bed\u8a00\u6784\u5efa\u8f6f\u4ef6\u3002\u4ee3\u7801\u53d8\u5f97\u5ec9\u4ef7\u3002"));
        var sections = new[] { "shift-1", "shift-2", "shift-5" }
            .Select(s => new SectionInfo(s, new Dictionary<string, string> { ["en"] = s }))
            .ToList();
        return new Corpus([en, es, zh], sections);
    }

    /// <summary>The passages aligned across versions, as the aligner would group them.</summary>
    public static UnitGroups Groups(Corpus corpus) => UnitGroups.FromPartition(corpus,
    [
        ("g-shift-1", ["en-shift-1-01", "es-shift-1-01", "zh-shift-1-01"]),
        ("g-shift-2", ["en-shift-2-02", "es-shift-2-02"]),
        ("g-shift-5", ["en-shift-5-03", "es-shift-5-03", "zh-shift-5-02"]),
    ]);
}
