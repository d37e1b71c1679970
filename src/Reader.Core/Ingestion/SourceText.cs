using System.Text;

namespace Reader.Core.Ingestion;

/// <summary>Reads a source file as text, refusing what is not UTF-8 text with a clear error.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text without a BOM and with <c>\n</c> line ends.</summary>
    public static string Read(string path)
    {
        if (Directory.Exists(path))
        {
            throw new ReaderInputException($"'{path}' is a directory, not a source file");
        }
        if (!File.Exists(path))
        {
            throw new ReaderInputException($"source '{path}' does not exist");
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ReaderInputException($"source '{path}' cannot be read: {ex.Message}", ex);
        }
        return Decode(bytes, path);
    }

    /// <summary>Decodes strict UTF-8; binary data (NUL bytes) and invalid UTF-8 are input errors naming <paramref name="name"/>.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new ReaderInputException($"'{name}' is a binary file, not text");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        try
        {
            return StrictUtf8.GetString(bytes).ReplaceLineEndings("\n");
        }
        catch (DecoderFallbackException)
        {
            throw new ReaderInputException($"'{name}' is not valid UTF-8 text");
        }
    }
}
