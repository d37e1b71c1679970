using Reader.Core.Content;
using Reader.Core.Ingestion.Parsing;

namespace Reader.Core.Ingestion;

/// <summary>The parts of a source file around its article text: front matter, header lines, loader boilerplate, and the slices that make its documents.</summary>
public sealed class SourceLayout
{
    private readonly string[] _lines;

    private SourceLayout(string[] lines, IReadOnlyDictionary<string, string> metadata)
    {
        _lines = lines;
        Metadata = metadata;
    }

    /// <summary>Front matter and header values found in the source.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>Separates front matter and header lines and drops the boilerplate tail.</summary>
    public static SourceLayout Read(string text, SourceEntry source)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        if (source.Format == SourceFormat.Markdown)
        {
            var (yaml, body) = MarkdownBlockReader.SplitFrontMatter(text);
            if (yaml is not null)
            {
                foreach (var (key, value) in FrontMatter.Parse(yaml))
                {
                    metadata[key] = value;
                }
                text = body;
            }
        }
        var lines = text.Split('\n').ToList();
        var cut = lines.FindIndex(l => source.Boilerplate.Any(b => l.TrimStart().StartsWith(b, StringComparison.Ordinal)));
        if (cut >= 0)
        {
            lines.RemoveRange(cut, lines.Count - cut);
        }
        var header = 0;
        for (var i = 0; i < lines.Count && header < source.Header.Count; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }
            metadata[source.Header[header++]] = lines[i].Trim();
            lines[i] = "";
        }
        return new SourceLayout(lines.ToArray(), metadata);
    }

    /// <summary>The text of one document: the lines after <c>from</c> and before <c>until</c>; a missing marker is reported, not fatal.</summary>
    public string Slice(DocumentEntry document, ICollection<string> warnings)
    {
        var start = 0;
        var end = _lines.Length;
        if (document.From is { } from)
        {
            var at = Array.FindIndex(_lines, l => l.Contains(from, StringComparison.Ordinal));
            if (at < 0)
            {
                warnings.Add($"{document.Id}: start marker '{from}' not found; the whole source is used");
            }
            else
            {
                start = at + 1;
            }
        }
        if (document.Until is { } until)
        {
            var at = Array.FindIndex(_lines, start, l => l.Contains(until, StringComparison.Ordinal));
            if (at < 0)
            {
                warnings.Add($"{document.Id}: end marker '{until}' not found; the source is read to its end");
            }
            else
            {
                end = at;
            }
        }
        var lines = _lines[start..end];
        // A source that writes one paragraph per line gets blank lines between them, as Markdown expects.
        return string.Join(document.LineBreaks == "paragraph" ? "\n\n" : "\n", lines);
    }
}
