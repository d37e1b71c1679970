using Reader.Core.Repair.Decoding;

namespace Reader.Core.Repair.Priors;

/// <summary>
/// Which rebuilt characters of a text draw boxes, tables or trees (┌──┐, ├── src), and which line piece each is. Latin-1
/// with its C1 bytes stripped leaves every one of them, like every quote and dash, a lone "â": alone, typography would
/// take each for a quote or a dash. A drawing shows in its layout: a row of such characters, a tree's branch, or a
/// column of them that reaches either; and the sides a piece joins (right and down) tell which piece it is (┌).
/// </summary>
internal static class DrawingLayout
{
    // Box drawing characters this many in a row draw a line, which quotes and dashes never do (“…” is three).
    private const int MinRow = 4;

    // A tree's branch: its fork and the line to the name (├──).
    private const int MinBranch = 3;

    /// <summary>
    /// For each line of <paramref name="lattices"/> (by line number) that draws, per slot the light line piece its
    /// drawn neighbours make it (─ between two, ┌ with one right and one below), 0 where it draws nothing. Other lines
    /// of the text, <paramref name="lineText"/> of <paramref name="lineCount"/>, are read as written. A slot's column
    /// is its index, as every slot is one character.
    /// </summary>
    public static Dictionary<int, int[]> Find(IReadOnlyDictionary<int, Lattice> lattices, Func<int, ReadOnlySpan<char>> lineText, int lineCount)
    {
        // Rows first: a row of them draws, and so does a tree's branch.
        var drawn = new Dictionary<int, bool[]>();
        foreach (var (l, lattice) in lattices)
        {
            drawn[l] = new bool[lattice.Slots.Count];
            MarkRows(l, (start, end) => (MinRow <= end - start && !FollowsSentence(l, start)) || IsTreeBranch(l, start, end));
        }
        // Then columns that reach a drawn row (the │ under ┬, a tree's trunk), and the rest of a row that holds one
        // of them (the ─ of ┌─┐); a column of bullets (• is E2 80 A2, ┢ E2 94 A2) reaches none.
        var columns = lattices.ToDictionary(
            x => x.Key,
            x => Enumerable.Range(0, x.Value.Slots.Count).Select(s => x.Value.Slots[s].Length > 1 && ReachesDrawing(x.Key, s)).ToArray());
        foreach (var (l, column) in columns)
        {
            MarkRows(l, (start, end) => Array.IndexOf(column, true, start, end - start) >= 0);
        }
        var pieces = new Dictionary<int, int[]>();
        foreach (var (l, marks) in drawn)
        {
            if (Array.IndexOf(marks, true) < 0)
            {
                continue;
            }
            var piece = new int[marks.Length];
            for (var s = 0; s < marks.Length; s++)
            {
                if (marks[s] && lattices[l].Slots[s].Length > 1)
                {
                    piece[s] = Piece(Joins(l, s, -1), Joins(l, s, 1), Draws(l, s - 1), Draws(l, s + 1));
                }
            }
            pieces[l] = piece;
        }
        return pieces;

        // Marks each run of slots that may draw, in line l, where it draws.
        void MarkRows(int l, Func<int, int, bool> draws)
        {
            var marks = drawn[l];
            var start = 0;
            for (var s = 0; s <= marks.Length; s++)
            {
                if (s < marks.Length && CanDraw(l, s))
                {
                    continue;
                }
                if (s > start && draws(start, s))
                {
                    Array.Fill(marks, true, start, s - start);
                }
                start = s + 1;
            }
        }

        // Whether the cells that may draw above and below this one reach a drawn row or a certain box drawing character.
        bool ReachesDrawing(int l, int s)
        {
            if (!CanDraw(l, s))
            {
                return false;
            }
            for (var step = -1; step <= 1; step += 2)
            {
                for (var k = l + step; CanDraw(k, s); k += step)
                {
                    if (Draws(k, s))
                    {
                        return true;
                    }
                }
            }
            return false;
        }

        // Whether a sentence or a label ends right before the slot ("tissues. ★★★★☆", "Rating: ★★★★☆"): what stands
        // there is a row of symbols, not a drawn line.
        bool FollowsSentence(int l, int s)
        {
            var before = s - 1;
            while (CharAt(l, before) == ' ')
            {
                before--;
            }
            return before < s - 1 && CharAt(l, before) is '.' or ':' or '!' or '?';
        }

        bool IsTreeBranch(int l, int start, int end)
        {
            if (end - start < MinBranch || CharAt(l, end) != ' ' || !IsName(CharAt(l, end + 1)))
            {
                return false;
            }
            for (var s = 0; s < start; s++)
            {
                if (CharAt(l, s) != ' ' && !CanDraw(l, s))
                {
                    return false;
                }
            }
            return true;
        }

        // A piece joins the one above or below unless both only run across (two rules of ─ one over the other, or the
        // ends of two branches of a tree); and the first branch of a tree (├── Repair, right under its parent's name)
        // hangs from the name above.
        bool Joins(int l, int s, int step) =>
            (Draws(l + step, s) && !(RunsAcross(l, s) && RunsAcross(l + step, s)))
            || (step < 0 && IsName(CharAt(l - 1, s)) && IsBranch(l, s));

        bool RunsAcross(int l, int s) =>
            Draws(l, s - 1) && (Draws(l, s + 1) || (CharAt(l, s + 1) == ' ' && IsName(CharAt(l, s + 2))));

        // A row that starts here and leads to a name (── Reader.Core).
        bool IsBranch(int l, int s)
        {
            if (Draws(l, s - 1) || !Draws(l, s + 1))
            {
                return false;
            }
            var end = s;
            while (Draws(l, end + 1))
            {
                end++;
            }
            return CharAt(l, end + 1) == ' ' && IsName(CharAt(l, end + 2));
        }

        // The character at a column where it is certain, else 0.
        int CharAt(int l, int s) => Cell(l, s) is [var c] ? c : 0;

        // Certain box drawing, or a rebuilt slot marked as drawing.
        bool Draws(int l, int s) => Cell(l, s) switch
        {
            [var c] => IsBoxDrawing(c),
            null => false,
            _ => drawn.TryGetValue(l, out var marks) && marks[s],
        };

        bool CanDraw(int l, int s) => Cell(l, s)?.Any(IsBoxDrawing) == true;

        // What may stand at a column: a rebuilt slot's candidates, or the one character of text as written; null
        // beyond the line or the text.
        int[]? Cell(int l, int s)
        {
            if (l < 0 || l >= lineCount || s < 0)
            {
                return null;
            }
            if (lattices.TryGetValue(l, out var lattice))
            {
                return s < lattice.Slots.Count ? lattice.Slots[s] : null;
            }
            var text = lineText(l);
            return s < text.Length ? [text[s]] : null;
        }
    }

    private static bool IsName(int c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '_' || (c > 0x7F && c <= 0xFFFF && char.IsLetterOrDigit((char)c));

    /// <summary>True for box drawing and block elements (U+2500–U+259F).</summary>
    public static bool IsBoxDrawing(int c) => c is >= 0x2500 and <= 0x259F;

    // The light line piece that joins exactly the given sides; a line where it joins one side only.
    private static int Piece(bool up, bool down, bool left, bool right) => (up, down, left, right) switch
    {
        (true, true, true, true) => '\u253C',
        (true, true, false, true) => '\u251C',
        (true, true, true, false) => '\u2524',
        (false, true, true, true) => '\u252C',
        (true, false, true, true) => '\u2534',
        (false, true, false, true) => '\u250C',
        (false, true, true, false) => '\u2510',
        (true, false, false, true) => '\u2514',
        (true, false, true, false) => '\u2518',
        (true, _, false, false) or (_, true, false, false) => '\u2502',
        _ => '\u2500',
    };
}
