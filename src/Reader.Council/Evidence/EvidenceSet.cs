using System.Text;

namespace Reader.Council.Evidence;

/// <summary>The context of one question: the numbered passages every stage works from, and nothing else.</summary>
public sealed class EvidenceSet
{
    private readonly Dictionary<string, EvidencePassage> _byUnit;

    public EvidenceSet(string question, string lang, IReadOnlyList<EvidencePassage> passages)
    {
        Question = question;
        Lang = lang;
        Passages = passages;
        _byUnit = passages.ToDictionary(p => p.Unit.Id, StringComparer.Ordinal);
    }

    public string Question { get; }

    /// <summary>The question's language.</summary>
    public string Lang { get; }

    /// <summary>Passages grouped by alignment group, best group first.</summary>
    public IReadOnlyList<EvidencePassage> Passages { get; }

    public int Tokens => Passages.Sum(p => p.Tokens);

    /// <summary>True when <paramref name="unitId"/> was shown as evidence: the test every citation must pass.</summary>
    public bool Contains(string unitId) => _byUnit.ContainsKey(unitId);

    public bool TryGet(string unitId, out EvidencePassage passage) => _byUnit.TryGetValue(unitId, out passage!);

    /// <summary>All passages, one per line, for a prompt.</summary>
    public string Format()
    {
        var builder = new StringBuilder();
        foreach (var passage in Passages)
        {
            builder.AppendLine(passage.Format());
        }
        return builder.ToString();
    }
}
