namespace Reader.Council.Text;

/// <summary>The languages the council answers in, and what it says when it declines, per language.</summary>
public static class Languages
{
    public const string Fallback = "en";

    public static IReadOnlyList<string> All { get; } = ["en", "es", "pt", "zh", "nl"];

    /// <summary>The reply for a question the evidence does not answer, in <paramref name="lang"/>.</summary>
    public static string NotAnswerable(string lang) => lang switch
    {
        "es" => "El art\u00EDculo no responde a esta pregunta.",
        "pt" => "O artigo n\u00E3o responde a esta pergunta.",
        "zh" => "\u6587\u7AE0\u6CA1\u6709\u56DE\u7B54\u8FD9\u4E2A\u95EE\u9898\u3002",
        "nl" => "Het artikel beantwoordt deze vraag niet.",
        _ => "The article does not answer this question.",
    };
}
