using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Reader.Core.Ingestion.Parsing;

/// <summary>Reads Markdown with Markdig: headings, paragraphs, list items and quotes become plain-text blocks, markup dropped, link and image text kept.</summary>
public sealed class MarkdownBlockReader : IBlockReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UseCjkFriendlyEmphasis().Build();

    private int _nextListId;

    /// <summary>Splits off a YAML front matter block, returning its raw YAML (or null) and the rest of the text.</summary>
    public static (string? Yaml, string Body) SplitFrontMatter(string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        if (document.Count > 0 && document[0] is YamlFrontMatterBlock front)
        {
            var yaml = string.Join('\n', front.Lines.Lines.Take(front.Lines.Count).Select(l => l.ToString()));
            var end = Math.Min(text.Length, front.Span.End + 1);
            return (yaml, text[end..]);
        }
        return (null, text);
    }

    public IReadOnlyList<SourceBlock> Read(string text)
    {
        var blocks = new List<SourceBlock>();
        foreach (var block in Markdown.Parse(text, Pipeline))
        {
            Visit(block, blocks);
        }
        return blocks;
    }

    private void Visit(Block block, List<SourceBlock> blocks)
    {
        switch (block)
        {
            case YamlFrontMatterBlock or ThematicBreakBlock or HtmlBlock or LinkReferenceDefinitionGroup:
                break;
            case HeadingBlock heading:
                Add(blocks, BlockKind.Heading, heading.Inline, number: null);
                break;
            case ParagraphBlock paragraph:
                Add(blocks, BlockKind.Paragraph, paragraph.Inline, number: null);
                break;
            case ListBlock list:
                var listId = _nextListId++;
                var number = list.IsOrdered && int.TryParse(list.OrderedStart, out var start) ? start : (int?)null;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var (itemText, linkOnly) = ContainerText(item);
                    if (itemText.Length > 0)
                    {
                        blocks.Add(new SourceBlock(BlockKind.ListItem, itemText, number, linkOnly, listId));
                    }
                    number++;
                }
                break;
            case QuoteBlock quote:
                var (quoteText, quoteLinks) = ContainerText(quote);
                if (quoteText.Length > 0)
                {
                    blocks.Add(new SourceBlock(BlockKind.Quote, quoteText, null, quoteLinks));
                }
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                var code = string.Join('\n', leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.ToString())).Trim();
                if (code.Length > 0)
                {
                    blocks.Add(new SourceBlock(BlockKind.Paragraph, code));
                }
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Visit(child, blocks);
                }
                break;
        }
    }

    private static void Add(List<SourceBlock> blocks, BlockKind kind, ContainerInline? inline, int? number)
    {
        var flattener = new InlineFlattener();
        flattener.Append(inline);
        var text = flattener.Text;
        if (text.Length > 0)
        {
            blocks.Add(new SourceBlock(kind, text, number, flattener.LinkOnly));
        }
    }

    // Paragraphs inside a list item or quote, one per line.
    private static (string Text, bool LinkOnly) ContainerText(ContainerBlock container)
    {
        var parts = new List<string>();
        var linkOnly = true;
        foreach (var leaf in container.Descendants<LeafBlock>())
        {
            var flattener = new InlineFlattener();
            if (leaf.Inline is not null)
            {
                flattener.Append(leaf.Inline);
            }
            else
            {
                flattener.AppendRaw(string.Join('\n', leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.ToString())));
            }
            if (flattener.Text.Length > 0)
            {
                parts.Add(flattener.Text);
                linkOnly &= flattener.LinkOnly;
            }
        }
        return (string.Join('\n', parts), parts.Count > 0 && linkOnly);
    }

    /// <summary>Plain text of inlines: emphasis dropped, link and image text kept, hard breaks as new lines.</summary>
    private sealed class InlineFlattener
    {
        private readonly StringBuilder _text = new();
        private bool _sawLink;
        private bool _sawText;

        public string Text => Clean(_text.ToString());

        /// <summary>True when the inlines held links and nothing but punctuation or symbols around them.</summary>
        public bool LinkOnly => _sawLink && !_sawText;

        public void AppendRaw(string raw)
        {
            _text.Append(raw);
            _sawText |= raw.Any(char.IsLetterOrDigit);
        }

        public void Append(Inline? inline)
        {
            switch (inline)
            {
                case null:
                    return;
                case LiteralInline literal:
                    var s = literal.Content.ToString();
                    _text.Append(s);
                    _sawText |= s.Any(char.IsLetterOrDigit);
                    return;
                case CodeInline code:
                    _text.Append(code.Content);
                    _sawText = true;
                    return;
                case LineBreakInline lineBreak:
                    AppendBreak(lineBreak.IsHard);
                    return;
                case AutolinkInline autolink:
                    _text.Append(autolink.Url);
                    _sawLink = true;
                    return;
                case HtmlEntityInline entity:
                    _text.Append(entity.Transcoded.ToString());
                    return;
                case HtmlInline:
                    return;
                case LinkInline link:
                    var inner = new InlineFlattener();
                    foreach (var child in link)
                    {
                        inner.Append(child);
                    }
                    _text.Append(inner._text);
                    _sawLink = true;
                    return;
                case ContainerInline container:
                    foreach (var child in container)
                    {
                        Append(child);
                    }
                    return;
            }
        }

        private void AppendBreak(bool hard)
        {
            if (hard)
            {
                _text.Append('\n');
                return;
            }
            // A soft break between two CJK characters is not a space in the language.
            var before = _text.Length > 0 ? _text[^1] : ' ';
            _text.Append(Languages.IsCjkChar(before) ? "\u0001" : " ");
        }

        private static string Clean(string text)
        {
            var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
            var joined = string.Join('\n', lines);
            // Resolve the deferred soft breaks: nothing between CJK characters, a space otherwise.
            var sb = new StringBuilder(joined.Length);
            for (var i = 0; i < joined.Length; i++)
            {
                if (joined[i] != '\u0001')
                {
                    sb.Append(joined[i]);
                    continue;
                }
                var next = i + 1 < joined.Length ? joined[i + 1] : ' ';
                if (!Languages.IsCjkChar(next))
                {
                    sb.Append(' ');
                }
            }
            return sb.ToString();
        }
    }
}
