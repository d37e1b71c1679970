using System.Text;
using Reader.Core.Documents;
using Reader.Core.Repair.LanguageModels;

namespace Reader.Core.Repair;

/// <summary>
/// Undoes UTF-8 text that was misread with a single-byte code page (also twice, also in only some spans) and
/// rebuilds the bytes that page could not represent, choosing them with a character language model.
/// Clean text comes back unchanged.
/// </summary>
public sealed class MojibakeRepairer : ISourceRepairer
{
    /// <summary>Input is repaired in chunks of about this many characters (cut at a line end) so memory stays flat.</summary>
    public const int ChunkChars = 1 << 20;

    private readonly Func<CharNGramModel> _model;
    private readonly int _chunkChars;

    /// <summary>Uses the language model embedded in Reader.Core.</summary>
    public MojibakeRepairer()
        : this(() => CharNGramModel.Shared)
    {
    }

    internal MojibakeRepairer(Func<CharNGramModel> model, int chunkChars = ChunkChars)
    {
        _model = model;
        _chunkChars = chunkChars;
    }

    /// <summary>
    /// Loads the Chinese word tables on the calling thread, so decoding damaged CJK text later finds them ready
    /// (a build warms them up while the character model loads).
    /// </summary>
    public static void PreloadWordTables()
    {
        _ = WordModel.Shared;
        _ = WordTrigramModel.Shared;
    }

    /// <inheritdoc />
    public SourceRepair Repair(string text)
    {
        var (repaired, report) = RepairWithReport(text);
        return new SourceRepair(repaired, report.ToSummary());
    }

    /// <summary>Repairs <paramref name="text"/> and returns the full report; an unchanged input is returned as the same instance.</summary>
    public (string Text, RepairReport Report) RepairWithReport(string text)
    {
        using var output = new StringWriter(new StringBuilder(text.Length));
        var report = Repair(new StringReader(text), output);
        return (report.IsClean ? text : output.ToString(), report);
    }

    /// <summary>Streams <paramref name="input"/> to <paramref name="output"/> chunk by chunk, repairing as it goes.</summary>
    public RepairReport Repair(TextReader input, TextWriter output)
    {
        var session = new RepairSession(_model);
        var buffer = new char[_chunkChars];
        var carry = new StringBuilder();
        int read;
        while ((read = input.ReadBlock(buffer, 0, buffer.Length)) > 0)
        {
            var span = buffer.AsSpan(0, read);
            // A short read is the end of the input: it goes whole with the lines carried over, or a text shorter than a
            // chunk would have its last line judged apart from the evidence the others hold.
            var cut = read < buffer.Length ? -1 : span.LastIndexOf('\n');
            if (cut < 0)
            {
                carry.Append(span);
                continue;
            }
            carry.Append(span[..(cut + 1)]);
            output.Write(session.Process(carry.ToString(), endsInput: false));
            carry.Clear();
            carry.Append(span[(cut + 1)..]);
        }
        if (carry.Length > 0)
        {
            output.Write(session.Process(carry.ToString(), endsInput: true));
        }
        return session.Report;
    }
}
