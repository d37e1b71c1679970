namespace Reader.Core.Repair;

/// <summary>
/// Numbers and steps: the × after a number, and the arrows that lead from one number or one step to the next.
/// </summary>
internal sealed partial class PunctuationPrior
{
    private const int MultiplicationSign = 0xD7;

    // A number follows the slot, right after it or after one space.
    private bool BeforeNumber(int slot) =>
        SideAt(slot + 1) == Side.Digit || (SideAt(slot + 1) == Side.Space && SideAt(slot + 2) == Side.Digit);

    /// <summary>
    /// Whether a rebuilt slot that may be × (C3 97, which latin-1 without C1 bytes leaves as a lone "Ã" like the capitals
    /// À to ß) stands where only × does: right after a number and before no letter (2.7×, 10× the load, 1920×1080), or
    /// between spaced numbers (3 × 4).
    /// </summary>
    private bool IsTimesAt(int slot) => _times[slot] ??= OnlyTimesFits(slot);

    private bool OnlyTimesFits(int slot)
    {
        if (_slots[slot].Length == 1 || Array.IndexOf(_slots[slot], MultiplicationSign) < 0)
        {
            return false;
        }
        var left = SideAt(slot - 1);
        var right = SideAt(slot + 1);
        return (left == Side.Digit && right != Side.Word)
            || (left == Side.Space && right == Side.Space && SideAt(slot - 2) == Side.Digit && SideAt(slot + 2) == Side.Digit);
    }

    private const int Arrow = 0x2192;
    private const int EmDash = 0x2014;

    // A chain of this many spaced marks with a word or two between each is a sequence of steps, not of asides.
    private const int ChainLength = 3;
    private const int WordsPerStep = 2;

    /// <summary>
    /// Turns spaced dashes into arrows (→, which shares their bytes) where they lead from one number to another
    /// (120 ms → 45 ms), chain steps of a word or two (request → validate → send) or follow a menu path whose steps are
    /// capitalised (Tools → Paint Tools → Heal): asides hold more words and come in pairs at most.
    /// </summary>
    private void PointArrows(int[] path)
    {
        var marks = new List<int>();
        for (var s = 0; s < path.Length; s++)
        {
            if (path[s] == EmDash && _slots[s].Length > 1 && Array.IndexOf(_slots[s], Arrow) >= 0
                && SideAt(s - 1) == Side.Space && SideAt(s + 1) == Side.Space)
            {
                marks.Add(s);
            }
        }
        foreach (var s in marks)
        {
            if (NumberBefore(path, s) && s + 2 < path.Length && char.IsAsciiDigit((char)path[s + 2]))
            {
                path[s] = Arrow;
            }
        }
        var first = 0;
        for (var m = 1; m <= marks.Count; m++)
        {
            if (m < marks.Count && !IsDialogueLine && IsStep(path, marks[m - 1] + 1, marks[m]))
            {
                continue;
            }
            // A menu path names each step with a capital (Windows → Dockable Dialogs → Fonts): two marks are enough there.
            if (m - first >= ChainLength || (m - first == 2 && !IsDialogueLine && IsMenuPath(path, marks[first], marks[first + 1])))
            {
                for (var k = first; k < m; k++)
                {
                    path[marks[k]] = Arrow;
                }
            }
            first = m;
        }
    }

    // The words right before the first mark and right after the second, and the step between them, begin with capitals.
    private static bool IsMenuPath(int[] path, int firstMark, int secondMark) =>
        firstMark >= 2 && secondMark + 2 < path.Length
        && IsCapitalised(path, WordStart(path, firstMark - 2)) && IsCapitalised(path, firstMark + 2) && IsCapitalised(path, secondMark + 2);

    private static int WordStart(int[] path, int i)
    {
        while (i > 0 && path[i - 1] != ' ')
        {
            i--;
        }
        return i;
    }

    private static bool IsCapitalised(int[] path, int i) => path[i] <= 0xFFFF && char.IsUpper((char)path[i]);

    // A number ends the token before the space before slot s, or the one before that (120 ms →).
    private static bool NumberBefore(int[] path, int s)
    {
        var end = s - 1;
        for (var token = 0; token < 2; token++)
        {
            while (end >= 0 && path[end] == ' ')
            {
                end--;
            }
            if (end >= 0 && char.IsAsciiDigit((char)path[end]))
            {
                return true;
            }
            while (end >= 0 && path[end] != ' ')
            {
                end--;
            }
        }
        return false;
    }

    // Whether path holds a step in [from, to): a word or two without punctuation ("Não sei — respondeu ela." is talk).
    private static bool IsStep(int[] path, int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            if (path[i] <= 0xFFFF && char.IsPunctuation((char)path[i]))
            {
                return false;
            }
            if (path[i] != ' ' && (i == from || path[i - 1] == ' '))
            {
                count++;
            }
        }
        return count <= WordsPerStep;
    }
}
