using Reader.Core.Documents;
using Reader.Core.Tests.Alignment;

namespace Reader.Core.Tests.Documents;

public class UnitSuggestionsTests
{
    private static readonly Corpus Corpus = SmallCorpus.Create();

    [Fact]
    public void ATypoSuggestsTheIntendedIdFirst()
    {
        var intended = Corpus.Units.First(u => u.DocumentId == "es" && u.Section == "shift-2").Id;
        var typo = intended.Replace("-", "--", StringComparison.Ordinal);

        var suggestions = UnitSuggestions.For(typo, Corpus);

        Assert.Equal(intended, suggestions[0]);
    }

    [Fact]
    public void UpperCaseInputStillFindsTheId()
    {
        var intended = Corpus.Units.First(u => u.DocumentId == "nl").Id;

        Assert.Equal(intended, UnitSuggestions.For(intended.ToUpperInvariant(), Corpus)[0]);
    }

    [Fact]
    public void NothingCloseSuggestsNothing()
    {
        Assert.Empty(UnitSuggestions.For("completely-unrelated-identifier-xyz", Corpus));
    }

    [Fact]
    public void AtMostTheRequestedCountNearestFirst()
    {
        var suggestions = UnitSuggestions.For("en-0", Corpus, count: 2);

        Assert.Equal(2, suggestions.Count);
        Assert.All(suggestions, s => Assert.StartsWith("en-0", s, StringComparison.Ordinal));
    }
}
