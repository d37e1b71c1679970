using System.Security.Cryptography;
using System.Text;
using Reader.Core.Documents;
using Reader.Search.Grouping;

namespace Reader.Search.Indexing;

/// <summary>A content hash of everything an index holds, so an index is rebuilt exactly when its input changes.</summary>
internal static class CorpusFingerprint
{
    // Bump when analysis or the document schema changes: an old index then no longer matches.
    private const string SchemaVersion = "reader-search/2";

    public static string Compute(Corpus corpus, UnitGroups groups)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, SchemaVersion);
        foreach (var (unit, heading) in HeadingContext.Of(corpus))
        {
            Append(hash, heading ?? "");
            Append(hash, unit.Id);
            Append(hash, unit.DocumentId);
            Append(hash, unit.Lang);
            Append(hash, unit.Section);
            Append(hash, groups.GroupOf(unit.Id));
            Append(hash, unit.Text);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    private static void Append(IncrementalHash hash, string value)
    {
        // Length-prefixed so that ("ab","c") and ("a","bc") hash differently.
        hash.AppendData(BitConverter.GetBytes(value.Length));
        hash.AppendData(Encoding.UTF8.GetBytes(value));
    }
}
