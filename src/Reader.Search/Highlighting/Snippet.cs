using System.Net;
using System.Text;

namespace Reader.Search.Highlighting;

/// <summary>An excerpt of a unit's text with the spans that matched the query.</summary>
/// <param name="Text">The excerpt, plain text.</param>
/// <param name="Marks">Matched spans within <paramref name="Text"/>, in order, not overlapping.</param>
/// <param name="CutBefore">The unit's text goes on before the excerpt.</param>
/// <param name="CutAfter">The unit's text goes on after the excerpt.</param>
public sealed record Snippet(string Text, IReadOnlyList<TextSpan> Marks, bool CutBefore, bool CutAfter)
{
    private const string Ellipsis = "\u2026";

    /// <summary>The excerpt with each match wrapped in <paramref name="open"/>/<paramref name="close"/>, and <c>…</c> where text was cut; <paramref name="encode"/> escapes the plain parts.</summary>
    public string Render(string open, string close, Func<string, string>? encode = null)
    {
        encode ??= s => s;
        var builder = new StringBuilder();
        if (CutBefore)
        {
            builder.Append(Ellipsis);
        }
        var at = 0;
        foreach (var mark in Marks)
        {
            builder.Append(encode(Text[at..mark.Start])).Append(open)
                .Append(encode(Text[mark.Start..mark.End])).Append(close);
            at = mark.End;
        }
        builder.Append(encode(Text[at..]));
        if (CutAfter)
        {
            builder.Append(Ellipsis);
        }
        return builder.ToString();
    }

    /// <summary>An HTML fragment: the text escaped, matches in <c>&lt;mark&gt;</c>; safe to insert as markup.</summary>
    public string ToHtml() => Render("<mark>", "</mark>", WebUtility.HtmlEncode);
}

/// <summary>A half-open range of UTF-16 offsets [<paramref name="Start"/>, <paramref name="End"/>).</summary>
public readonly record struct TextSpan(int Start, int End);
