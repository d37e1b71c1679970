using Reader.Search.Querying;

namespace Reader.Search.Tests;

public sealed class BadQueryTests : IDisposable
{
    private readonly SearchIndex _index = MiniCorpus.OpenIndex();

    public void Dispose() => _index.Dispose();

    public static TheoryData<string?> NothingSearchable() => new()
    {
        null, "", "   ", "AND", "OR NOT", "AND OR NOT", "*", "?", "\"", "\"\"", "&& || !", "()[]{}:^~\\",
        "\u0000\u0001\u0007\u001B", "\uD800", "+-", "the of and", // English stop words only
    };

    [Theory]
    [MemberData(nameof(NothingSearchable))]
    public void Input_with_nothing_searchable_gives_no_hits_and_no_exception(string? query)
    {
        var response = _index.Search(query);

        Assert.Empty(response.Hits);
        Assert.Equal(query ?? "", response.Query);
    }

    [Theory]
    [InlineData("\"vibe coding")]            // unbalanced quote
    [InlineData("vibe coding\"")]
    [InlineData("\"vibe\" \"coding")]
    [InlineData("vibe AND coding")]
    [InlineData("NOT vibe OR coding")]
    [InlineData("vibe* cod?ng~2^3")]
    [InlineData("+vibe -coding")]
    [InlineData("text_en:vibe coding")]
    [InlineData("vibe\u0000coding\u001B[31m")]
    [InlineData("vibe\uD800 coding")]
    [InlineData("\uFF56\uFF49\uFF42\uFF45 coding")]        // full-width "vibe"
    public void Damaged_syntax_around_real_words_still_finds_them(string query)
    {
        var response = _index.Search(query, new SearchRequest(Top: 1));

        Assert.Equal("g-vibe", Assert.Single(response.Groups).Id);
    }

    [Fact]
    public void A_five_thousand_character_query_is_cut_and_searched()
    {
        var query = "vibe coding " + string.Concat(Enumerable.Repeat("lorem ipsum dolor sit amet ", 200));
        Assert.True(query.Length >= 5000);

        var response = _index.Search(query, new SearchRequest(Top: 1));

        Assert.True(response.SearchedText.Length <= QuerySanitizer.MaxChars);
        Assert.Equal("g-vibe", Assert.Single(response.Groups).Id);
    }

    [Fact]
    public void A_query_of_many_distinct_words_stays_under_lucenes_clause_limit()
    {
        var query = string.Join(" ", Enumerable.Range(0, 900).Select(i => $"w{i}")) + " fantasmas";

        var response = _index.Search(query);

        Assert.NotNull(response);
        Assert.DoesNotContain(response.Hits, h => h.Matched && h.Unit.Lang != "es" && h.Group != "g-ghosts");
    }

    [Theory]
    [InlineData("\"vibe coding\" apps", "vibe coding apps", new[] { "vibe coding" })]
    [InlineData("\"vibe coding", "vibe coding", new string[0])]
    [InlineData("a \"b c\" d \"e", "a b c d e", new[] { "b c" })]
    [InlineData("\u201Cclaude code\u201D", "claude code", new[] { "claude code" })]
    [InlineData("x AND y OR NOT z", "x y z", new string[0])]
    [InlineData("and or not", "and or not", new string[0])]
    public void The_sanitiser_keeps_words_and_balanced_phrases_only(string input, string text, string[] phrases)
    {
        var parsed = QuerySanitizer.Parse(input);

        Assert.Equal(text, parsed.Text);
        Assert.Equal(phrases, parsed.Phrases);
    }
}
