namespace Reader.Council.Text;

/// <summary>What the council says, in the question's language, when the evidence does not answer it.</summary>
public static class Decline
{
    public static string Message(string lang) => lang switch
    {
        "es" => "El art\u00EDculo no responde a esta pregunta.",
        "pt" => "O artigo n\u00E3o responde a esta pergunta.",
        "zh" => "\u6587\u7AE0\u6CA1\u6709\u56DE\u7B54\u8FD9\u4E2A\u95EE\u9898\u3002",
        "nl" => "Het artikel beantwoordt deze vraag niet.",
        _ => "The article does not answer this question.",
    };
}
