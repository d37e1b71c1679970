using Reader.Core;

namespace Reader.Council.Answers;

/// <summary>Rejects questions no council should see: empty, huge, or carrying control characters.</summary>
public static class QuestionValidator
{
    /// <summary>Longest question accepted, in characters; far above any real question, far below a pasted file.</summary>
    public const int MaxLength = 2000;

    /// <summary>The question with surrounding whitespace removed; throws <see cref="ReaderInputException"/> when it is unusable.</summary>
    public static string Validate(string? question)
    {
        var trimmed = question?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new ReaderInputException("the question is empty");
        }
        if (trimmed.Length > MaxLength)
        {
            throw new ReaderInputException($"the question is {trimmed.Length} characters long; at most {MaxLength} are accepted");
        }
        foreach (var c in trimmed)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                throw new ReaderInputException($"the question contains a control character (U+{(int)c:X4})");
            }
        }
        return string.Join(' ', trimmed.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
    }
}
