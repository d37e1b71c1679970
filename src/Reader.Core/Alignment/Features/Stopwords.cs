namespace Reader.Core.Alignment.Features;

/// <summary>Function words per language: they survive translation by chance only, so they carry no alignment evidence.</summary>
internal static class Stopwords
{
    private static readonly Dictionary<string, HashSet<string>> s_lists = new(StringComparer.Ordinal)
    {
        ["en"] = Set("""
            a an the of to in on at by for from with without into onto as and or but nor not no is are was were be been
            being am do does did done have has had having it its it's this that these those there here he she they we you i
            me him her them us my your his their our which who whom whose what when where why how than then so too very
            also just about over under up down out off all any each every some such only own same other more most much
            many can could may might must shall should will would i'm we're don't isn't etc e.g i.e via yet even still
            one like get got
            """),
        ["es"] = Set("""
            el la los las un una unos unas de del al a en y o u e ni que qué es son fue fueron ser estar está están era
            se su sus lo le les por para con sin sobre entre como más menos muy ya no sí este esta estos estas ese esa
            eso esto aquel también pero sino porque cuando donde cual cuál quien quién hay ha han había sido hasta
            desde mi tu te me nos os nuestro nuestra puede pueden
            """),
        ["pt"] = Set("""
            o a os as um uma uns umas de do da dos das ao aos à às em no na nos nas e ou que é são foi foram ser estar
            está estão era se seu sua seus suas lhe lhes por para pelo pela pelos pelas com sem sobre entre como mais
            menos muito já não sim este esta estes estas esse essa isso isto aquele também mas porque quando onde qual
            quem há tem têm tinha sido até desde meu minha te me nos pode podem num numa
            """),
        ["nl"] = Set("""
            de het een en of maar niet geen is zijn was waren wordt worden werd werden ben bent heeft hebben had
            hadden van in op aan met voor door naar bij uit om over tot als dan dat die dit deze wat wie waar
            hoe er ze zij wij we je jij u hij hem haar hun ons onze mijn zich zo ook nog al te meer meest veel
            kan kunnen zal zullen moet moeten wel niet nu
            """),
        ["zh"] = Set("""
            的 了 是 在 和 与 及 也 就 都 而 着 或 这 那 其 之 所 以 为 被 把 对 从 向 让 给 这个 那个 一个 我们 你们 他们
            它们 我 你 他 她 它 们 吗 呢 吧 啊 很 更 最 又 还 并 但 却 则 于 将 会 能 要 已 已经 没有 不 上 中 里 下
            """),
    };

    public static bool Contains(string lang, string word) =>
        s_lists.TryGetValue(lang, out var set) && set.Contains(word);

    private static HashSet<string> Set(string words) =>
        new(words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
