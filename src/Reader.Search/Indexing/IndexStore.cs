using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Reader.Search.Indexing;

/// <summary>
/// Keeps built indexes on disk, one folder per fingerprint under a root folder. A new index is written
/// into a temporary folder and renamed into place only when complete, so a reader never opens a half
/// index; a folder that fails validation (missing files, bad checksums, other content) is rebuilt.
/// </summary>
internal static class IndexStore
{
    private const string BuildPrefix = ".build-";

    // A build folder this old was left by a process that died; a live build takes well under a minute.
    private static readonly TimeSpan s_staleBuild = TimeSpan.FromHours(1);

    /// <summary>Opens the index for <paramref name="fingerprint"/> under <paramref name="root"/>, building it when missing or invalid.</summary>
    /// <returns>The manager over the index, its folder, and whether this call built it.</returns>
    public static (SearcherManager Manager, LuceneDirectory Directory, bool Built) OpenOrBuild(
        string root, string fingerprint, int unitCount, SearcherFactory factory, Action<LuceneDirectory> build)
    {
        System.IO.Directory.CreateDirectory(root);
        var target = Path.Combine(root, fingerprint);
        if (TryOpen(target, fingerprint, unitCount, factory) is { } existing)
        {
            return (existing.Manager, existing.Directory, false);
        }
        DeleteQuietly(target);

        var temp = Path.Combine(root, BuildPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            using (var directory = FSDirectory.Open(temp))
            {
                build(directory);
            }
            MoveIntoPlace(temp, target);
        }
        finally
        {
            DeleteQuietly(temp);
        }

        var opened = TryOpen(target, fingerprint, unitCount, factory)
            ?? throw new IOException($"The search index just built at '{target}' does not open.");
        RemoveOthers(root, target);
        return (opened.Manager, opened.Directory, true);
    }

    /// <summary>Opens and checks an index folder: the commit says it holds this fingerprint, every unit is there, every file's checksum holds.</summary>
    internal static (SearcherManager Manager, LuceneDirectory Directory)? TryOpen(
        string folder, string fingerprint, int unitCount, SearcherFactory factory)
    {
        if (!System.IO.Directory.Exists(folder))
        {
            return null;
        }
        LuceneDirectory? directory = null;
        SearcherManager? manager = null;
        try
        {
            directory = FSDirectory.Open(folder);
            manager = new SearcherManager(directory, factory);
            var searcher = manager.Acquire();
            try
            {
                if (!IsValid((DirectoryReader)searcher.IndexReader, fingerprint, unitCount))
                {
                    throw new CorruptIndexException($"Index at '{folder}' is not the expected one.");
                }
            }
            finally
            {
                manager.Release(searcher);
            }
            return (manager, directory);
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException
            or IndexFormatTooNewException or UnauthorizedAccessException or InvalidOperationException
            or ArgumentException or IndexOutOfRangeException or FormatException)
        {
            // Lucene reports damaged files through several exception types; any of them means "rebuild".
            manager?.Dispose();
            directory?.Dispose();
            return null;
        }
    }

    private static bool IsValid(DirectoryReader reader, string fingerprint, int unitCount)
    {
        var data = reader.IndexCommit.UserData;
        if (!data.TryGetValue(IndexFields.Fingerprint, out var stored) || stored != fingerprint
            || !data.TryGetValue(IndexFields.UnitCount, out var count)
            || count != unitCount.ToString(CultureInfo.InvariantCulture)
            || reader.NumDocs != unitCount)
        {
            return false;
        }
        foreach (var leaf in reader.Leaves)
        {
            leaf.AtomicReader.CheckIntegrity();
        }
        return true;
    }

    private static void MoveIntoPlace(string temp, string target)
    {
        try
        {
            System.IO.Directory.Move(temp, target);
        }
        catch (IOException) when (System.IO.Directory.Exists(target))
        {
            // Another process finished the same build first; its copy is as good as ours.
        }
    }

    /// <summary>Removes indexes of older fingerprints and abandoned builds; one still open elsewhere is left for later.</summary>
    private static void RemoveOthers(string root, string keep)
    {
        foreach (var folder in System.IO.Directory.EnumerateDirectories(root))
        {
            if (string.Equals(Path.GetFullPath(folder), Path.GetFullPath(keep), StringComparison.Ordinal))
            {
                continue;
            }
            // Only folders this store made: the root may be a folder the user also keeps other things in.
            var name = Path.GetFileName(folder);
            var isBuild = name.StartsWith(BuildPrefix, StringComparison.Ordinal);
            var isIndex = name.Length == 32 && name.All(char.IsAsciiHexDigitLower);
            if (isIndex || isBuild && DateTime.UtcNow - System.IO.Directory.GetLastWriteTimeUtc(folder) > s_staleBuild)
            {
                DeleteQuietly(folder);
            }
        }
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (System.IO.Directory.Exists(folder))
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Still in use (e.g. open by a server on Windows): the next build tries again.
        }
    }
}
