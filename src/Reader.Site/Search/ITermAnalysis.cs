namespace Reader.Site.Search;

/// <summary>The search engine's text analysis, as the static search export needs it.</summary>
public interface ITermAnalysis
{
    /// <summary>The indexed terms of <paramref name="text"/> in <paramref name="lang"/>, in order, with the span of text each came from.</summary>
    IReadOnlyList<AnalysedTerm> Analyse(string text, string lang);
}

/// <summary>One indexed term and the UTF-16 span <c>[Start, End)</c> of the text it was made from.</summary>
public readonly record struct AnalysedTerm(string Term, int Start, int End);
