using Lucene.Net.Analysis;
using Reader.Search.Languages;

namespace Reader.Search.Highlighting;

/// <summary>
/// Marks the words of a text whose analysed terms the query looked for, using the same analyzer as the
/// index (so <c>agents</c> is marked for a query <c>agent</c>), and cuts a window around the densest matches.
/// </summary>
public static class SnippetBuilder
{
    /// <summary>Default excerpt length in characters.</summary>
    public const int DefaultLength = 240;

    // Context kept before the first match of the window so that it does not open mid-thought.
    private const int Lead = 40;

    public static Snippet Build(
        string text, Analyzer analyzer, string field, IReadOnlySet<string> terms, int maxLength = DefaultLength)
    {
        var marks = terms.Count == 0 ? [] : Marks(text, AnalyzedToken.Analyze(analyzer, field, text), terms);
        if (text.Length <= maxLength)
        {
            return new Snippet(text, marks, false, false);
        }
        var start = WindowStart(text, marks, maxLength);
        var end = SnapEnd(text, Math.Min(text.Length, start + maxLength));
        var inWindow = marks
            .Where(m => m.Start >= start && m.End <= end)
            .Select(m => new TextSpan(m.Start - start, m.End - start))
            .ToList();
        return new Snippet(text[start..end], inWindow, start > 0, end < text.Length);
    }

    /// <summary>Spans of tokens whose term is wanted; overlapping or touching spans (Chinese bigrams) are merged.</summary>
    internal static IReadOnlyList<TextSpan> Marks(string text, IReadOnlyList<AnalyzedToken> tokens, IReadOnlySet<string> terms)
    {
        var spans = tokens
            .Where(t => terms.Contains(t.Term) && t.Start < t.End && t.End <= text.Length)
            .Select(t => new TextSpan(t.Start, t.End))
            .OrderBy(s => s.Start)
            .ToList();
        var merged = new List<TextSpan>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, span.End) };
            }
            else
            {
                merged.Add(span);
            }
        }
        return merged;
    }

    /// <summary>The start of the window of <paramref name="length"/> characters holding the most marks, a little before its first one.</summary>
    private static int WindowStart(string text, IReadOnlyList<TextSpan> marks, int length)
    {
        var best = 0;
        var bestCount = 0;
        for (var i = 0; i < marks.Count; i++)
        {
            var start = Math.Max(0, marks[i].Start - Lead);
            var count = marks.Skip(i).TakeWhile(m => m.End <= start + length).Count();
            if (count > bestCount)
            {
                (best, bestCount) = (start, count);
            }
        }
        return SnapStart(text, Math.Min(best, Math.Max(0, text.Length - length)));
    }

    /// <summary>Moves a cut forward to just after a space when one is near, else to a whole character.</summary>
    private static int SnapStart(string text, int start)
    {
        if (start == 0)
        {
            return 0;
        }
        var limit = Math.Min(text.Length, start + 15);
        for (var i = start; i < limit; i++)
        {
            if (char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }
        return char.IsLowSurrogate(text[start]) ? start + 1 : start;
    }

    /// <summary>Moves a cut back to a space when one is near, else to a whole character.</summary>
    private static int SnapEnd(string text, int end)
    {
        if (end >= text.Length)
        {
            return text.Length;
        }
        var limit = Math.Max(1, end - 15);
        for (var i = end; i > limit; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }
        return char.IsLowSurrogate(text[end]) ? end - 1 : end;
    }
}
