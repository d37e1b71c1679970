namespace Reader.Core.Documents;

/// <summary>What repair did to a source before it was split into units.</summary>
/// <param name="Encodings">The wrong decodings that were undone (e.g. <c>cp1252</c>), in the order found.</param>
/// <param name="SpansRepaired">How many damaged spans were re-decoded.</param>
/// <param name="BytesRebuilt">How many lost bytes were rebuilt from the language model.</param>
/// <param name="Examples">A few before/after pairs for readers.</param>
public sealed record RepairSummary(
    IReadOnlyList<string> Encodings,
    int SpansRepaired,
    int BytesRebuilt,
    IReadOnlyList<RepairExample> Examples)
{
    /// <summary>Nothing was repaired.</summary>
    public static RepairSummary None { get; } = new([], 0, 0, []);

    /// <summary>True when the source needed no repair.</summary>
    public bool IsClean => SpansRepaired == 0 && BytesRebuilt == 0;
}

/// <summary>One damaged span and its repaired text.</summary>
public sealed record RepairExample(string Before, string After, double Confidence);
