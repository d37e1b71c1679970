namespace Reader.Search.Tests;

public sealed class SearchTests : IDisposable
{
    private readonly SearchIndex _index = MiniCorpus.OpenIndex();

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("en", "jagged intelligence of models", "g-ghosts")]
    [InlineData("en", "verifiable rewards", "g-rlvr")]
    [InlineData("es", "los fantasmas y la inteligencia irregular", "g-ghosts")]
    [InlineData("es", "\u00BFQu\u00E9 hace el agente con mis archivos?", "g-agents")]
    [InlineData("pt", "aprendizagem por refor\u00E7o", "g-rlvr")]
    [InlineData("pt", "pequenos aplicativos sem saber programar", "g-vibe")]
    [InlineData("nl", "bestanden en commando's in de terminal", "g-agents")]
    [InlineData("nl", "verrassend dom", "g-ghosts")] // no function word: the vocabulary decides
    [InlineData("zh", "\u6C1B\u56F4\u7F16\u7A0B", "g-vibe")]                  // 氛围编程
    [InlineData("zh", "\u4EC0\u4E48\u662F\u53EF\u9A8C\u8BC1\u5956\u52B1", "g-rlvr")] // 什么是可验证奖励
    public void A_languages_own_words_find_its_paragraph_first(string lang, string query, string group)
    {
        var response = _index.Search(query);

        var best = response.Hits[0];
        Assert.Equal(MiniCorpus.UnitId(lang, group), best.Unit.Id);
        Assert.Equal(group, best.Group);
        Assert.Equal(lang, response.Lang);
    }

    [Fact]
    public void An_english_query_returns_the_chinese_unit_of_the_matching_group()
    {
        var response = _index.Search("vibe coding", new SearchRequest(Top: 1));

        var group = Assert.Single(response.Groups);
        Assert.Equal("g-vibe", group.Id);
        Assert.Contains(group.Units, h => h.Unit.Id == MiniCorpus.UnitId("zh", "g-vibe"));
        Assert.Equal(["en", "es", "nl", "pt", "zh"], group.Units.Select(h => h.Unit.Lang).Order());
    }

    [Fact]
    public void Without_alignment_the_chinese_unit_is_not_reached_by_english_words()
    {
        using var index = MiniCorpus.OpenIndex(aligned: false);

        var response = index.Search("vibe coding", new SearchRequest(Top: 20));

        Assert.DoesNotContain(response.Hits, h => h.Unit.Lang == "zh");
        Assert.All(response.Groups, g => Assert.Single(g.Units));
        Assert.All(response.Hits, h => Assert.Equal(h.Unit.Id, h.Group));
    }

    [Fact]
    public void Each_group_lists_its_best_unit_first_then_counterparts_in_the_query_language_order()
    {
        var response = _index.Search("Claude Code terminal", new SearchRequest(Top: 1));

        var units = response.Groups[0].Units;
        Assert.Equal(units.Max(u => u.Score), units[0].Score);
        Assert.Equal(units.Select(u => u.Score).OrderDescending(), units.Select(u => u.Score));
    }

    [Fact]
    public void Groups_are_ranked_by_their_best_score_and_top_counts_groups()
    {
        var response = _index.Search("models", new SearchRequest(Top: 3));

        Assert.Equal(3, response.Groups.Count);
        Assert.Equal(response.Groups.Select(g => g.Score).OrderDescending(), response.Groups.Select(g => g.Score));
        Assert.Equal(response.Groups.Count, response.Hits.Select(h => h.Group).Distinct().Count());
    }

    [Fact]
    public void A_unit_found_only_through_its_group_has_score_zero_and_an_unmarked_snippet()
    {
        var response = _index.Search("vibe coding", new SearchRequest(Top: 1));

        var zh = response.Hits.Single(h => h.Unit.Lang == "zh");
        Assert.False(zh.Matched);
        Assert.Equal(0, zh.Score);
        Assert.Empty(zh.Snippet.Marks);
        Assert.True(response.Hits[0].Matched);
    }

    [Fact]
    public void Matched_words_are_marked_in_the_snippet_through_stemming()
    {
        var response = _index.Search("agents reading files", new SearchRequest(Lang: "en"));

        var en = response.Hits.First(h => h.Unit.Lang == "en");
        var marked = en.Snippet.Marks.Select(m => en.Snippet.Text[m.Start..m.End]).ToList();
        Assert.Contains("agent", marked);
        Assert.Contains("reads", marked);
        Assert.Contains("files", marked);
        Assert.Contains("<mark>reads</mark>", en.Snippet.ToHtml());
    }

    [Fact]
    public void A_chinese_query_is_marked_as_one_span_in_chinese_text()
    {
        var response = _index.Search("\u6C1B\u56F4\u7F16\u7A0B"); // 氛围编程

        var zh = response.Hits[0];
        Assert.Contains("<mark>\u6C1B\u56F4\u7F16\u7A0B</mark>", zh.Snippet.ToHtml());
    }

    [Fact]
    public void An_explicit_language_is_reported_and_ranks_its_paragraphs_first_among_equals()
    {
        var response = _index.Search("Claude Code", new SearchRequest(Top: 1, Lang: "nl"));

        Assert.Equal("nl", response.Lang);
        Assert.True(response.LangDetected);
        Assert.Equal("nl", response.Hits[0].Unit.Lang);
    }

    [Fact]
    public void An_unknown_explicit_language_is_a_user_error()
    {
        var error = Assert.Throws<Reader.Core.ReaderInputException>(() => _index.Search("x", new SearchRequest(Lang: "klingon")));

        Assert.Contains("klingon", error.Message);
    }

    [Fact]
    public void Concurrent_searches_on_one_index_give_the_same_answers_as_serial_ones()
    {
        string[] queries = ["vibe coding", "fantasmas", "\u6C1B\u56F4\u7F16\u7A0B", "bestanden", "recompensas verific\u00E1veis"];
        var expected = queries.ToDictionary(q => q, q => string.Join(",", _index.Search(q).Hits.Select(h => h.Unit.Id)));

        var failures = 0;
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var q = queries[i % queries.Length];
            if (string.Join(",", _index.Search(q).Hits.Select(h => h.Unit.Id)) != expected[q])
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
    }
}
