namespace Reader.Search.Tests.Evaluation;

/// <summary>One evaluation question with the section its answer is in.</summary>
internal sealed record EvaluationQuestion(string Lang, string Section, string Question)
{
    public override string ToString() => $"[{Lang}] {Question}";
}

/// <summary>Loads Evaluation/questions.tsv and scores a search index on it.</summary>
internal static class EvaluationSet
{
    public static IReadOnlyList<EvaluationQuestion> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Evaluation", "questions.tsv");
        return File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => new EvaluationQuestion(p[0], p[1], p[2]))
            .ToList();
    }

    /// <summary>The rank (1-based) of the first of the top <paramref name="k"/> hits in the expected section, or null.</summary>
    public static int? RankOfSection(SearchIndex index, EvaluationQuestion question, int k = 5)
    {
        var hits = index.Search(question.Question, new SearchRequest(Top: k)).Hits.Take(k).ToList();
        var at = hits.FindIndex(h => h.Unit.Section == question.Section);
        return at < 0 ? null : at + 1;
    }
}
