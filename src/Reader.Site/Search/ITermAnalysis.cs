namespace Reader.Site.Search;

/// <summary>The search engine's text analysis, as the static search export needs it.</summary>
public interface ITermAnalysis
{
    /// <summary>The indexed terms of <paramref name="text"/> in <paramref name="lang"/>, in order, repeats kept.</summary>
    IReadOnlyList<string> Terms(string text, string lang);
}
