using Reader.Site.Pipeline;

namespace Reader.Site.Caching;

/// <summary>Compares a site folder with a cached manifest, records a built site into the blob store, and restores one from it.</summary>
public static class SiteOutput
{
    /// <summary>Stores every file of <paramref name="folder"/> as a blob and lists them, in ordinal path order.</summary>
    public static IReadOnlyList<SiteFile> Capture(string folder, BlobStore blobs) => Files(folder)
        .Select(f =>
        {
            var bytes = File.ReadAllBytes(f.Path);
            return new SiteFile(f.Name, blobs.Put(bytes), bytes.Length);
        })
        .ToList();

    /// <summary>True when <paramref name="folder"/> holds exactly the manifest's files, byte for byte, and nothing else.</summary>
    public static bool Matches(string folder, IReadOnlyList<SiteFile> manifest)
    {
        if (!Directory.Exists(folder))
        {
            return false;
        }
        var expected = manifest.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var found = 0;
        foreach (var (path, name) in Files(folder))
        {
            found++;
            if (!expected.TryGetValue(name, out var file) || new FileInfo(path).Length != file.Length
                || BlobStore.HashOf(File.ReadAllBytes(path)) != file.Sha256)
            {
                return false;
            }
        }
        return found == expected.Count;
    }

    /// <summary>
    /// Replaces <paramref name="folder"/> with the manifest's files from the blob store, swapped in whole like a build.
    /// Returns false, leaving the folder as it was, when a blob is missing or damaged.
    /// </summary>
    public static bool TryRestore(string folder, IReadOnlyList<SiteFile> manifest, BlobStore blobs)
    {
        try
        {
            OutputSwap.Replace(Path.GetFullPath(folder), staging =>
            {
                foreach (var file in manifest)
                {
                    var bytes = blobs.TryRead(file.Sha256) ?? throw new MissingBlobException();
                    var path = Path.GetFullPath(Path.Combine(staging, file.Path));
                    if (!path.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    {
                        throw new MissingBlobException();
                    }
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllBytes(path, bytes);
                }
                return true;
            });
            return true;
        }
        catch (MissingBlobException)
        {
            return false;
        }
    }

    private static IEnumerable<(string Path, string Name)> Files(string folder) => Directory
        .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Select(f => (Path: f, Name: Path.GetRelativePath(folder, f).Replace('\\', '/')))
        .OrderBy(f => f.Name, StringComparer.Ordinal);

    /// <summary>The cache cannot supply the site after all; the caller builds it instead.</summary>
    private sealed class MissingBlobException : Exception;
}
