using System.Text.RegularExpressions;
using Reader.Site.Model;

namespace Reader.Site.Pages;

/// <summary>Questions to the council: live through <c>/api/ask</c> when served, precomputed answers on a static host.</summary>
public sealed partial class AskPage : IPageSource
{
    public IEnumerable<Pipeline.SiteDocument> Pages(PageContext context)
    {
        var answers = context.Site.Model.Answers.Select((a, i) => View(a, i, context)).ToList();
        yield return context.Page("ask.html", "pages/ask", "Ask the council", "en", "ask", "ask",
            new Dictionary<string, object?> { ["answers"] = answers },
            "assets/mode.js", "assets/ask.js");
    }

    /// <summary>An answer whose <c>[unit-id]</c> markers become numbered links to the cited paragraphs.</summary>
    private static object View(SiteAnswer answer, int index, PageContext context)
    {
        var corpus = context.Site.Lookup.Corpus;
        var cited = answer.Citations.Where(c => corpus.TryGetUnit(c.UnitId, out _)).ToList();
        int NumberOf(string unitId)
        {
            var at = cited.FindIndex(c => c.UnitId == unitId);
            if (at < 0)
            {
                cited.Add(new SiteCitation(unitId, ""));
                at = cited.Count - 1;
            }
            return at + 1;
        }

        var paragraphs = answer.Answer
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => Segments(p, corpus, NumberOf, context.Views))
            .ToList();
        return new
        {
            Anchor = "q-" + (index + 1),
            answer.Question,
            answer.Lang,
            answer.Answerable,
            Paragraphs = paragraphs,
            Citations = cited.Select((c, n) => new { Number = n + 1, Unit = context.Views.Unit(corpus.GetUnit(c.UnitId)), c.Quote }).ToList(),
        };
    }

    private static List<AnswerSegment> Segments(string paragraph, Reader.Core.Documents.Corpus corpus, Func<string, int> numberOf, ViewFactory views)
    {
        var segments = new List<AnswerSegment>();
        var at = 0;
        foreach (Match marker in MarkerPattern().Matches(paragraph))
        {
            if (!corpus.TryGetUnit(marker.Groups[1].Value, out var unit))
            {
                continue;
            }
            if (marker.Index > at)
            {
                segments.Add(new AnswerSegment(paragraph[at..marker.Index], null, 0));
            }
            segments.Add(new AnswerSegment("", views.Unit(unit).ReaderHref, numberOf(unit.Id)));
            at = marker.Index + marker.Length;
        }
        if (at < paragraph.Length)
        {
            segments.Add(new AnswerSegment(paragraph[at..], null, 0));
        }
        return segments;
    }

    [GeneratedRegex(@"\[([^\[\]\s]+)\]")]
    private static partial Regex MarkerPattern();
}

/// <summary>A run of answer text, or a citation marker linking to the cited paragraph.</summary>
public sealed record AnswerSegment(string Text, string? Href, int Number);
