namespace Reader.Core.Repair.Priors;

/// <summary>
/// What the words around a mark say: whether an apostrophe ends a contraction, and whether a line is dialogue
/// that opens with a dash.
/// </summary>
internal sealed partial class PunctuationPrior
{
    /// <summary>
    /// Whether the line opens with a rebuilt mark that may be a dash, before a word or an opening mark (¿, ¡) or a space,
    /// and does not open by quoting a term or eliding a word (’s Avonds); and is Spanish or Portuguese, or holds no mark
    /// after it that could close a quotation it opened (—Alguien tiene que hacerlo.).
    /// </summary>
    private bool IsDialogueLine => _dialogueLine ??= OpensWithDash(out var first) && (_dialogueDashes || !MayCloseAfter(first));

    // The most words of a quoted term (“Espaciado”, “Modo de capa”).
    private const int WordsPerTerm = 4;

    private bool OpensWithDash(out int first)
    {
        first = 0;
        while (first < _slots.Count && SideAt(first) == Side.Space)
        {
            first++;
        }
        return first < _slots.Count && _slots[first].Length > 1 && Array.IndexOf(_slots[first], 0x2014) >= 0
            && SideAt(first + 1) is Side.Word or Side.Open or Side.Space
            && !QuotesTerm(first) && !IsElision(first);
    }

    // Whether a slot after the mark at opening is or may be a closing quote.
    private bool MayCloseAfter(int opening)
    {
        for (var s = opening + 1; s < _slots.Count; s++)
        {
            if (Array.Exists(_slots[s], c => c is 0x201D or 0x2019 or '"' or 0x00BB))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the mark at <paramref name="opening"/> opens a quoted term: a few words with no punctuation, closed by a
    /// rebuilt mark right after the last of them and before a space ("“Espaciado” es la distancia"). Dialogue sets the
    /// dash that ends a speech apart from its last word (—Vamos —dijo Juan— a la playa).
    /// </summary>
    private bool QuotesTerm(int opening)
    {
        var words = 0;
        for (var s = opening + 1; s < _slots.Count; s++)
        {
            var side = SideAt(s);
            if (side == Side.Word && SideAt(s - 1) != Side.Word)
            {
                words++;
            }
            else if (side == Side.Unknown && _slots[s].Length > 1)
            {
                return words is > 0 and <= WordsPerTerm && SideAt(s - 1) == Side.Word && SideAt(s + 1) == Side.Space;
            }
            else if (side is not (Side.Word or Side.Space))
            {
                return false;
            }
        }
        return false;
    }

    // The letters after which Ukrainian and Belarusian write an apostrophe: б п в м ф р з (either case).
    private const string BeforeCyrillicApostrophe = "\u0431\u043F\u0432\u043C\u0444\u0440\u0437\u0411\u041F\u0412\u041C\u0424\u0420\u0417";

    // The endings of contractions: it’s, don’t, she’d, I’m, zo’n, we’ll, they’re, I’ve, ’em, ma’am.
    private static readonly string[] s_contractionEndings = ["s", "t", "d", "m", "n", "ll", "re", "ve", "em", "am"];

    /// <summary>
    /// Whether an apostrophe at <paramref name="slot"/> between two words would end a contraction or elide a word of
    /// one letter (l’, d’, O’) or one ending in "qu" (qu’, jusqu’) that starts where a word may. A word with a rebuilt
    /// letter in it cannot be spelt: there the apostrophe stays possible.
    /// </summary>
    private bool JoinsAsApostrophe(int slot) => _joinsAsApostrophe[slot] ??= JoinsWords(slot);

    private bool JoinsWords(int slot)
    {
        if (slot > 0 && Array.TrueForAll(_slots[slot - 1], c => c is >= 0x0400 and <= 0x04FF) && SideAt(slot - 2) == Side.Word
            && !Array.Exists(_slots[slot - 1], c => BeforeCyrillicApostrophe.Contains((char)c)))
        {
            // Cyrillic sets an apostrophe inside a word only in Ukrainian and Belarusian, after a labial, р or з (м’ясо,
            // п’ять, бур’ян, з’їзд); between two Russian words it is a dash (два–четыре), whatever letters were lost.
            return false;
        }
        var start = WordEdge(slot - 1, -1);
        var end = WordEdge(slot + 1, +1);
        if (start < 0 || end < 0)
        {
            return true;
        }
        var after = Spell(slot + 1, end);
        if (s_contractionEndings.Contains(after, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }
        var before = Spell(start, slot - 1);
        // The "m" of "I’m—funny" follows an apostrophe itself: a mark rebuilt right after a letter.
        var startsWord = start == 0 || SideAt(start - 1) is Side.Space or Side.Open
            || (_slots[start - 1].Length > 1 && SideAt(start - 2) != Side.Word);
        return startsWord && (before.Length == 1 || before.EndsWith("qu", StringComparison.OrdinalIgnoreCase));
    }

    // The last slot of the word that reaches slot in the direction of step; -1 where one of its letters was rebuilt.
    private int WordEdge(int slot, int step)
    {
        var edge = slot;
        for (var s = slot; s >= 0 && s < _slots.Count && SideAt(s) == Side.Word; s += step)
        {
            if (_slots[s].Length > 1)
            {
                return -1;
            }
            edge = s;
        }
        return edge;
    }

    private string Spell(int first, int last)
    {
        var word = new System.Text.StringBuilder();
        for (var s = first; s <= last; s++)
        {
            word.Append(char.ConvertFromUtf32(_slots[s][0]));
        }
        return word.ToString();
    }

    // The letters of path around slot s up to the word's edges.
    private static ReadOnlySpan<int> WordThrough(int[] path, int s)
    {
        var first = s;
        while (first > 0 && IsAlphabeticLetter(path[first - 1]))
        {
            first--;
        }
        var last = s;
        while (last + 1 < path.Length && IsAlphabeticLetter(path[last + 1]))
        {
            last++;
        }
        return path.AsSpan(first, last - first + 1);
    }

    private static int CountWords(IReadOnlyList<int[]> slots, HashSet<string> words) =>
        CountWords(slots.Select(c => c.Length == 1 ? c[0] : 0), words, out _);

    /// <summary>
    /// How many of the ASCII words of <paramref name="codePoints"/> (0 for an undecided character) are among
    /// <paramref name="words"/>, and how many words there are (<paramref name="all"/>).
    /// </summary>
    private static int CountWords(IEnumerable<int> codePoints, HashSet<string> words, out int all)
    {
        var count = 0;
        all = 0;
        var word = new System.Text.StringBuilder();
        foreach (var c in codePoints.Append(0))
        {
            if (c is >= 'A' and <= 'z' && char.IsLetter((char)c))
            {
                word.Append((char)c);
                continue;
            }
            if (word.Length > 0)
            {
                all++;
                if (words.Contains(word.ToString()))
                {
                    count++;
                }
            }
            word.Clear();
        }
        return count;
    }
}
