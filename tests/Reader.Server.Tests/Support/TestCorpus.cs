using Reader.Core.Alignment;
using Reader.Core.Documents;

namespace Reader.Server.Tests.Support;

/// <summary>A three-version corpus small enough to read: two aligned paragraphs in en/es/zh and one passage only es has.</summary>
internal static class TestCorpus
{
    public static Corpus Create()
    {
        var sections = new List<SectionInfo>
        {
            new("intro", new Dictionary<string, string> { ["en"] = "Introduction" }),
            new("shift-1", new Dictionary<string, string> { ["en"] = "RLVR" }),
        };
        return new Corpus(
            [
                Doc("en", "en", "original", ("en-0001", "intro", "2025 was a year of progress in LLMs."), ("en-0002", "shift-1", "Reinforcement Learning from Verifiable Rewards emerged.")),
                Doc("es", "es", "retelling", ("es-0001", "intro", "2025 fue un a\u00f1o de progreso en los LLM."), ("es-0002", "shift-1", "Surgi\u00f3 el aprendizaje por refuerzo con recompensas verificables."), ("es-0003", "shift-1", "Nota del autor.")),
                Doc("zh", "zh", "translation", ("zh-0001", "intro", "2025\u5e74\u662f\u5927\u8bed\u8a00\u6a21\u578b\u8fdb\u6b65\u7684\u4e00\u5e74\u3002"), ("zh-0002", "shift-1", "\u53ef\u9a8c\u8bc1\u5956\u52b1\u7684\u5f3a\u5316\u5b66\u4e60\u51fa\u73b0\u4e86\u3002")),
            ],
            sections);
    }

    public static AlignmentResult Align() => new(
    [
        new AlignmentGroup("g-intro-01", "intro", ["en-0001", "es-0001", "zh-0001"], 0.93, "year 2025, LLM"),
        new AlignmentGroup("g-shift-1-01", "shift-1", ["en-0002", "es-0002", "zh-0002"], 0.88, "RLVR terms"),
        new AlignmentGroup("g-shift-1-02", "shift-1", ["es-0003"], 1, "only in es"),
    ]);

    private static Document Doc(string id, string lang, string kind, params (string Id, string Section, string Text)[] units) => new()
    {
        Id = id,
        Lang = lang,
        Kind = kind,
        Title = $"Test {id}",
        Source = $"{id}.md",
        Units = units.Select((u, i) => new Unit(u.Id, id, lang, u.Section, i, u.Text)).ToList(),
    };
}
