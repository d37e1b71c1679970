namespace Reader.Site.Model;

/// <summary>A council answer computed at build time, shown on the static Ask page.</summary>
public sealed record SiteAnswer(
    string Question,
    string Lang,
    bool Answerable,
    string Answer,
    IReadOnlyList<SiteCitation> Citations);

/// <summary>A unit an answer cites, with the words quoted from it.</summary>
public sealed record SiteCitation(string UnitId, string Quote);
