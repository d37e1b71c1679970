#:package Microsoft.ML.Tokenizers.Data.O200kBase@2.0.1
#:property ManagePackageVersionsCentrally=false
// Writes the o200k_base vocabulary that ships in the NuGet data package as "rank<TAB>token" lines,
// keeping only tokens that are whole UTF-8 text (byte fragments of a character are skipped).
using System.IO.Compression;
using System.Text;

var assembly = System.Reflection.Assembly.Load("Microsoft.ML.Tokenizers.Data.O200kBase");
var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("o200k_base.tiktoken.deflate", StringComparison.Ordinal));
using var deflate = new DeflateStream(assembly.GetManifestResourceStream(resource)!, CompressionMode.Decompress);
using var reader = new StreamReader(deflate);
var strict = new UTF8Encoding(false, true);
using var output = new StreamWriter(args.Length > 0 ? args[0] : "o200k.tsv", false, new UTF8Encoding(false));
// The resource is a "Capacity: N" header, then one base64 token a line; the line index is the rank.
var rank = -1;
while (reader.ReadLine() is { } line)
{
    if (line.StartsWith("Capacity:", StringComparison.Ordinal))
    {
        continue;
    }
    rank++;
    string text;
    try
    {
        text = strict.GetString(Convert.FromBase64String(line.Trim()));
    }
    catch (DecoderFallbackException)
    {
        continue;
    }
    if (text.IndexOfAny(['\t', '\n', '\r']) >= 0)
    {
        continue;
    }
    output.Write(rank);
    output.Write('\t');
    output.Write(text);
    output.Write('\n');
}
