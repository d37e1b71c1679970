namespace Reader.Council.Text;

/// <summary>Splits a unit's text into sentences, the granularity of extractive answers and quotes.</summary>
public static class SentenceSplitter
{
    private const string Terminators = ".!?\u3002\uFF01\uFF1F";

    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!Terminators.Contains(text[i]))
            {
                continue;
            }
            // Full-width terminators end a sentence on their own; Latin ones only before a space,
            // so that "e.g." inside a word run or "2.5" stay whole.
            var fullWidth = text[i] > '\u00FF';
            var atBoundary = fullWidth || i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]);
            if (!atBoundary)
            {
                continue;
            }
            while (i + 1 < text.Length && (Terminators.Contains(text[i + 1]) || text[i + 1] is '"' or '\u201D' or '\u300D' or ')'))
            {
                i++;
            }
            Add(sentences, text[start..(i + 1)]);
            start = i + 1;
        }
        Add(sentences, text[start..]);
        return sentences;
    }

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }
}
