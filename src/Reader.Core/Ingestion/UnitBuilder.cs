using Reader.Core.Documents;
using Reader.Core.Ingestion.Sectioning;
using Reader.Core.Text;

namespace Reader.Core.Ingestion;

/// <summary>
/// Turns labelled blocks into paragraph-sized units: one section per unit; a lead-in ending in a colon
/// keeps its list; fragments too short to stand alone join a neighbour; long runs are cut at sentence
/// boundaries into balanced chunks.
/// </summary>
public sealed class UnitBuilder
{
    /// <summary>Units aim at no more than this many characters.</summary>
    public const int TargetLength = 800;

    /// <summary>No unit is ever longer than this, even a single sentence is cut at a clause.</summary>
    public const int MaxLength = 1500;

    private const int FragmentLength = 40;
    private const int ListLineLength = 200;

    private readonly string _documentId;
    private readonly string _lang;
    private readonly SentenceSegmenter _segmenter;

    public UnitBuilder(string documentId, string lang)
    {
        _documentId = documentId;
        _lang = lang;
        _segmenter = new SentenceSegmenter(lang);
    }

    public IReadOnlyList<Unit> Build(IReadOnlyList<SectionedBlock> blocks)
    {
        var drafts = Merge(Segments(blocks)).SelectMany(Split);
        return UnitNumbering.InSections(_documentId, drafts.Select(draft => new Unit("", _documentId, _lang, draft.Section, 0, draft.Text)
        {
            Heading = draft.Heading,
        }));
    }

    private static IEnumerable<Draft> Segments(IReadOnlyList<SectionedBlock> blocks)
    {
        string? heading = null;
        foreach (var sectioned in blocks)
        {
            var block = sectioned.Block;
            if (block.Kind == BlockKind.Heading)
            {
                heading = heading is null ? block.Text : $"{heading} / {block.Text}";
                continue;
            }
            // Consecutive sentences with the same section make one segment, cut from the block's own text.
            var start = 0;
            for (var i = 1; i <= sectioned.Pieces.Count; i++)
            {
                if (i < sectioned.Pieces.Count && sectioned.Pieces[i].Section == sectioned.Pieces[start].Section)
                {
                    continue;
                }
                var from = sectioned.Pieces[start].Range.Start.GetOffset(block.Text.Length);
                var to = sectioned.Pieces[i - 1].Range.End.GetOffset(block.Text.Length);
                yield return new Draft(sectioned.Pieces[start].Section, block.Text[from..to].Trim(), heading, block.Kind, block.ListId);
                heading = null;
                start = i;
            }
        }
    }

    private static List<Draft> Merge(IEnumerable<Draft> segments)
    {
        var merged = new List<Draft>();
        foreach (var segment in segments)
        {
            if (merged.Count > 0 && CanJoin(merged[^1], segment))
            {
                merged[^1] = merged[^1] with
                {
                    Text = $"{merged[^1].Text}\n{segment.Text}",
                    Kind = segment.Kind,
                    ListId = segment.ListId,
                    // A lead-in keeps gathering the short lines of its list until a full paragraph comes.
                    LeadIn = merged[^1].LeadIn || EndsWithColon(merged[^1].Text),
                };
            }
            else
            {
                merged.Add(segment);
            }
        }
        return merged;
    }

    private static bool CanJoin(Draft previous, Draft next)
    {
        if (previous.Section != next.Section || next.Heading is not null || previous.Text.Length + next.Text.Length > TargetLength)
        {
            return false;
        }
        var leadIn = previous.LeadIn || EndsWithColon(previous.Text);
        var listLine = next.Kind == BlockKind.ListItem || next.Text.Length < ListLineLength;
        var sameList = previous.Kind == BlockKind.ListItem && next.Kind == BlockKind.ListItem && previous.ListId == next.ListId && previous.ListId >= 0;
        return (leadIn && listLine) || sameList || previous.Text.Length < FragmentLength || next.Text.Length < FragmentLength;
    }

    private static bool EndsWithColon(string text) => text.EndsWith(':') || text.EndsWith('\uFF1A');

    // Cuts a long draft into balanced runs of whole sentences.
    private IEnumerable<Draft> Split(Draft draft)
    {
        if (draft.Text.Length <= TargetLength)
        {
            yield return draft;
            yield break;
        }
        var sentences = _segmenter.SplitRanges(draft.Text).SelectMany(r => Clauses(draft.Text, r)).ToList();
        var chunks = (int)Math.Ceiling(draft.Text.Length / (double)TargetLength);
        var goal = draft.Text.Length / (double)chunks;
        var start = 0;
        var heading = draft.Heading;
        for (var i = 0; i < sentences.Count; i++)
        {
            var from = sentences[start].Start.GetOffset(draft.Text.Length);
            var to = sentences[i].End.GetOffset(draft.Text.Length);
            var nextTo = i + 1 < sentences.Count ? sentences[i + 1].End.GetOffset(draft.Text.Length) : -1;
            var last = i + 1 == sentences.Count;
            // Close the chunk when it reached its share, or when the next sentence would overshoot the target.
            if (last || to - from >= goal || nextTo - from > TargetLength)
            {
                yield return draft with { Text = draft.Text[from..to], Heading = heading };
                heading = null;
                start = i + 1;
            }
        }
    }

    // A sentence longer than the hard limit is cut after its last clause separator before the limit.
    private static IEnumerable<Range> Clauses(string text, Range sentence)
    {
        var (start, length) = sentence.GetOffsetAndLength(text.Length);
        while (length > MaxLength)
        {
            var window = text.AsSpan(start, MaxLength);
            var cut = window.LastIndexOfAny(";,\uFF0C\uFF1B\u3001 ");
            var take = cut > MaxLength / 2 ? cut + 1 : MaxLength;
            yield return start..(start + take);
            start += take;
            length -= take;
            while (length > 0 && text[start] == ' ')
            {
                start++;
                length--;
            }
        }
        if (length > 0)
        {
            yield return start..(start + length);
        }
    }

    private sealed record Draft(string Section, string Text, string? Heading, BlockKind Kind, int ListId, bool LeadIn = false);
}
