namespace Reader.Server.Tests.Support;

/// <summary>Parses a text/event-stream body into its events.</summary>
internal static class EventStream
{
    public static IReadOnlyList<(string Type, string Data)> Parse(string body)
    {
        var events = new List<(string, string)>();
        foreach (var block in body.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var type = "message";
            var data = new List<string>();
            foreach (var line in block.Split('\n'))
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    type = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data.Add(line["data: ".Length..]);
                }
            }
            events.Add((type, string.Join('\n', data)));
        }
        return events;
    }
}
