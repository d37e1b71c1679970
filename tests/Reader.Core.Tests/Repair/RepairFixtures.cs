namespace Reader.Core.Tests.Repair;

/// <summary>The clean texts beside these tests (written for them), one per language.</summary>
internal static class RepairFixtures
{
    public static readonly string[] Languages = ["zh", "ja", "ru", "es", "pt", "nl", "en"];

    public static string Clean(string lang) =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Reader.Core.Tests", "Repair", "Fixtures", lang + ".txt"));

    /// <summary>A longer clean text of <c>Fixtures/paragraphs</c>, for tests that damage a part of it.</summary>
    public static string Paragraphs(string name) =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Reader.Core.Tests", "Repair", "Fixtures", "paragraphs", name + ".txt"));
}
