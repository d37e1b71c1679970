using System.Text.Json;
using Reader.Core.Documents;

namespace Reader.Core.Content;

/// <summary>An article set on disk: <c>sources/</c>, <c>sources.json</c> and <c>outline.json</c>, validated.</summary>
public sealed class ContentSet
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private ContentSet(string root, SourceManifest manifest, Outline outline)
    {
        Root = root;
        Manifest = manifest;
        Outline = outline;
    }

    /// <summary>The article set's folder.</summary>
    public string Root { get; }

    public SourceManifest Manifest { get; }

    public Outline Outline { get; }

    /// <summary>Full path of a source file named in the manifest.</summary>
    public string SourcePath(SourceEntry source) => Path.Combine(Root, "sources", source.File);

    /// <summary>Sections as the domain sees them.</summary>
    public IReadOnlyList<SectionInfo> SectionInfos =>
        Outline.Sections.Select(s => new SectionInfo(s.Id, s.Titles)).ToList();

    /// <summary>Loads and validates an article set; every problem is a <see cref="ReaderInputException"/>.</summary>
    public static ContentSet Load(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new ReaderInputException($"content folder '{root}' does not exist");
        }
        var manifest = ReadJson<SourceManifest>(Path.Combine(root, "sources.json"));
        var outline = ReadJson<Outline>(Path.Combine(root, "outline.json"));
        var set = new ContentSet(Path.GetFullPath(root), manifest, outline);
        set.Validate();
        return set;
    }

    private static T ReadJson<T>(string path)
    {
        if (!File.Exists(path))
        {
            throw new ReaderInputException($"'{path}' is missing");
        }
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), JsonOptions)
                ?? throw new ReaderInputException($"'{path}' is empty");
        }
        catch (JsonException ex)
        {
            throw new ReaderInputException($"'{path}' is not valid: {ex.Message}", ex);
        }
    }

    private void Validate()
    {
        var languages = Outline.Languages.ToHashSet(StringComparer.Ordinal);
        if (languages.Count == 0)
        {
            throw new ReaderInputException("outline.json lists no languages");
        }
        var unknown = languages.Where(l => !Languages.IsSupported(l)).ToList();
        if (unknown.Count > 0)
        {
            throw new ReaderInputException($"outline.json: unsupported language '{unknown[0]}' (supported: {string.Join(", ", Languages.Supported)})");
        }
        if (Outline.Sections.Count == 0)
        {
            throw new ReaderInputException("outline.json lists no sections");
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in Manifest.Sources)
        {
            if (string.IsNullOrWhiteSpace(source.File) || source.File.Contains('/') || source.File.Contains('\\'))
            {
                throw new ReaderInputException($"sources.json: '{source.File}' is not a file name under sources/");
            }
            if (!File.Exists(SourcePath(source)))
            {
                throw new ReaderInputException($"sources.json names '{source.File}', which is not in {Path.Combine(Root, "sources")}");
            }
            foreach (var doc in source.Documents)
            {
                if (!languages.Contains(doc.Lang))
                {
                    throw new ReaderInputException($"sources.json: document '{doc.Id}' has unknown language '{doc.Lang}' (the outline has {string.Join(", ", languages)})");
                }
                if (string.IsNullOrWhiteSpace(doc.Id) || !ids.Add(doc.Id))
                {
                    throw new ReaderInputException($"sources.json: document id '{doc.Id}' is empty or used twice");
                }
                foreach (var region in doc.Regions)
                {
                    if (Outline.Sections.All(s => s.Id != region.Section))
                    {
                        throw new ReaderInputException($"sources.json: region of '{doc.Id}' names unknown section '{region.Section}'");
                    }
                }
            }
        }
        if (ids.Count == 0)
        {
            throw new ReaderInputException("sources.json lists no documents");
        }
    }
}
