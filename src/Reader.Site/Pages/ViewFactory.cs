using System.Globalization;
using System.Text;
using Reader.Core.Documents;
using Reader.Site.Model;

namespace Reader.Site.Pages;

/// <summary>Builds the view models the pages share from the site lookups.</summary>
public sealed class ViewFactory
{
    /// <summary>Compare shows two to five versions at once.</summary>
    public const int MinCompared = 2;
    public const int MaxCompared = 5;

    private readonly SiteLookup _lookup;
    private readonly Dictionary<string, int> _groupNumber;

    public ViewFactory(SiteLookup lookup)
    {
        _lookup = lookup;
        _groupNumber = lookup.Corpus.Sections
            .SelectMany(s => lookup.GroupsIn(s.Id).Select((g, i) => (g.Id, Number: i + 1)))
            .Concat(lookup.Groups.Where(g => lookup.Corpus.Sections.All(s => s.Id != g.Section)).Select((g, i) => (g.Id, Number: i + 1)))
            .ToDictionary(x => x.Id, x => x.Number, StringComparer.Ordinal);
        Languages = lookup.Languages.Select(l => new LanguageView(l, l.ToUpperInvariant(), NativeName(l))).ToList();
        Versions = lookup.Documents.Select(Version).ToList();
    }

    public IReadOnlyList<LanguageView> Languages { get; }

    public IReadOnlyList<VersionView> Versions { get; }

    public static string UnitAnchor(string unitId) => "u-" + Slug(unitId);

    public static string GroupAnchor(string groupId) => "g-" + Slug(groupId);

    public static string ReaderHref(string documentId) => $"reader/{Slug(documentId)}.html";

    public static string ShiftHref(string sectionId) => $"shifts/{Slug(sectionId)}.html";

    public string Tag(Document document) => Tag(_lookup.Corpus.Documents, document);

    /// <summary>The language code, plus the kind when another version shares the language (<c>ZH · summary</c>).</summary>
    public static string Tag(IReadOnlyList<Document> documents, Document document) =>
        documents.Count(d => d.Lang == document.Lang) > 1
            ? $"{document.Lang.ToUpperInvariant()} \u00B7 {document.Kind}"
            : document.Lang.ToUpperInvariant();

    public GroupView Group(SiteGroup group)
    {
        var versions = _lookup.UnitsOf(group)
            .GroupBy(u => u.DocumentId)
            .Select(g =>
            {
                var document = _lookup.Corpus.GetDocument(g.Key);
                return new GroupVersionView(document.Id, document.Lang, Tag(document), g.Select(Unit).ToList());
            })
            .ToList();
        return new GroupView(group.Id, GroupAnchor(group.Id), _groupNumber.GetValueOrDefault(group.Id), group.Section, versions, CompareHref(group, versions));
    }

    public UnitView Unit(Unit unit) =>
        new(unit.Id, UnitAnchor(unit.Id), unit.DocumentId, unit.Lang, unit.Text, ReaderHref(unit.DocumentId) + "#" + UnitAnchor(unit.Id));

    public ShiftView Shift(SectionInfo section, int number)
    {
        var groups = _lookup.GroupsIn(section.Id).ToList();
        var coverage = _lookup.Languages
            .Select(lang =>
            {
                var count = groups.Count(g => g.UnitIds.Any(id => _lookup.Corpus.GetUnit(id).Lang == lang));
                return new CoverageView(lang, lang.ToUpperInvariant(), count, groups.Count == 0 ? 0 : (double)count / groups.Count);
            })
            .ToList();
        var titles = _lookup.Languages
            .Where(section.Titles.ContainsKey)
            .Select(l => new TitleView(l, section.Titles[l]))
            .ToList();
        return new ShiftView(section.Id, number, section.TitleIn("en"), titles, ShiftHref(section.Id), groups.Count, coverage);
    }

    private VersionView Version(Document d) =>
        new(d.Id, d.Lang, Tag(d), d.Kind, d.Title, d.Source, d.Origin, d.Units.Count, ReaderHref(d.Id));

    /// <summary>Compare the versions the group has (at most five), topped up in manifest order to at least three.</summary>
    private string CompareHref(SiteGroup group, IReadOnlyList<GroupVersionView> versions)
    {
        var chosen = versions.Select(v => v.DocumentId).Take(MaxCompared).ToList();
        chosen.AddRange(_lookup.Documents.Select(d => d.Id).Except(chosen).Take(Math.Max(0, 3 - chosen.Count)));
        return $"compare.html?v={string.Join(',', chosen.Select(Uri.EscapeDataString))}#{GroupAnchor(group.Id)}";
    }

    private static string NativeName(string lang)
    {
        try
        {
            var name = CultureInfo.GetCultureInfo(lang).NativeName;
            return name.Length > 0 ? char.ToUpper(name[0], CultureInfo.GetCultureInfo(lang)) + name[1..] : lang;
        }
        catch (CultureNotFoundException)
        {
            return lang;
        }
    }

    /// <summary>Ids and file names keep letters, digits, '-' and '_' only.</summary>
    public static string Slug(string id)
    {
        var slug = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }
        return slug.ToString();
    }
}
