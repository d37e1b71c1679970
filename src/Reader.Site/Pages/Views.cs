namespace Reader.Site.Pages;

// View models handed to the Liquid templates (member names are camelCase there). Hrefs are relative to the site root;
// templates prefix them with {{ root }}.

/// <summary>A language the site can switch to.</summary>
public sealed record LanguageView(string Code, string Tag, string Name);

/// <summary>A version (document) of the article.</summary>
public sealed record VersionView(string Id, string Lang, string Tag, string Kind, string Title, string Source, string? Origin, int Units, string ReaderHref);

/// <summary>A paragraph of one version.</summary>
public sealed record UnitView(string Id, string Anchor, string DocumentId, string Lang, string Text, string ReaderHref);

/// <summary>One version's units inside a group.</summary>
public sealed record GroupVersionView(string DocumentId, string Lang, string Tag, IReadOnlyList<UnitView> Units);

/// <summary>An alignment group shown as a claim card or a compare row.</summary>
public sealed record GroupView(string Id, string Anchor, int Number, string Section, IReadOnlyList<GroupVersionView> Versions, string CompareHref);

/// <summary>A shift section with its titles, claim count and per-language coverage.</summary>
public sealed record ShiftView(string Id, int Number, string Title, IReadOnlyList<TitleView> Titles, string Href, int Claims, IReadOnlyList<CoverageView> Coverage);

public sealed record TitleView(string Lang, string Text);

/// <summary>How many of a section's groups carry a language.</summary>
public sealed record CoverageView(string Lang, string Tag, int Groups, double Share);

/// <summary>A link in the site navigation.</summary>
public sealed record NavItem(string Key, string Label, string Href);

/// <summary>Values every page template sees as <c>site</c>.</summary>
public sealed record SiteView(string Title, IReadOnlyList<NavItem> Nav, IReadOnlyList<ShiftView> Shifts, IReadOnlyList<LanguageView> Languages, IReadOnlyList<VersionView> Versions, bool HasSearch);
