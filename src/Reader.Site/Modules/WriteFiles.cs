using System.Text;
using Reader.Site.Pipeline;

namespace Reader.Site.Modules;

/// <summary>Writes every document under the context's output folder (UTF-8, no BOM).</summary>
public sealed class WriteFiles : IModule
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public IReadOnlyList<SiteDocument> Execute(IReadOnlyList<SiteDocument> inputs, SiteContext context)
    {
        var root = Path.GetFullPath(context.OutputDirectory);
        foreach (var document in inputs)
        {
            var path = Path.GetFullPath(Path.Combine(root, document.Destination));
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"'{document.Destination}' would be written outside the site.");
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, document.Content, Utf8);
        }
        return inputs;
    }
}
