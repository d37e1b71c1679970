using Reader.Core.Documents;

namespace Reader.Core.Repair;

/// <summary>Everything repair did to one input: the wrong decodings undone, the spans re-decoded and every rebuilt character.</summary>
public sealed class RepairReport
{
    /// <summary>How many rebuilt characters are kept in <see cref="Rebuilt"/>; counts go on past it.</summary>
    public const int MaxListed = 20_000;
    private const int MaxExamples = 5;

    private readonly List<string> _encodings = [];
    private readonly List<RebuiltCharacter> _rebuilt = [];
    private readonly List<RepairExample> _examples = [];

    /// <summary>The wrong decodings undone, outermost first (e.g. <c>cp1252</c>, then <c>cp1252</c> again for double mis-decoding).</summary>
    public IReadOnlyList<string> Encodings => _encodings;

    /// <summary>Damaged spans (runs of mojibake) that were re-decoded.</summary>
    public int SpansRepaired { get; private set; }

    /// <summary>Lost bytes (dropped or replaced by U+FFFD) that were rebuilt.</summary>
    public int BytesRebuilt { get; private set; }

    /// <summary>Characters that needed at least one rebuilt byte.</summary>
    public int CharactersRebuilt { get; private set; }

    /// <summary>The rebuilt characters, in order (the first <see cref="MaxListed"/>).</summary>
    public IReadOnlyList<RebuiltCharacter> Rebuilt => _rebuilt;

    /// <summary>A few damaged spans with their repair.</summary>
    public IReadOnlyList<RepairExample> Examples => _examples;

    /// <summary>True when nothing was changed.</summary>
    public bool IsClean => SpansRepaired == 0;

    /// <summary>The short form stored in document metadata.</summary>
    public RepairSummary ToSummary() =>
        IsClean ? RepairSummary.None : new RepairSummary(_encodings.ToArray(), SpansRepaired, BytesRebuilt, _examples.ToArray());

    internal void AddEncoding(string name, int layer)
    {
        if (_encodings.Count <= layer)
        {
            _encodings.Add(name);
        }
    }

    internal void AddSpan(string before, string after, double confidence)
    {
        SpansRepaired++;
        if (_examples.Count < MaxExamples && before.Length >= 4)
        {
            _examples.Add(new RepairExample(before, after, Math.Round(confidence, 4)));
        }
    }

    internal void AddRebuilt(RebuiltCharacter character)
    {
        CharactersRebuilt++;
        BytesRebuilt += character.BytesRebuilt;
        if (_rebuilt.Count < MaxListed)
        {
            _rebuilt.Add(character);
        }
    }

    /// <summary>
    /// Shows the damage listed from the given counts on as the input wrote it, where its question marks were read as
    /// U+FFFD (see <see cref="Encodings.QuestionMarks"/>).
    /// </summary>
    internal void ShowQuestionMarks(int examplesFrom, int rebuiltFrom)
    {
        for (var i = examplesFrom; i < _examples.Count; i++)
        {
            _examples[i] = _examples[i] with { Before = _examples[i].Before.Replace('\uFFFD', '?') };
        }
        for (var i = rebuiltFrom; i < _rebuilt.Count; i++)
        {
            _rebuilt[i] = _rebuilt[i] with { Damaged = _rebuilt[i].Damaged.Replace('\uFFFD', '?') };
        }
    }
}

/// <summary>One character whose lost bytes were rebuilt: where it is in the output, what was there, and how sure the choice is.</summary>
/// <param name="Line">1-based line in the repaired text.</param>
/// <param name="Column">1-based UTF-16 column in the repaired line.</param>
/// <param name="Damaged">The characters that stood for it in the input.</param>
/// <param name="Chosen">The rebuilt character.</param>
/// <param name="BytesRebuilt">How many of its UTF-8 bytes were lost.</param>
/// <param name="Confidence">
/// Probability of <paramref name="Chosen"/> among the candidates, given its neighbours, by the models that chose it: the
/// word models in Chinese and in words of alphabetic scripts, else (Japanese, punctuation) the character model.
/// </param>
/// <param name="Candidates">The best candidates with their probabilities, the chosen one first.</param>
public sealed record RebuiltCharacter(
    int Line,
    int Column,
    string Damaged,
    string Chosen,
    int BytesRebuilt,
    double Confidence,
    IReadOnlyList<RepairCandidate> Candidates);

/// <summary>A candidate character for a rebuilt site and its probability.</summary>
public sealed record RepairCandidate(string Text, double Probability);
