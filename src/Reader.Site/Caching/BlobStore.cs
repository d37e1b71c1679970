using System.Security.Cryptography;
using Reader.Core.IO;

namespace Reader.Site.Caching;

/// <summary>
/// Files stored by the SHA-256 of their bytes (<c>{root}/ab/abcd….bin</c>), as a build tool's content-addressed
/// store: the same file in two builds is stored once, and a blob is handed out only if its bytes still hash to its name.
/// </summary>
public sealed class BlobStore(string root)
{
    public string Root { get; } = root;

    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Stores <paramref name="bytes"/> unless a blob that verifies is already there; returns its hash.</summary>
    public string Put(ReadOnlySpan<byte> bytes)
    {
        var hash = HashOf(bytes);
        if (TryRead(hash) is null)
        {
            try
            {
                AtomicFile.WriteAllBytes(PathOf(hash), bytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A blob that is missing later makes the site stage run again; it is never served wrong.
            }
        }
        return hash;
    }

    /// <summary>The blob's bytes, or null when it is missing or no longer matches its hash (then it is removed).</summary>
    public byte[]? TryRead(string hash)
    {
        var path = PathOf(hash);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        if (HashOf(bytes) == hash)
        {
            return bytes;
        }
        BuildCache.DeleteQuietly(path);
        return null;
    }

    /// <summary>Removes every blob not in <paramref name="keep"/>.</summary>
    public void RemoveAllBut(IReadOnlySet<string> keep)
    {
        if (!Directory.Exists(Root))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(Root, "*.bin", SearchOption.AllDirectories))
        {
            if (!keep.Contains(Path.GetFileNameWithoutExtension(file)))
            {
                BuildCache.DeleteQuietly(file);
            }
        }
    }

    private string PathOf(string hash)
    {
        if (hash.Length != 64 || !hash.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException($"'{hash}' is not a SHA-256 hash.", nameof(hash));
        }
        return Path.Combine(Root, hash[..2], hash + ".bin");
    }
}
