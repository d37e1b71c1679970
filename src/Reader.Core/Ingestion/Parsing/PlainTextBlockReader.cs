using System.Text.RegularExpressions;

namespace Reader.Core.Ingestion.Parsing;

/// <summary>Reads plain text: blocks are separated by blank lines; lines that start with a bullet or number are list items.</summary>
public sealed partial class PlainTextBlockReader : IBlockReader
{
    public IReadOnlyList<SourceBlock> Read(string text)
    {
        var blocks = new List<SourceBlock>();
        var listId = 0;
        foreach (var chunk in BlankLines().Split(text))
        {
            var lines = chunk.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            if (lines.Count == 0)
            {
                continue;
            }
            if (lines.All(l => ListMarker().IsMatch(l)))
            {
                foreach (var line in lines)
                {
                    var match = ListMarker().Match(line);
                    int? number = int.TryParse(match.Groups["num"].Value, out var n) ? n : null;
                    blocks.Add(new SourceBlock(BlockKind.ListItem, line[match.Length..].Trim(), number, false, listId));
                }
                listId++;
                continue;
            }
            blocks.Add(new SourceBlock(BlockKind.Paragraph, string.Join(' ', lines)));
        }
        return blocks;
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^(?:[\u2022\u00B7\u25B8\u25AA\-\*]|(?<num>\d{1,2})[.)])\s+")]
    private static partial Regex ListMarker();
}
