using System.Reflection;
using System.Runtime.InteropServices;

namespace Reader.Site.Caching;

/// <summary>
/// Names the code that produces a build's output: the .NET runtime (its globalisation data names languages on the
/// pages), each assembly's module version id (a hash of its compiled code and embedded data, so any new build of
/// reader differs) and the exact versions of the libraries it references.
/// </summary>
public static class CodeIdentity
{
    public static string Of(IEnumerable<Assembly> assemblies)
    {
        var lines = new List<string> { RuntimeInformation.FrameworkDescription };
        foreach (var assembly in assemblies.Distinct().OrderBy(a => a.FullName, StringComparer.Ordinal))
        {
            lines.Add($"{assembly.FullName} {assembly.ManifestModule.ModuleVersionId:N}");
            lines.AddRange(assembly.GetReferencedAssemblies().Select(r => "  " + r.FullName).Order(StringComparer.Ordinal));
        }
        return string.Join('\n', lines);
    }
}
