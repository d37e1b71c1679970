using System.Text;

namespace Reader.Core.Repair.Encodings;

/// <summary>
/// Tools that write "?" for a byte their code page has no character for leave it inside the damage, where U+FFFD or
/// nothing would stand otherwise: 号 (E5 8F B7) through cp1252 is "å?·", 铁 (E9 93 81) is "é“?". Where question
/// marks stand so, completing a misread character in a line that spells UTF-8 elsewhere too (a clean one seldom does:
/// Portuguese "É?" is C9 and a byte, but nothing else in its line pairs up), they are read as U+FFFD, which the repair
/// rebuilds as any lost byte; any it leaves as it stands is a question mark again.
/// </summary>
internal static class QuestionMarks
{
    // Pairs of a lead and a continuation byte a line spells before its question marks are read as bytes: one may be the
    // example a text about mojibake quotes ("se vir â€? em vez de uma aspa"), damage spells more.
    private const int PairsOfDamage = 2;

    // How many question marks such lines must show in place of bytes before those of lines that spell less are read so
    // too.
    private const int SitesToTrust = 3;

    // How many characters short of bytes with no question mark in their place outweigh one that has it.
    private const int DroppedPerQuestionMark = 2;

    /// <summary>
    /// <paramref name="chunk"/> with each question mark that stands for a lost byte made U+FFFD, or the chunk itself where
    /// none does, or where it holds U+FFFD of its own (which <see cref="Restore"/> could not tell apart).
    /// </summary>
    public static string AsLostBytes(string chunk)
    {
        if (!chunk.Contains('?') || chunk.Contains('\uFFFD'))
        {
            return chunk;
        }
        // The lines that spell UTF-8 through some page more than an example quoted would.
        var all = TextLines.Spans(chunk);
        var lines = all
            .Where(l => CodePages.LeadContinuationPairs(chunk.AsSpan(l.Start, l.Length), PairsOfDamage) == PairsOfDamage)
            .ToList();
        if (lines.Count == 0)
        {
            return chunk;
        }
        // Read through the page that finds the most question marks in place of bytes.
        List<int>? sites = null;
        CodePage? best = null;
        foreach (var page in CodePages.All)
        {
            if (page.LostBytes.Count > 0 && SitesIf(chunk, lines, page) is { } found && found.Count > (sites?.Count ?? 0))
            {
                (sites, best) = (found, page);
            }
        }
        if (sites is null)
        {
            return chunk;
        }
        // Where those lines show the tool's habit plainly, it wrote its question marks all through the chunk: in a line
        // that spells one misread character too (a title's lone emoji, "ðŸ?®" of 🍮; "â?³" of ⏳ in a table's cell).
        if (sites.Count >= SitesToTrust && all.Count > lines.Count && SitesIf(chunk, all, best!) is { } everywhere)
        {
            sites = everywhere;
        }
        var marked = new StringBuilder(chunk);
        foreach (var site in sites)
        {
            marked[site] = '\uFFFD';
        }
        return marked.ToString();
    }

    /// <summary>
    /// Makes the question marks <see cref="AsLostBytes"/> read as U+FFFD that the repair left standing question marks
    /// again.
    /// </summary>
    public static string Restore(string repaired) => repaired.Replace('\uFFFD', '?');

    // Where in the chunk question marks stand for bytes the page lacks, in lines that spell UTF-8 elsewhere too; null
    // where none does, or where the damage shows too many characters short of bytes with no question mark in their
    // place: then the tool dropped what it could not write, and a question mark after such a character is the text's
    // own ("â€?" is ” and ?). It may stand so now and then, while a tool that writes them leaves one wherever a byte went.
    private static List<int>? SitesIf(string chunk, List<(int Start, int Length)> lines, CodePage page)
    {
        var sites = new List<int>();
        var dropped = 0;
        foreach (var (start, length) in lines)
        {
            var line = chunk.AsSpan(start, length);
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] == '?' && CompletesACharacter(line, i, page))
                {
                    sites.Add(start + i);
                }
                else if (line[i] > '\u007F' && LacksBytesWhereNoQuestionMarkStands(line, i, page))
                {
                    dropped++;
                }
            }
        }
        return sites.Count > DroppedPerQuestionMark * dropped ? sites : null;
    }

    // Whether the character at line[at] is, under the page, the lead of a misread character short of continuation bytes,
    // and no question mark stands where the next would (a Russian "Ñ" whose 83 latin-1 stripped, the "Ã" of "OLÃ" for
    // OLÉ, the "â" of a dash). Not the lone lead of three or four bytes right after a letter: that is a genuine lower-case
    // letter of the word as often (the é of José, the ë of Zoë in a clean sentence beside a damaged one), and says
    // nothing of how the tool wrote what it could not.
    private static bool LacksBytesWhereNoQuestionMarkStands(ReadOnlySpan<char> line, int at, CodePage page)
    {
        var length = MisreadBytes.SequenceLength(page.ByteOf(line[at]));
        var present = 1;
        while (present < length && at + present < line.Length && page.ByteOf(line[at + present]) is >= 0x80 and <= 0xBF)
        {
            present++;
        }
        return present < length && (at + present == line.Length || line[at + present] != '?')
            && (present > 1 || length == 2 || at == 0 || !char.IsLetter(line[at - 1]));
    }

    // Whether the question mark at line[at] is a byte of a character whose other bytes stand around it under the page:
    // a lead before it (past continuation bytes or other such question marks), and as many continuation bytes after it as
    // the lead still needs.
    private static bool CompletesACharacter(ReadOnlySpan<char> line, int at, CodePage page)
    {
        for (var back = 1; back <= 3 && at - back >= 0; back++)
        {
            var b = ByteAt(line[at - back], page);
            if (b is >= 0xC2 and <= 0xF4)
            {
                var after = MisreadBytes.SequenceLength(b) - back - 1;
                if (after < 0)
                {
                    return false;
                }
                for (var k = 1; k <= after; k++)
                {
                    if (at + k >= line.Length || ByteAt(line[at + k], page) is not (>= 0x80 and <= 0xBF))
                    {
                        return false;
                    }
                }
                return true;
            }
            if (b is not (>= 0x80 and <= 0xBF))
            {
                return false;
            }
        }
        return false;
    }

    // The byte a character stands for under the page; a question mark stands for a continuation byte it lacks.
    private static int ByteAt(char ch, CodePage page) => ch == '?' ? 0x80 : page.ByteOf(ch);
}
