using System.Text.Json;

namespace Reader.Council.Tests;

/// <summary>A question of a set in Fixtures/: the question, its language, and the section that answers it (null: the article cannot).</summary>
internal sealed record QuestionCase(string Lang, string? Section, string Question)
{
    /// <summary>The own set: questions the council was developed against.</summary>
    public const string OwnSet = "questions.json";

    /// <summary>
    /// Questions written apart from the council's development, by someone who saw only the article, and
    /// measured once before any change was judged on them: keep them out of tuning, or they stop telling
    /// how the council does on questions it has never seen.
    /// </summary>
    public const string HeldOutSet = "questions-heldout.json";

    /// <summary>A second held-out set, written the same way (stop 37) on other wordings and with harder traps.</summary>
    public const string HeldOutSet2 = "questions-heldout-2.json";

    public static IReadOnlyList<QuestionCase> Load(string file = OwnSet) =>
        JsonSerializer.Deserialize<List<QuestionCase>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", file)),
            new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    public override string ToString() => $"[{Lang}] {Question}";
}
