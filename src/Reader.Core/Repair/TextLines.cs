namespace Reader.Core.Repair;

/// <summary>Where each line of a text starts and how long it is (line ends excluded; a text ending in one has an empty last line).</summary>
internal static class TextLines
{
    public static List<(int Start, int Length)> Spans(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                lines.Add((start, text.Length - start));
                break;
            }
            lines.Add((start, end - start));
            start = end + 1;
        }
        return lines;
    }
}
