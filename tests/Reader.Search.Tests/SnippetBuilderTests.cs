using Lucene.Net.Analysis.En;
using Reader.Search.Highlighting;

namespace Reader.Search.Tests;

public sealed class SnippetBuilderTests
{
    private static readonly EnglishAnalyzer s_english = new(Lucene.Net.Util.LuceneVersion.LUCENE_48);

    private static Snippet Build(string text, int length, params string[] terms) =>
        SnippetBuilder.Build(text, s_english, "text_en", terms.ToHashSet(), length);

    [Fact]
    public void A_long_text_is_cut_around_its_matches_at_word_boundaries()
    {
        var filler = string.Concat(Enumerable.Repeat("plain filler words here ", 30));
        var text = filler + "the ghosts of jagged models " + filler;

        var snippet = Build(text, 120, "ghost", "jag");

        Assert.True(snippet.CutBefore);
        Assert.True(snippet.CutAfter);
        Assert.True(snippet.Text.Length <= 120);
        Assert.Equal(["ghosts", "jagged"], snippet.Marks.Select(m => snippet.Text[m.Start..m.End]));
        Assert.False(char.IsWhiteSpace(snippet.Text[0]));
        Assert.StartsWith("\u2026", snippet.ToHtml());
        Assert.EndsWith("\u2026", snippet.ToHtml());
    }

    [Fact]
    public void A_short_text_is_whole_and_uncut()
    {
        var snippet = Build("Ghosts, not animals.", 240, "ghost");

        Assert.Equal("Ghosts, not animals.", snippet.Text);
        Assert.False(snippet.CutBefore || snippet.CutAfter);
        Assert.Equal("<mark>Ghosts</mark>, not animals.", snippet.ToHtml());
    }

    [Fact]
    public void Html_in_the_text_is_escaped_but_marks_are_markup()
    {
        var snippet = Build("<script>alert(1)</script> ghosts & <b>", 240, "ghost");

        var html = snippet.ToHtml();

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("<mark>ghosts</mark> &amp; &lt;b&gt;", html);
    }

    [Fact]
    public void The_window_goes_to_the_densest_cluster_of_matches()
    {
        var filler = string.Concat(Enumerable.Repeat("plain filler words here ", 20));
        var text = "ghost " + filler + "ghost ghost ghost " + filler;

        var snippet = Build(text, 100, "ghost");

        Assert.Equal(3, snippet.Marks.Count);
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var text = string.Concat(Enumerable.Repeat("\U0001F600", 200)) + " ghost " + string.Concat(Enumerable.Repeat("\U0001F600", 200));

        var snippet = Build(text, 51, "ghost");

        Assert.False(char.IsLowSurrogate(snippet.Text[0]));
        Assert.False(char.IsHighSurrogate(snippet.Text[^1]));
        Assert.Single(snippet.Marks);
    }

    [Fact]
    public void Overlapping_bigram_matches_merge_into_one_mark()
    {
        var tokens = new[]
        {
            new Languages.AnalyzedToken("ab", 0, 2, 0),
            new Languages.AnalyzedToken("bc", 1, 3, 1),
            new Languages.AnalyzedToken("de", 4, 6, 3),
        };

        var marks = SnippetBuilder.Marks("abc de", tokens, new HashSet<string> { "ab", "bc", "de" });

        Assert.Equal([new TextSpan(0, 3), new TextSpan(4, 6)], marks);
    }
}
