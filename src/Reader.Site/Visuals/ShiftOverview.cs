using System.Globalization;
using System.Text;
using Reader.Site.Pages;

namespace Reader.Site.Visuals;

/// <summary>
/// The home page's overview, drawn at build time: a tile per shift with an inline SVG of how many of the shift's
/// claims each language carries. Colours come from the stylesheet (<c>.lang-xx</c>), so no inline styles are needed.
/// </summary>
public static class ShiftOverview
{
    private const int RowHeight = 16;
    private const int LabelWidth = 30;
    private const int BarWidth = 150;

    public static string Svg(IReadOnlyList<ShiftView> shifts, IReadOnlyList<LanguageView> languages)
    {
        var html = new StringBuilder();
        html.Append("<ol class=\"shift-grid\">");
        foreach (var shift in shifts)
        {
            html.Append("<li class=\"shift-tile\">")
                .Append("<a href=\"").Append(Escape(shift.Href)).Append("\" class=\"shift-tile-link\">")
                .Append("<span class=\"shift-no\" aria-hidden=\"true\">").Append(shift.Number).Append("</span>")
                .Append("<span class=\"shift-title\">").Append(Escape(shift.Title)).Append("</span></a>")
                .Append(Bars(shift, languages))
                .Append("</li>");
        }
        html.Append("</ol>");
        return html.ToString();
    }

    private static string Bars(ShiftView shift, IReadOnlyList<LanguageView> languages)
    {
        var height = RowHeight * shift.Coverage.Count + 4;
        var width = LabelWidth + BarWidth + 40;
        var summary = string.Join(", ", shift.Coverage.Select(c => $"{c.Tag} {c.Groups} of {shift.Claims}"));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"coverage\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Claims per language: {Escape(summary)}\">");
        for (var i = 0; i < shift.Coverage.Count; i++)
        {
            var c = shift.Coverage[i];
            var y = i * RowHeight + 2;
            var bar = Math.Max(c.Groups > 0 ? 2 : 0, c.Share * BarWidth);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 11}\" class=\"bar-label\">{Escape(c.Tag)}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 2}\" width=\"{BarWidth}\" height=\"10\" rx=\"2\" class=\"bar-track\"/>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 2}\" width=\"{bar:0.#}\" height=\"10\" rx=\"2\" class=\"bar lang-{Escape(c.Lang)}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + BarWidth + 6}\" y=\"{y + 11}\" class=\"bar-value\">{c.Groups}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
