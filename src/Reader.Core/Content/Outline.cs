namespace Reader.Core.Content;

/// <summary>The article's sections (<c>outline.json</c>): ids, titles per language, and the cues that open or identify them.</summary>
public sealed record Outline
{
    /// <summary>Languages of the article set, ISO 639-1.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public IReadOnlyList<OutlineSection> Sections { get; init; } = [];

    /// <summary>The first section, used for text before any section opens.</summary>
    public string FirstSection => Sections.Count > 0 ? Sections[0].Id : "intro";
}

/// <summary>One section of the outline.</summary>
public sealed record OutlineSection
{
    public string Id { get; init; } = "";

    /// <summary>Number of the section in numbered headings or items (1 for <c>1. …</c>), if numbered.</summary>
    public int? Number { get; init; }

    public IReadOnlyDictionary<string, string> Titles { get; init; } = new Dictionary<string, string>();

    /// <summary>Per language, texts that open this section when a sentence, paragraph or heading starts with them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Markers { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Per language (and <c>any</c> for all), terms that show a sentence talks about this section.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<string> MarkersFor(string lang) =>
        Markers.TryGetValue(lang, out var m) ? m : [];

    /// <summary>Keywords for <paramref name="lang"/> plus the language-neutral ones.</summary>
    public IEnumerable<string> KeywordsFor(string lang) =>
        (Keywords.TryGetValue("any", out var any) ? any : [])
        .Concat(Keywords.TryGetValue(lang, out var own) ? own : []);
}
