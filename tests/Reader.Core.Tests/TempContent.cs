namespace Reader.Core.Tests;

/// <summary>A throw-away copy of a content folder that tests may edit.</summary>
internal sealed class TempContent : IDisposable
{
    public TempContent(string source)
    {
        Root = Path.Combine(Path.GetTempPath(), "reader-tests-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
