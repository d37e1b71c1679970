namespace Reader.Council.Evidence;

/// <summary>Makes untrusted text safe to embed in a prompt: it can never close or open the blocks that frame it.</summary>
public static class PromptText
{
    /// <summary>Replaces angle brackets (the prompt's block delimiters) with look-alikes and drops control characters.</summary>
    public static string Neutralise(string text)
    {
        var chars = text.ToCharArray();
        var length = 0;
        foreach (var c in chars)
        {
            if (char.IsControl(c) && c is not '\n')
            {
                continue;
            }
            chars[length++] = c switch
            {
                '<' => '\u2039',
                '>' => '\u203A',
                _ => c,
            };
        }
        return new string(chars, 0, length);
    }
}
