namespace Reader.Council.Evidence;

/// <summary>Finds the units most relevant to a question, in any language; the council's only view of search.</summary>
public interface IEvidenceRetriever
{
    /// <summary>At most <paramref name="limit"/> hits, best first.</summary>
    IReadOnlyList<EvidenceHit> Retrieve(string question, string lang, int limit);
}
