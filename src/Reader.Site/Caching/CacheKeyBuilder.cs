using System.Security.Cryptography;
using System.Text;

namespace Reader.Site.Caching;

/// <summary>
/// Hashes a stage's inputs (strings, files, whole folders) into a cache key. Every value is length-prefixed, so
/// <c>("ab", "c")</c> and <c>("a", "bc")</c>, or a file moved from one name to another, never give the same key.
/// </summary>
public sealed class CacheKeyBuilder
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <param name="purpose">What the key is for (e.g. <c>ingest/1</c>): keys of different stages never meet.</param>
    public CacheKeyBuilder(string purpose)
    {
        Add(purpose);
    }

    public CacheKeyBuilder Add(string value) => AddBytes(Encoding.UTF8.GetBytes(value));

    /// <summary>Adds a file's name and bytes; a missing file counts as such, so creating it changes the key.</summary>
    public CacheKeyBuilder AddFile(string path, string name)
    {
        Add(name);
        return File.Exists(path) ? AddBytes(File.ReadAllBytes(path)) : Add("\0missing");
    }

    /// <summary>Adds every file under <paramref name="folder"/> by its relative path (forward slashes, ordinal order) and bytes.</summary>
    public CacheKeyBuilder AddFolder(string folder, string name)
    {
        Add(name);
        if (!Directory.Exists(folder))
        {
            return Add("\0missing");
        }
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path: f, Name: Path.GetRelativePath(folder, f).Replace('\\', '/')))
            .OrderBy(f => f.Name, StringComparer.Ordinal);
        foreach (var (path, relative) in files)
        {
            AddFile(path, relative);
        }
        return Add("\0end");
    }

    /// <summary>The key: 32 lower-case hex digits (128 bits of SHA-256), as the search index names its folders.</summary>
    public string Build() => Convert.ToHexStringLower(_hash.GetHashAndReset())[..32];

    private CacheKeyBuilder AddBytes(ReadOnlySpan<byte> bytes)
    {
        Span<byte> length = stackalloc byte[sizeof(long)];
        BitConverter.TryWriteBytes(length, (long)bytes.Length);
        _hash.AppendData(length);
        _hash.AppendData(bytes);
        return this;
    }
}
