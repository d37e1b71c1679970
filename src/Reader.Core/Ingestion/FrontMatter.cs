using YamlDotNet.RepresentationModel;

namespace Reader.Core.Ingestion;

/// <summary>Reads YAML front matter into flat string metadata (lists joined with commas, nested keys dotted).</summary>
public static class FrontMatter
{
    public static IReadOnlyDictionary<string, string> Parse(string yaml)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new ReaderInputException($"front matter is not valid YAML: {ex.Message}", ex);
        }
        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root)
        {
            Flatten(root, "", result);
        }
        return result;
    }

    private static void Flatten(YamlMappingNode node, string prefix, Dictionary<string, string> result)
    {
        foreach (var (key, value) in node.Children)
        {
            var name = prefix + ((YamlScalarNode)key).Value;
            switch (value)
            {
                case YamlScalarNode scalar:
                    result[name] = scalar.Value ?? "";
                    break;
                case YamlSequenceNode sequence:
                    result[name] = string.Join(", ", sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value));
                    break;
                case YamlMappingNode mapping:
                    Flatten(mapping, name + ".", result);
                    break;
            }
        }
    }
}
