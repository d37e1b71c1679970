namespace Reader.Search.Querying;

/// <summary>A query after sanitising: the text to analyse (phrases included) and the quoted phrases.</summary>
/// <param name="Text">Plain words, no control characters or query syntax; empty when nothing searchable is left.</param>
/// <param name="Phrases">The contents of balanced double quotes, in order.</param>
public sealed record ParsedQuery(string Text, IReadOnlyList<string> Phrases)
{
    public bool IsEmpty => Text.Length == 0;
}
