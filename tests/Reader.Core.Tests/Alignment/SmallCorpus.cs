using Reader.Core.Documents;

namespace Reader.Core.Tests.Alignment;

/// <summary>A hand-made five-version corpus: an English original, a Chinese translation, a Spanish retelling in
/// run-on chunks, a Dutch adaptation with a passage of its own and reordered sections, and a Chinese summary.</summary>
internal static class SmallCorpus
{
    public static Corpus Create()
    {
        var en = Doc("en", "en", "original",
            ("intro", "2025 has been a strong and eventful year of progress in LLMs, full of paradigm changes."),
            ("shift-1", "Reinforcement Learning from Verifiable Rewards (RLVR) emerged in 2025 as a new stage after pretraining and RLHF."),
            ("shift-1", "OpenAI o1 (late 2024) was the first RLVR model, but the o3 release was the point of inflection."),
            ("shift-2", "We are not evolving animals, we are summoning ghosts: a jagged intelligence."),
            ("shift-2", "I lost trust in benchmarks: training on the test set is a new art form."),
            ("shift-5", "Vibe coding: I wrote a custom BPE tokenizer in Rust without learning Rust."),
            ("conclusion", "The industry has not realized even 10% of the potential of LLMs."));
        var zh = Doc("zh", "zh", "translation",
            ("other", "\u6211\u7528Qwen3 Max\u505A\u4E86\u7FFB\u8BD1\uFF0C\u4F9B\u5927\u5BB6\u9605\u8BFB\u3002"),
            ("intro", "2025 \u5E74\uFF0C\u662F\u5927\u8BED\u8A00\u6A21\u578B\uFF08LLMs\uFF09\u53D6\u5F97\u5F3A\u52B2\u8FDB\u5C55\u7684\u4E00\u5E74\u3002"),
            ("shift-1", "\u57FA\u4E8E\u53EF\u9A8C\u8BC1\u5956\u52B1\u7684\u5F3A\u5316\u5B66\u4E60\uFF08RLVR\uFF09\u5728 2025 \u5E74\u6210\u4E3A\u65B0\u9636\u6BB5\u3002"),
            ("shift-1", "OpenAI \u7684 o1\uFF082024 \u5E74\u5E95\uFF09\u662F\u9996\u4E2A RLVR \u6A21\u578B\uFF0C"),
            ("shift-1", "\u800C o3 \u5219\u662F\u771F\u6B63\u7684\u62D0\u70B9\u3002"),
            ("shift-2", "\u6211\u4EEC\u4E0D\u662F\u5728\u8FDB\u5316\u52A8\u7269\uFF0C\u800C\u662F\u5728\u53EC\u5524\u5E7D\u7075\u3002"),
            ("shift-2", "\u6211\u5BF9\u57FA\u51C6\u6D4B\u8BD5\uFF08benchmarks\uFF09\u5931\u53BB\u4E86\u4FE1\u4EFB\u3002"),
            ("shift-5", "\u6211\u7528 vibe coding \u5199\u4E86\u4E00\u4E2A Rust BPE \u5206\u8BCD\u5668\u3002"),
            ("conclusion", "\u884C\u4E1A\u8FDC\u672A\u6316\u6398\u5176 10% \u7684\u6F5C\u529B\u3002"));
        var es = Doc("es", "es", "retelling",
            ("intro", "Karpathy acaba de publicar una revisi\u00F3n del a\u00F1o 2025 de los LLM."),
            ("shift-1", "El primer gran cambio: RLVR, aprendizaje por refuerzo a partir de recompensas verificables, se a\u00F1adi\u00F3 en 2025. El o1 de OpenAI fue el punto de partida, y el o3 fue el punto de inflexi\u00F3n."),
            ("shift-2", "El segundo gran cambio: no estamos criando animales, estamos invocando fantasmas."),
            ("shift-2", "Karpathy perdi\u00F3 la fe en los benchmarks."),
            ("shift-5", "Karpathy cre\u00F3 un tokenizador personalizado en Rust con vibe coding."),
            ("conclusion", "Ni siquiera hemos alcanzado el 10% de nuestro potencial."));
        var nl = Doc("nl", "nl", "adaptation",
            ("shift-5", "Vibe Coding: iedereen kan nu software bouwen in Rust."),
            ("other", "De LLM Council is software die meerdere modellen tegelijk bevraagt."),
            ("other", "Een voorzitter bundelt de antwoorden van de raad."),
            ("shift-2", "We zijn geen dieren aan het kweken maar geesten aan het oproepen: jagged intelligence."),
            ("conclusion", "De industrie heeft nog geen 10% van het potentieel benut."));
        var summary = Doc("zh-summary", "zh", "summary",
            ("shift-1", "RLVR\uFF08\u57FA\u4E8E\u53EF\u9A8C\u8BC1\u5956\u52B1\u7684\u5F3A\u5316\u5B66\u4E60\uFF09\u6210\u4E3A\u65B0\u9636\u6BB5\uFF0CDeepSeek R1 \u548C o3 \u662F\u4EE3\u8868\u3002"),
            ("shift-2", "\u6211\u4EEC\u53EC\u5524\u7684\u662F\u201C\u5E7D\u7075\u201D\u800C\u975E\u57F9\u517B\u201C\u52A8\u7269\u201D\u3002"));
        return new Corpus([en, zh, summary, es, nl], []);
    }

    private static Document Doc(string id, string lang, string kind, params (string Section, string Text)[] units) => new()
    {
        Id = id,
        Lang = lang,
        Kind = kind,
        Title = id,
        Source = id + ".txt",
        Units = units.Select((u, i) => new Unit($"{id}-{i:00}", id, lang, u.Section, i, u.Text)).ToList(),
    };
}
