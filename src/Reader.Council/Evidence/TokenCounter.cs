using Microsoft.ML.Tokenizers;

namespace Reader.Council.Evidence;

/// <summary>Counts tokens the way current OpenAI models do (o200k), to keep a prompt inside its budget.</summary>
public sealed class TokenCounter
{
    private static readonly Lazy<Tokenizer> s_o200k = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    public static TokenCounter O200k { get; } = new();

    public int Count(string text) => s_o200k.Value.CountTokens(text);
}
