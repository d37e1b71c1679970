using Reader.Core.Repair.LanguageModels;

namespace Reader.Core.Repair.Priors;

/// <summary>
/// The alphabets (Turkish, Polish, Czech…) that a document's certain letters of Latin Extended-A and -B show. Where a lost
/// byte leaves such a letter among rivals of other alphabets (ş or ň of "Å" through latin-1 without C1, č or ā of "Ä"
/// through cp1252), the document's alphabets are likelier than text at large makes them: Ayşe beside Şişli and kahvaltı,
/// 590 Kč beside Dvořák, not Ayňe and Kā.
/// </summary>
internal sealed class AlphabetPrior
{
    // How much likelier a letter of the document's alphabets beyond Latin-1 is than text at large makes it, where bytes
    // were lost (a document that shows Czech letters writes č far more than text at large), and how much less likely a
    // letter of Latin Extended-A or -B outside them is beside such a rival (natural log).
    private const double Own = 2;
    private const double Foreign = -3;

    // The letters beyond ASCII of alphabets that use Latin Extended-A or -B, lower case (and İ, whose lower case is i).
    private static readonly string[] s_alphabets =
    [
        "\u00E7\u011F\u0131\u0130\u00F6\u015F\u00FC", // Turkish
        "\u00E7\u0259\u011F\u0131\u0130\u00F6\u015F\u00FC", // Azerbaijani
        "\u0105\u0107\u0119\u0142\u0144\u00F3\u015B\u017A\u017C", // Polish
        "\u00E1\u010D\u010F\u00E9\u011B\u00ED\u0148\u00F3\u0159\u0161\u0165\u00FA\u016F\u00FD\u017E", // Czech
        "\u00E1\u00E4\u010D\u010F\u00E9\u00ED\u013A\u013E\u0148\u00F3\u00F4\u0155\u0161\u0165\u00FA\u00FD\u017E", // Slovak
        "\u010D\u0107\u0111\u0161\u017E", // Croatian, Bosnian, Serbian and Slovene
        "\u00E1\u00E9\u00ED\u00F3\u00F6\u0151\u00FA\u00FC\u0171", // Hungarian
        "\u0103\u00E2\u00EE\u0219\u021B\u015F\u0163", // Romanian (comma and cedilla forms)
        "\u0101\u010D\u0113\u0123\u012B\u0137\u013C\u0146\u0161\u016B\u017E", // Latvian
        "\u0105\u010D\u0119\u0117\u012F\u0161\u0173\u016B\u017E", // Lithuanian
        "\u00E4\u00F5\u00F6\u00FC\u0161\u017E", // Estonian
        "\u010B\u0121\u0127\u017C\u00E0\u00E8\u00EC\u00F2\u00F9", // Maltese
        "\u0109\u011D\u0125\u0135\u015D\u016D", // Esperanto
        "\u00E0\u00E2\u00E6\u00E7\u00E9\u00E8\u00EA\u00EB\u00EE\u00EF\u00F4\u0153\u00F9\u00FB\u00FC\u00FF", // French
        "\u0103\u00E2\u0111\u00EA\u00F4\u01A1\u01B0", // Vietnamese (without tones)
        "\u0101\u00E1\u01CE\u00E0\u0113\u00E9\u011B\u00E8\u012B\u00ED\u01D0\u00EC\u014D\u00F3\u01D2\u00F2\u016B\u00FA\u01D4\u00F9\u00FC\u01D6\u01D8\u01DA\u01DC", // Pinyin
        "\u0101\u0113\u012B\u014D\u016B", // Maori, Hawaiian, romanised Japanese
    ];

    private readonly HashSet<int> _letters;

    // Per candidate set (a slot's array): whether one of its candidates is a letter of the document's alphabets.
    private readonly Dictionary<int[], bool> _sets = new(ReferenceEqualityComparer.Instance);

    private AlphabetPrior(HashSet<int> letters) => _letters = letters;

    /// <summary>
    /// The alphabets that explain the certain letters of Latin Extended-A and -B in <paramref name="lines"/> (as few as
    /// do, each the one that explains most of the rest, ties taken together), or null where there are none.
    /// </summary>
    public static AlphabetPrior? Of(IEnumerable<int[]> lines)
    {
        var unexplained = new HashSet<int>();
        foreach (var c in lines.SelectMany(line => line))
        {
            if (IsExtendedLatin(c))
            {
                unexplained.Add(Lower(c));
            }
        }
        var letters = new HashSet<int>();
        while (unexplained.Count > 0)
        {
            var most = s_alphabets.Max(a => Explained(a, unexplained));
            if (most == 0)
            {
                break;
            }
            foreach (var alphabet in s_alphabets.Where(a => Explained(a, unexplained) == most).ToList())
            {
                letters.UnionWith(alphabet.Select(c => (int)c));
                unexplained.ExceptWith(alphabet.Select(c => (int)c));
            }
        }
        return letters.Count > 0 ? new AlphabetPrior(letters) : null;
    }

    /// <summary>
    /// Log weight of <paramref name="candidate"/> among <paramref name="candidates"/>: higher for a letter of Latin
    /// Extended-A or -B of the document's alphabets that the lost bytes make, lower for one outside them where one of its
    /// rivals is in them; 0 otherwise, and for <paramref name="kept"/>, the lead byte read as the letter it shows (Ě of
    /// cp1250 for the CC of a combining accent is no letter a lost byte made).
    /// </summary>
    public double Score(int[] candidates, int candidate, int? kept)
    {
        if (!IsExtendedLatin(candidate) || candidate == kept)
        {
            return 0;
        }
        if (_letters.Contains(Lower(candidate)))
        {
            return Own;
        }
        if (!_sets.TryGetValue(candidates, out var rivalled))
        {
            _sets[candidates] = rivalled = Array.Exists(candidates, c => c != kept && IsExtendedLatin(c) && _letters.Contains(Lower(c)));
        }
        return rivalled ? Foreign : 0;
    }

    private static int Explained(string alphabet, HashSet<int> letters) => alphabet.Count(c => letters.Contains(c));

    private static bool IsExtendedLatin(int c) => c is >= 0x0100 and <= 0x024F && char.IsLetter((char)c);

    private static int Lower(int c) => CharNGramModel.Fold(c);
}
