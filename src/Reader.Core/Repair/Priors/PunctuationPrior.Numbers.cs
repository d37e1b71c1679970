namespace Reader.Core.Repair.Priors;

/// <summary>
/// Numbers and steps: the × after a number, the Å of lengths, and the arrows that lead from one number or one step to
/// the next.
/// </summary>
internal sealed partial class PunctuationPrior
{
    private const int MultiplicationSign = 0xD7;
    private const int DegreesCelsius = 0x2103;
    private const int Angstrom = 0xC5;

    // Whether the line holds CJK that stood whole, worked out once (see HasCjk).
    private bool? _hasCjk;

    // A number follows the slot, right after it or after one space; or two, where the first may have been the slot's
    // byte A0 ("4 Ã  5" of "4 à 5").
    private bool BeforeNumber(int slot) =>
        SideAt(slot + 1) == Side.Digit
        || (SideAt(slot + 1) == Side.Space && SideAt(slot + 2) == Side.Digit)
        || (slot + 3 < _slots.Count && _slots[slot].Length > 1 && _slots[slot + 1] is [' '] && SideAt(slot + 2) == Side.Space
            && SideAt(slot + 3) == Side.Digit);

    // Units and counted things written after an amount in Russian (500 г, 2 шт., 3 ст. л., 1,2 км), which no numbered
    // thing (школа № 5) is followed by.
    private static readonly HashSet<string> s_russianUnits = new(StringComparer.Ordinal)
    {
        "\u0433", "\u043A\u0433", "\u043C\u0433", "\u043B", "\u043C\u043B", "\u0448\u0442", "\u0441\u0442", "\u0447", "\u043C", "\u0441\u043C",
        "\u043C\u043C", "\u043A\u043C", "\u0433\u0430", "\u043C\u0438\u043D", "\u0441\u0435\u043A", "\u0440\u0443\u0431", "\u0442\u044B\u0441",
        "\u043C\u043B\u043D", "\u043C\u043B\u0440\u0434",
    };

    // Stems of the words that count or measure after an amount: минут, часов, рублей, лет, года, процентов, человек,
    // метров, километров, граммов, дней, раз.
    private static readonly string[] s_russianMeasureStems =
    [
        "\u043C\u0438\u043D\u0443\u0442", "\u0447\u0430\u0441", "\u0440\u0443\u0431\u043B", "\u043B\u0435\u0442", "\u0433\u043E\u0434",
        "\u043F\u0440\u043E\u0446\u0435\u043D\u0442", "\u0447\u0435\u043B\u043E\u0432\u0435\u043A", "\u043C\u0435\u0442\u0440",
        "\u043A\u0438\u043B\u043E\u043C\u0435\u0442\u0440", "\u0433\u0440\u0430\u043C\u043C", "\u0434\u043D", "\u0440\u0430\u0437",
    ];

    // Whether the number after the slot is an amount: a fraction (1,2), or followed by %, ° or a unit or counted thing.
    private bool BeforeQuantity(int slot)
    {
        var s = SideAt(slot + 1) == Side.Digit ? slot + 1 : slot + 2;
        for (; IsDigitAt(s) || (s < _slots.Count && _slots[s] is [',' or '.']); s++)
        {
            if (!IsDigitAt(s) && IsDigitAt(s + 1))
            {
                return true;
            }
        }
        if (s < _slots.Count && _slots[s] is [' ' or '\u00A0'])
        {
            s++;
        }
        if (s < _slots.Count && _slots[s] is ['%' or '\u00B0'])
        {
            return true;
        }
        // The word after it, whose letters may be undecided themselves.
        var letters = CyrillicWordEnd(s) - s;
        return UnitsSpelled(s, letters).Any()
            || (letters > 1 && Array.Exists(s_russianMeasureStems, stem => stem.Length <= letters && Spells(s, stem)));
    }

    // Where the word from slot s ends whose letters may be Cyrillic, undecided ones too (шт behind latin-1 without C1 is
    // "ÑÑ").
    private int CyrillicWordEnd(int s)
    {
        var end = s;
        while (end < _slots.Count && Array.Exists(_slots[end], c => c is >= 0x0400 and <= 0x04FF))
        {
            end++;
        }
        return end;
    }

    // The Russian units the word of this many letters from slot s may spell.
    private IEnumerable<string> UnitsSpelled(int s, int letters) => s_russianUnits.Where(unit => unit.Length == letters && Spells(s, unit));

