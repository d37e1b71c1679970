using Xunit.Abstractions;

namespace Reader.Search.Tests.Evaluation;

public sealed class EvaluationTests(ITestOutputHelper output)
{
    // Measured on this repository's corpus; a drop below it means ranking got worse.
    private const double HitAt5Floor = 0.90;

    [Fact]
    public void The_evaluation_set_covers_every_language_with_at_least_25_questions()
    {
        var questions = EvaluationSet.Load();

        Assert.True(questions.Count >= 25, $"{questions.Count} questions");
        Assert.Equal(["en", "es", "nl", "pt", "zh"], questions.Select(q => q.Lang).Distinct().Order());
    }

    [Fact]
    public void The_expected_section_is_in_the_top_five_for_most_questions()
    {
        using var index = SearchIndex.Open(RepoContent.Corpus, null, SearchIndexOptions.InMemory);
        var questions = EvaluationSet.Load();

        var ranks = questions.Select(q => (Question: q, Rank: EvaluationSet.RankOfSection(index, q))).ToList();

        foreach (var (question, rank) in ranks.Where(r => r.Rank is not 1))
        {
            output.WriteLine($"{(rank is null ? "MISS" : $"rank {rank}")}  {question.Section,-10} {question}");
        }
        foreach (var byLang in ranks.GroupBy(r => r.Question.Lang))
        {
            output.WriteLine($"{byLang.Key}: hit@5 {byLang.Count(r => r.Rank is not null)}/{byLang.Count()}");
        }
        var ownLanguageFirst = questions.Count(q => index.Search(q.Question).Hits.FirstOrDefault()?.Unit.Lang == q.Lang);
        output.WriteLine($"first hit in the question's language: {ownLanguageFirst}/{questions.Count}");
        var hitAt5 = ranks.Count(r => r.Rank is not null) / (double)ranks.Count;
        var hitAt1 = ranks.Count(r => r.Rank is 1) / (double)ranks.Count;
        output.WriteLine($"hit@5 {hitAt5:P1}, hit@1 {hitAt1:P1} over {ranks.Count} questions");
        Assert.True(hitAt5 >= HitAt5Floor, $"hit@5 {hitAt5:P1} is below the floor {HitAt5Floor:P0}");
    }
}
