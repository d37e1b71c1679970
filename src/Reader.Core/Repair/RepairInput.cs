using System.Text;

namespace Reader.Core.Repair;

/// <summary>Checks that bytes are text repair can work on: valid UTF-8 and not binary. Bad input is a <see cref="ReaderInputException"/>.</summary>
public static class RepairInput
{
    private const int BufferSize = 1 << 16;

    /// <summary>Reading UTF-8 that throws on invalid bytes instead of hiding them behind U+FFFD.</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Opens <paramref name="path"/> for repair after checking it, in one streaming pass, without holding it in memory.</summary>
    public static FileStream OpenValidated(string path)
    {
        if (Directory.Exists(path))
        {
            throw new ReaderInputException($"{path} is a directory, not a text file");
        }
        if (!File.Exists(path))
        {
            throw new ReaderInputException($"{path} does not exist");
        }
        var stream = File.OpenRead(path);
        try
        {
            Validate(stream, path);
            stream.Position = 0;
            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Throws when <paramref name="stream"/> (read to its end) holds NUL or other binary control bytes, or invalid UTF-8.</summary>
    public static void Validate(Stream stream, string name)
    {
        var decoder = StrictUtf8.GetDecoder();
        var bytes = new byte[BufferSize];
        var chars = new char[StrictUtf8.GetMaxCharCount(BufferSize)];
        long offset = 0;
        int read;
        while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
        {
            var span = bytes.AsSpan(0, read);
            var control = span.IndexOfAnyInRange((byte)0, (byte)8);
            if (control < 0)
            {
                control = span.IndexOfAnyInRange((byte)14, (byte)31);
                control = control >= 0 && span[control] == 0x1B ? -1 : control;
            }
            if (control >= 0)
            {
                throw new ReaderInputException($"{name} looks binary (control byte 0x{span[control]:X2} at offset {offset + control}), not text");
            }
            try
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }
            catch (DecoderFallbackException ex)
            {
                throw new ReaderInputException($"{name} is not valid UTF-8 (near byte offset {offset + Math.Max(0, ex.Index)})");
            }
            offset += read;
        }
        try
        {
            decoder.GetChars([], 0, 0, chars, 0, flush: true);
        }
        catch (DecoderFallbackException)
        {
            throw new ReaderInputException($"{name} is not valid UTF-8 (it ends inside a character)");
        }
    }
}