    // Whether the slots from start may read as the letters of text (in either case).
    private bool Spells(int start, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var slot = _slots[start + i];
            if (Array.IndexOf(slot, text[i]) < 0 && Array.IndexOf(slot, char.ToUpperInvariant(text[i])) < 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The sign of a number that alone fits a rebuilt slot, or 0. Latin-1 without C1 bytes leaves × (C3 97) and Å
    /// (C3 85) a lone "Ã" like the capitals À to ß. × stands right after a number and before no letter (2.7×, 10× the
    /// load, 1920×1080), or between spaced numbers (3 × 4); Å, the unit of length, alone after a spaced number and
    /// before no number (1.54 Å long), the one capital from À to ß that follows a number as a word of its own.
    /// </summary>
    private int NumberSignAt(int slot) => _numberSigns[slot] ??= NumberSignFitting(slot);

    /// <summary>
    /// Puts Å where it stands alone after a number, × between two (3.8 m × 2.4 m), and the ． of a numbered list or the
    /// ～ of a range where a number calls for it (<see cref="NumberMarkAt"/>); after the word models, which read them as
    /// the likelier words É and à ("à 2.4" taking the space as the no-break one of C3 A0) and the likelier marks ！ and ｝.
    /// </summary>
    public void PlaceUnits(int[] path)
    {
        for (var s = 0; s < path.Length; s++)
        {
            if (NumberSignAt(s) is var sign and (Angstrom or MultiplicationSign or DegreesCelsius))
            {
                path[s] = sign;
            }
            else if (NumberMarkAt(s) is not 0 and var mark)
            {
                path[s] = mark;
            }
            else if (RussianUnitAt(s) is { } unit)
            {
                for (var i = 0; i < unit.Length; i++)
                {
                    path[s + i] = Array.IndexOf(_slots[s + i], unit[i]) >= 0 ? unit[i] : char.ToUpperInvariant(unit[i]);
                }
            }
        }
    }

    /// <summary>
    /// The Russian unit that a word right after a number, with a letter rebuilt, alone spells, or null: latin-1 without
    /// C1 bytes leaves шт and ст "ÑÑ" like the far likelier word ты (2 шт., 3 ст. л.). A unit of one letter counts only
    /// as an abbreviation (5 ч., not the с of "5 с половиной"). Of ст and шт, both "ÑÑ", ст is the one that measures
    /// spoons (ст. л.).
    /// </summary>
    private string? RussianUnitAt(int s)
    {
        if (!IsDigitAt(s - 1) && !(s > 0 && _slots[s - 1] is [' ' or '\u00A0'] && IsDigitAt(s - 2)))
        {
            return null;
        }
        var end = CyrillicWordEnd(s);
        var letters = end - s;
        var abbreviated = end < _slots.Count && _slots[end] is ['.'];
        if (letters == 0 || (letters == 1 && !abbreviated) || (end < _slots.Count && SideAt(end) == Side.Word)
            || !Enumerable.Range(s, letters).Any(i => _slots[i].Length > 1))
        {
            return null;
        }
        var units = UnitsSpelled(s, letters).ToList();
        if (units.Count > 1)
        {
            var spoon = end + 2 < _slots.Count && _slots[end + 1] is [' '] && _slots[end + 2] is ['\u043B'];
            units.RemoveAll(unit => unit == (spoon ? "\u0448\u0442" : "\u0441\u0442"));
        }
        return units.Count == 1 ? units[0] : null;
    }

    private int NumberSignFitting(int slot)
    {
        if (_slots[slot].Length == 1)
        {
            return 0;
        }
        var left = SideAt(slot - 1);
        var right = SideAt(slot + 1);
        // ℃ (E2 84 83) right after a number in Chinese or Japanese text, before no letter, number or space (250℃，,
        // 24～26℃之间): latin-1 without C1 bytes leaves it the lone "â" of every quote, which the word models take it for.
        if (Array.IndexOf(_slots[slot], DegreesCelsius) >= 0 && left == Side.Digit
            && (right == Side.Neutral || (right == Side.Close && HasCjk()) || (slot + 1 == _slots.Count && HasCjk())))
        {
            return DegreesCelsius;
        }
        if (Array.IndexOf(_slots[slot], MultiplicationSign) >= 0
            && ((left == Side.Digit && right != Side.Word)
                || (left == Side.Space && right == Side.Space && AfterAmount(slot - 1) && SideAt(slot + 2) == Side.Digit)))
        {
            return MultiplicationSign;
        }
        return Array.IndexOf(_slots[slot], Angstrom) >= 0 && left == Side.Space && SideAt(slot - 2) == Side.Digit
            && right is not (Side.Word or Side.Digit) && !BeforeNumber(slot)
            ? Angstrom
            : 0;
    }

    // Whether a number, or a number and a short unit (3.8 m, 20 cm), ends right before the space at the slot: a
    // dimension's first side (3.8 m × 2.4 m).
    private bool AfterAmount(int space)
    {
        var s = space - 1;
        var letters = 0;
        while (letters <= MaxUnitLetters && s >= 0 && _slots[s] is [var c] && IsAlphabeticLetter(c))
        {
            s--;
            letters++;
        }
        if (letters > MaxUnitLetters)
        {
            return false;
        }
        if (letters > 0 && s >= 0 && _slots[s] is [' ' or '\u00A0'])
        {
            s--;
        }
        return IsDigitAt(s);
    }

    private const int MaxUnitLetters = 3;

    // Whether the line holds a Chinese or Japanese character that stood whole.
    private bool HasCjk() => _hasCjk ??= _slots.Any(c => c.Length == 1 && IsCjk(c[0]));

    private const int FullWidthStop = 0xFF0E;
    private const int FullWidthTilde = 0xFF5E;

    /// <summary>
    /// The full-width mark a rebuilt slot right after a number alone fits, or 0: the ． of a numbered list where the
    /// number opens the line (1．按下, ２．画面), and the ～ of a range between numbers (9:00～18:00). cp1254 loses the
    /// last byte of both, and the models know ！, ＝ and ｝, which share their other bytes, far better.
    /// </summary>
    private int NumberMarkAt(int slot)
    {
        if (!IsDigitAt(slot - 1))
        {
            return 0;
        }
        if (IsDigitAt(slot + 1))
        {
            return Array.IndexOf(_slots[slot], FullWidthTilde) >= 0 ? FullWidthTilde : 0;
        }
        var start = slot - 1;
        while (IsDigitAt(start - 1))
        {
            start--;
        }
        while (start > 0 && _slots[start - 1] is [' ' or '\t' or '\u3000'])
        {
            start--;
        }
        return start == 0 && Array.IndexOf(_slots[slot], FullWidthStop) >= 0 ? FullWidthStop : 0;
    }

    // A digit (ASCII or full-width) that stood whole.
    private bool IsDigitAt(int slot) => slot >= 0 && slot < _slots.Count && _slots[slot] is [<= 0xFFFF and var c] && char.IsDigit((char)c);

    private const int Arrow = 0x2192;
    private const int EmDash = 0x2014;
    private const int EnDash = 0x2013;

    // A chain of this many spaced marks with a word or two between each is a sequence of steps, not of asides.
    private const int ChainLength = 3;
    private const int WordsPerStep = 2;

    // A menu item is named in a few words (Dockable Dialogs, Diálogos de encaixe).
    private const int WordsPerMenuItem = 4;

    // "menu" as English, Dutch, Portuguese, French and Italian write it, Spanish menú, German and Turkish menü, Russian меню.
    private static readonly string[] MenuWords = ["menu", "men\u00FA", "men\u00FC", "\u043C\u0435\u043D\u044E"];

    /// <summary>
    /// Turns spaced dashes into arrows (→, which shares their bytes) where they lead from one measure to another
    /// (120 ms → 45 ms; between bare numbers a dash sets a range, as an en dash), chain steps of a word or two
    /// (request → validate → send) or follow a menu path whose steps are capitalised (Tools → Paint Tools → Heal): asides
    /// hold more words and come in pairs at most. A single step between capitalised names is one too in a document that
    /// has shown its menu paths, after the word menu (menu Layers → Colors), or before an item that ends in an ellipsis
    /// (File → Save as...).
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
                // Between bare numbers it is a range or a score (9 – 5, 3 – 2), which takes an en dash; after a measure
                // it leads to another (120 ms → 45 ms).
                path[s] = !char.IsAsciiDigit((char)path[s - 2]) ? Arrow : Array.IndexOf(_slots[s], EnDash) >= 0 ? EnDash : path[s];
            }
        }
        var first = 0;
        for (var m = 1; m <= marks.Count; m++)
        {
            if (m < marks.Count && !IsDialogueLine && (IsStep(path, marks[m - 1] + 1, marks[m], WordsPerStep) || IsMenuItem(path, marks[m - 1] + 2, marks[m])))
            {
                continue;
            }
            // A menu path names each step with a capital (Windows → Dockable Dialogs → Fonts): two marks are enough there,
            // and one where the document has shown its menu paths or the text calls it a menu or a dialog's command.
            if (m - first >= ChainLength
                || (m - first == 2 && !IsDialogueLine && IsMenuPath(path, marks[first], marks[first + 1]))
                || (m - first == 1 && !IsDialogueLine && MenuNameBefore(path, marks[first]) is >= 0 and var name
                    && MayNameAMenu(path, name)
                    && (_menuArrows || NamesMenu(path, name) || OpensDialog(path, marks[first] + 2))))
            {
                for (var k = first; k < m; k++)
                {
                    path[marks[k]] = Arrow;
                }
            }
            first = m;
        }
    }

    // Whether path holds a menu item in [from, to): a few words that begin with a capital.
    private static bool IsMenuItem(int[] path, int from, int to) =>
        from < to && IsCapitalised(path, from) && IsStep(path, from, to, WordsPerMenuItem);

    // A single mark between a menu's name (a capitalised word among the few before it) and a capitalised item: where
    // the name starts, or -1.
    private static int MenuNameBefore(int[] path, int mark)
    {
        if (mark + 2 >= path.Length || !IsCapitalised(path, mark + 2))
        {
            return -1;
        }
        var end = mark - 1;
        for (var words = 0; words < WordsPerMenuItem && end > 0; words++)
        {
            var start = WordStart(path, end - 1);
            if (!IsStep(path, start, end, 1))
            {
                return -1;
            }
            if (IsCapitalised(path, start))
            {
                return start;
            }
            end = start - 1;
        }
        return -1;
    }

    // The word right before a menu's name calls it one (het menu Lagen, el menú Archivo, menuoptie Bestand).
    private static bool NamesMenu(int[] path, int name)
    {
        if (name < 2 || path[name - 1] != ' ')
        {
            return false;
        }
        var start = WordStart(path, name - 2);
        var word = string.Concat(path[start..(name - 1)].Select(c => c <= 0xFFFF ? char.ToLowerInvariant((char)c).ToString() : ""));
        return MenuWords.Any(word.StartsWith);
    }

    // A menu's name opens its line, follows a word (choose File, em Arquivo) or a colon (del menú de la imagen: Ventanas);
    // a capitalised word after a full stop opens a sentence, which may trail off: "He stopped. I thought — Maybe...".
    private static bool MayNameAMenu(int[] path, int name) =>
        name == 0 || (name >= 2 && path[name - 1] == ' ' && path[name - 2] <= 0xFFFF
            && (char.IsLetterOrDigit((char)path[name - 2]) || path[name - 2] == ':'));

    // A menu item of a few words that ends in an ellipsis opens a dialog (Guardar como..., Exporteer als…).
    private static bool OpensDialog(int[] path, int from)
    {
        var i = from;
        for (var words = 0; words < WordsPerMenuItem && i < path.Length; words++)
        {
            while (i < path.Length && path[i] <= 0xFFFF && char.IsLetter((char)path[i]))
            {
                i++;
            }
            if (i == from || i >= path.Length)
            {
                return false;
            }
            if (path[i] == '\u2026' || (path[i] == '.' && i + 2 < path.Length && path[i + 1] == '.' && path[i + 2] == '.'))
            {
                return true;
            }
            if (path[i] != ' ')
            {
                return false;
            }
            i++;
        }
        return false;
    }

    // The words right before the first mark and right after the second begin with capitals (an aside ends in lower
    // case: The mayor — John Smith — agreed).
    private static bool IsMenuPath(int[] path, int firstMark, int secondMark) =>
        firstMark >= 2 && secondMark + 2 < path.Length
        && IsCapitalised(path, WordStart(path, firstMark - 2)) && IsCapitalised(path, secondMark + 2);

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

    // Whether path holds a step in [from, to): a few words without punctuation ("Não sei — respondeu ela." is talk).
    private static bool IsStep(int[] path, int from, int to, int maxWords)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            // (A hyphen inside a word joins it: Script-Fu.)
            if (path[i] <= 0xFFFF && char.IsPunctuation((char)path[i])
                && !(path[i] == '-' && i > from && i + 1 < to && IsAlphabeticLetter(path[i - 1]) && IsAlphabeticLetter(path[i + 1])))
            {
                return false;
            }
            if (path[i] != ' ' && (i == from || path[i - 1] == ' '))
            {
                count++;
            }
        }
        return count <= maxWords;
    }
}
