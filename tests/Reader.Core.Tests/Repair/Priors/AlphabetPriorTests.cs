using Reader.Core.Repair.Priors;

namespace Reader.Core.Tests.Repair.Priors;

public class AlphabetPriorTests
{
    // The letters C5 80 to C5 9F, which latin-1 without C1 leaves as a lone "Å": ş and ň among them.
    private static readonly int[] s_lostSecondByteOfC5 = [.. Enumerable.Range(0x0140, 0x20)];

    [Fact]
    public void TextWithNoLetterBeyondLatin1ShowsNoAlphabet()
    {
        Assert.Null(AlphabetPrior.Of([CodePoints("Caf\u00E9 na\u00EFve \u00C5ngstr\u00F6m")]));
    }

    [Fact]
    public void ADotlessIPrefersTheTurkishRivalOfALostByte()
    {
        var prior = AlphabetPrior.Of([CodePoints("Kad\u0131k\u00F6y")])!;

        Assert.True(prior.Score(s_lostSecondByteOfC5, '\u015F', null) > 0); // ş
        Assert.True(prior.Score(s_lostSecondByteOfC5, '\u0148', null) < 0); // ň
        Assert.Equal(0, prior.Score(s_lostSecondByteOfC5, 'e', null));
    }

    [Fact]
    public void ACapitalDottedIShowsTurkishThoughItsLowerCaseIsAsciiI()
    {
        var prior = AlphabetPrior.Of([CodePoints("\u0130stanbul")])!;

        Assert.True(prior.Score(s_lostSecondByteOfC5, '\u015F', null) > 0); // ş
    }

    [Fact]
    public void LettersOfTwoAlphabetsShowBoth()
    {
        // ź is only Polish, ů only Czech: both alphabets' letters are the document's.
        var prior = AlphabetPrior.Of([CodePoints("\u015Bled\u017A"), CodePoints("d\u016Fm")])!;

        Assert.True(prior.Score(s_lostSecondByteOfC5, '\u0144', null) > 0); // ń, Polish
        Assert.True(prior.Score(s_lostSecondByteOfC5, '\u0159', null) > 0); // ř, Czech
        Assert.True(prior.Score(s_lostSecondByteOfC5, '\u015F', null) < 0); // ş, Turkish
    }

    [Fact]
    public void AForeignLetterWithNoRivalOfTheAlphabetsKeepsItsWeight()
    {
        var prior = AlphabetPrior.Of([CodePoints("Kad\u0131k\u00F6y")])!;

        Assert.Equal(0, prior.Score(['\u0148', '\u0144'], '\u0148', null));
    }

    [Fact]
    public void TheLeadByteReadAsTheLetterItShowsIsNoLetterTheAlphabetsLift()
    {
        // Pinyin's ě is the Ě of cp1250's CC, the lead of a combining accent (a + U+0301) whose 81 was lost.
        var prior = AlphabetPrior.Of([CodePoints("m\u0101")])!;

        Assert.Equal(0, prior.Score(['\u011A', '\u0301'], '\u011A', '\u011A'));
        Assert.True(prior.Score(['\u011A', '\u0301'], '\u011A', null) > 0);
    }

    private static int[] CodePoints(string text) => [.. text.EnumerateRunes().Select(r => r.Value)];
}
