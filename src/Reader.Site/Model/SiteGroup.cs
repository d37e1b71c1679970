namespace Reader.Site.Model;

/// <summary>One alignment group as the site shows it: the units that say the same thing across versions.</summary>
/// <param name="Id">Stable group id, used in anchors (<c>#g-{id}</c>).</param>
/// <param name="Section">The section the group belongs to.</param>
/// <param name="UnitIds">The units of the group, in any order.</param>
public sealed record SiteGroup(string Id, string Section, IReadOnlyList<string> UnitIds);
