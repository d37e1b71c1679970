using System.Reflection;

namespace Reader.Site.Caching;

/// <summary>
/// Names the code that produces a build's output: each assembly's module version id (a hash of its compiled code and
/// embedded data, so any new build of reader differs) and the exact versions of the libraries it references.
/// </summary>
public static class CodeIdentity
{
    public static string Of(IEnumerable<Assembly> assemblies)
    {
        var lines = new List<string>();
        foreach (var assembly in assemblies.Distinct().OrderBy(a => a.FullName, StringComparer.Ordinal))
        {
            lines.Add($"{assembly.FullName} {assembly.ManifestModule.ModuleVersionId:N}");
            lines.AddRange(assembly.GetReferencedAssemblies().Select(r => "  " + r.FullName).Order(StringComparer.Ordinal));
        }
        return string.Join('\n', lines);
    }
}
