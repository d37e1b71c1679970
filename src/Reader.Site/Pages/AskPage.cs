using Reader.Site.Model;

namespace Reader.Site.Pages;

/// <summary>Questions to the council: live through <c>/api/ask</c> when served, precomputed answers on a static host.</summary>
public sealed class AskPage : IPageSource
{
    public IEnumerable<Pipeline.SiteDocument> Pages(PageContext context)
    {
        var lookup = context.Site.Lookup;
        var answers = context.Site.Model.Answers.Select((a, i) => new
        {
            Anchor = "q-" + (i + 1),
            a.Question,
            a.Lang,
            a.Answerable,
            Paragraphs = a.Answer.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Citations = a.Citations
                .Where(c => lookup.Corpus.TryGetUnit(c.UnitId, out _))
                .Select((c, n) => new { Number = n + 1, Unit = context.Views.Unit(lookup.Corpus.GetUnit(c.UnitId)), c.Quote })
                .ToList(),
        }).ToList();
        yield return context.Page("ask.html", "pages/ask", "Ask the council", "en", "ask", "ask",
            new Dictionary<string, object?> { ["answers"] = answers },
            "assets/mode.js", "assets/ask.js");
    }
}
