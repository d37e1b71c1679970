using System.IO.Compression;

namespace Reader.Core.Repair.LanguageModels;

/// <summary>Reading the repair tables embedded in Reader.Core: decompressed by their extension (.gz, .br), checked, and parsed.</summary>
internal static class EmbeddedData
{
    /// <summary>A decompressing stream over resource <paramref name="name"/>.</summary>
    public static Stream Open(string name)
    {
        var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        return name.EndsWith(".br", StringComparison.Ordinal)
            ? new BrotliStream(stream, CompressionMode.Decompress)
            : new GZipStream(stream, CompressionMode.Decompress);
    }

    /// <summary>The whole decompressed resource; when <paramref name="format"/> is given, its first bytes must match.</summary>
    public static ArraySegment<byte> ReadAll(string name, ReadOnlySpan<byte> format = default, string? what = null)
    {
        using var stream = Open(name);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var data = new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        if (!format.IsEmpty && !data.AsSpan().StartsWith(format))
        {
            throw new InvalidDataException($"{what ?? name} has an unknown format");
        }
        return data;
    }

    /// <summary>Reads one unsigned LEB128 varint (how the derivation scripts write key deltas) and advances <paramref name="offset"/>.</summary>
    public static ulong ReadVarint(ReadOnlySpan<byte> data, ref int offset)
    {
        ulong value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = data[offset++];
            value |= (ulong)(b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        return value;
    }
}
