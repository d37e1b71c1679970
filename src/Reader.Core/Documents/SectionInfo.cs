namespace Reader.Core.Documents;

/// <summary>A section of the article (e.g. <c>shift-3</c>) with its title in each language.</summary>
public sealed record SectionInfo(string Id, IReadOnlyDictionary<string, string> Titles)
{
    /// <summary>The title in <paramref name="lang"/>, falling back to English, then the id.</summary>
    public string TitleIn(string lang) =>
        Titles.TryGetValue(lang, out var t) ? t : Titles.TryGetValue("en", out var en) ? en : Id;
}
