using Reader.Core.Documents;

namespace Reader.Core.Repair;

/// <summary>Detects and undoes text damage (mojibake, lost bytes) in a whole source before it is parsed.</summary>
public interface ISourceRepairer
{
    /// <summary>Returns the repaired text and what was changed; clean text comes back identical.</summary>
    SourceRepair Repair(string text);
}

/// <summary>The outcome of repairing one source.</summary>
public sealed record SourceRepair(string Text, RepairSummary Summary);
