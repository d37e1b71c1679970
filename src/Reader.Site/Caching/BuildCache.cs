using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Reader.Core.IO;

namespace Reader.Site.Caching;

/// <summary>
/// The build's stage results on disk, one file per stage and key (<c>{root}/{stage}/{key}.json</c>), plus a
/// content-addressed store of output files. An entry is written atomically and starts with a header naming its stage,
/// key and the SHA-256 of its JSON; it is read only when all three hold and the JSON parses. Anything else (missing,
/// truncated, edited, from another format) is a miss: the damaged file is removed and the stage simply runs again.
/// The cache only ever saves work, so a cache that cannot be written (read-only disk) is not an error either.
/// </summary>
public sealed class BuildCache
{
    /// <summary>Bump when the entry format changes: old entries then no longer match and are rebuilt.</summary>
    private const string Format = "reader-build-cache/1";

    // Entries kept per stage besides the one just written, most recently used first: switching between a few
    // themes or content versions then does not rebuild each time.
    private const int Kept = 4;

    /// <summary>The default cache folder, relative to the working directory (beside the search index's <c>.reader/index</c>).</summary>
    public static string DefaultFolder { get; } = Path.Combine(".reader", "build");

    public BuildCache(string root)
    {
        Root = Path.GetFullPath(root);
        Blobs = new BlobStore(Path.Combine(Root, "blobs"));
    }

    public string Root { get; }

    /// <summary>Output files by content hash.</summary>
    public BlobStore Blobs { get; }

    /// <summary>The value stored for <paramref name="stage"/> under <paramref name="key"/>, or null when there is none or it does not verify.</summary>
    public T? TryRead<T>(string stage, string key, JsonTypeInfo<T> type)
        where T : class
    {
        var path = EntryPath(stage, key);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        try
        {
            var newline = Array.IndexOf(bytes, (byte)'\n');
            var payload = bytes.AsSpan(newline + 1);
            if (newline < 0 || Encoding.ASCII.GetString(bytes, 0, newline) != Header(stage, key, payload))
            {
                throw new InvalidDataException($"'{path}' is not the {stage} entry for {key}.");
            }
            var value = JsonSerializer.Deserialize(payload, type) ?? throw new InvalidDataException($"'{path}' holds null.");
            MarkUsed(path);
            return value;
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or NotSupportedException or ArgumentException)
        {
            DeleteQuietly(path);
            return null;
        }
    }

    /// <summary>Stores <paramref name="value"/> for <paramref name="stage"/> under <paramref name="key"/> and drops the stage's least recently used entries.</summary>
    public void Write<T>(string stage, string key, T value, JsonTypeInfo<T> type)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(value, type);
        var header = Encoding.ASCII.GetBytes(Header(stage, key, payload) + "\n");
        var path = EntryPath(stage, key);
        try
        {
            AtomicFile.Write(path, stream =>
            {
                stream.Write(header);
                stream.Write(payload);
            });
            Prune(Path.GetDirectoryName(path)!, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next build runs the stage again; nothing is wrong with this one.
        }
    }

    /// <summary>Removes the blobs that no verifiable entry of <paramref name="stage"/> refers to.</summary>
    public void RemoveUnreferencedBlobs<T>(string stage, JsonTypeInfo<T> type, Func<T, IEnumerable<string>> blobsOf)
        where T : class
    {
        var folder = Path.Combine(Root, stage);
        if (!Directory.Exists(folder))
        {
            return;
        }
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in Directory.EnumerateFiles(folder, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Where(IsKey))
        {
            if (TryRead(stage, key, type) is { } entry)
            {
                keep.UnionWith(blobsOf(entry));
            }
        }
        Blobs.RemoveAllBut(keep);
    }

    public string EntryPath(string stage, string key)
    {
        if (!IsKey(key) || stage.Length == 0 || !stage.All(char.IsAsciiLetterLower))
        {
            throw new ArgumentException($"'{stage}/{key}' is not a cache entry name.");
        }
        return Path.Combine(Root, stage, key + ".json");
    }

    private static string Header(string stage, string key, ReadOnlySpan<byte> payload) =>
        $"{Format} {stage} {key} {Convert.ToHexStringLower(SHA256.HashData(payload))}";

    private static bool IsKey(string name) => name.Length == 32 && name.All(char.IsAsciiHexDigitLower);

    private static void Prune(string folder, string keep)
    {
        var others = Directory.EnumerateFiles(folder, "*.json")
            .Where(f => f != keep && IsKey(Path.GetFileNameWithoutExtension(f)))
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .Skip(Kept);
        foreach (var file in others)
        {
            DeleteQuietly(file);
        }
    }

    /// <summary>Records that an entry was just used, so pruning keeps it over older ones.</summary>
    private static void MarkUsed(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only cache still serves builds; only pruning order suffers.
        }
    }

    internal static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next build to replace.
        }
    }
}
