using System.Text.Json;

namespace Reader.Council.Tests;

/// <summary>The question set in Fixtures/questions.json: a question, its language, and the section that answers it (null: the article cannot).</summary>
internal sealed record QuestionCase(string Lang, string? Section, string Question)
{
    public static IReadOnlyList<QuestionCase> Load() =>
        JsonSerializer.Deserialize<List<QuestionCase>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "questions.json")),
            new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    public override string ToString() => $"[{Lang}] {Question}";
}
