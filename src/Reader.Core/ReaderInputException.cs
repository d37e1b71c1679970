namespace Reader.Core;

/// <summary>Bad input from the user (missing file, unknown language, binary data): reported in one line, exit code 2.</summary>
public sealed class ReaderInputException(string message, Exception? inner = null) : Exception(message, inner);
