namespace Reader.Core.Tests.Repair;

/// <summary>
/// Each fixture damaged one way and repaired, scored character by character against the clean original.
/// The floors are the accuracy measured when they were set, less a little: a drop means the repair got worse.
/// </summary>
public class FixtureAccuracyTests
{
    private static readonly Core.Repair.MojibakeRepairer Repairer = new();

    public static TheoryData<string, Corruption, double> Cases() => new()
    {
        { "zh", Corruption.Cp1252Dropped, 0.995 },
        { "zh", Corruption.Cp1252Replaced, 0.995 },
        { "zh", Corruption.Cp1254Dropped, 0.995 },
        { "zh", Corruption.Cp1254DroppedShyStripped, 0.995 },
        { "zh", Corruption.Cp1250Dropped, 0.995 },
        { "zh", Corruption.Cp1251Dropped, 0.995 },
        { "zh", Corruption.Latin1Stripped, 0.845 },
        { "zh", Corruption.Cp1252Twice, 1.0 },
        { "zh", Corruption.Cp1250ThenCp1252Dropped, 0.995 },
        { "zh", Corruption.Cp1252ThenCp1250Dropped, 0.995 },
        { "zh", Corruption.Cp1252NbspAsSpace, 0.995 },
        { "ja", Corruption.Cp1252Dropped, 0.99 },
        { "ja", Corruption.Cp1252Replaced, 0.99 },
        { "ja", Corruption.Cp1254Dropped, 0.99 },
        { "ja", Corruption.Cp1254DroppedShyStripped, 0.99 },
        { "ja", Corruption.Cp1250Dropped, 0.995 },
        { "ja", Corruption.Cp1251Dropped, 0.995 },
        { "ja", Corruption.Latin1Stripped, 0.78 },
        { "ja", Corruption.Cp1252Twice, 1.0 },
        { "ja", Corruption.Cp1250ThenCp1252Dropped, 0.99 },
        { "zh-tech", Corruption.Cp1252Dropped, 0.995 },
        { "zh-tech", Corruption.Cp1254Dropped, 0.99 },
        { "zh-tech", Corruption.Cp1254DroppedShyStripped, 0.99 },
        { "zh-tech", Corruption.Cp1250Dropped, 0.995 },
        { "zh-tech", Corruption.Latin1Stripped, 0.8 },
        { "zh-tech", Corruption.Cp1250ThenCp1252Dropped, 0.995 },
        { "zh-city", Corruption.Cp1252Dropped, 0.995 },
        { "zh-city", Corruption.Cp1254Dropped, 0.99 },
        { "zh-city", Corruption.Cp1250Dropped, 0.99 },
        { "zh-city", Corruption.Latin1Stripped, 0.86 },
        { "zh-city", Corruption.Cp1252Twice, 1.0 },
        { "zh-city", Corruption.Cp1254TwiceDropped, 0.99 },
        { "zh-city", Corruption.Cp1250ThenCp1252Dropped, 0.99 },
        { "zh-city", Corruption.Cp1252NbspAsSpace, 0.99 },
        { "ja-daily", Corruption.Cp1252Dropped, 0.99 },
        { "ja-daily", Corruption.Cp1254Dropped, 0.99 },
        { "ja-daily", Corruption.Cp1254DroppedShyStripped, 0.985 },
        { "ja-daily", Corruption.Cp1250Dropped, 0.995 },
        { "ja-daily", Corruption.Latin1Stripped, 0.75 },
        { "ja-daily", Corruption.Cp1252NbspAsSpace, 0.98 },
        { "ja-tech", Corruption.Cp1252Dropped, 0.995 },
        { "ja-tech", Corruption.Cp1254Dropped, 0.99 },
        { "ja-tech", Corruption.Cp1254DroppedShyStripped, 0.995 },
        { "ja-tech", Corruption.Cp1250Dropped, 0.985 },
        { "ja-tech", Corruption.Latin1Stripped, 0.83 },
        { "ja-garden", Corruption.Cp1252Dropped, 0.995 },
        { "ja-garden", Corruption.Cp1254Dropped, 0.992 },
        { "ja-garden", Corruption.Cp1254DroppedShyStripped, 0.99 },
        { "ja-garden", Corruption.Cp1250Dropped, 0.99 },
        { "ja-garden", Corruption.Latin1Stripped, 0.74 },
        { "ja-garden", Corruption.Cp1252Twice, 1.0 },
        { "ja-cook", Corruption.Cp1252Dropped, 1.0 },
        { "ja-cook", Corruption.Cp1254Dropped, 0.995 },
        { "ja-cook", Corruption.Cp1250Dropped, 1.0 },
        { "ja-cook", Corruption.Latin1Stripped, 0.83 },
        { "ja-cook", Corruption.Cp1252TwiceOuterDropped, 1.0 },
        { "ja-cook", Corruption.Cp1254TwiceDropped, 0.985 },
        { "ru", Corruption.Cp1252Dropped, 0.99 },
        { "ru", Corruption.Cp1252Replaced, 0.99 },
        { "ru", Corruption.Cp1254Dropped, 0.99 },
        { "ru", Corruption.Cp1250Dropped, 0.995 },
        { "ru", Corruption.Cp1251Dropped, 1.0 },
        { "ru", Corruption.Latin1Stripped, 0.98 },
        { "ru", Corruption.Cp1252Twice, 1.0 },
        { "es", Corruption.Cp1252Dropped, 1.0 },
        { "es", Corruption.Cp1254Dropped, 1.0 },
        { "es", Corruption.Cp1254DroppedShyStripped, 1.0 },
        { "es", Corruption.Cp1250Dropped, 1.0 },
        { "es", Corruption.Latin1Stripped, 1.0 },
        { "es", Corruption.Cp1252Twice, 1.0 },
        { "pt", Corruption.Cp1252Dropped, 1.0 },
        { "pt", Corruption.Cp1254Dropped, 1.0 },
        { "pt", Corruption.Cp1250Dropped, 1.0 },
        { "pt", Corruption.Latin1Stripped, 0.95 },
        { "pt", Corruption.Cp1252Twice, 1.0 },
        { "nl", Corruption.Cp1252Dropped, 1.0 },
        { "nl", Corruption.Cp1254Dropped, 1.0 },
        { "nl", Corruption.Cp1250Dropped, 1.0 },
        // nl.txt cites with “…” and sets an aside between spaced em dashes, which latin-1 leaves as the ‘…’ and the spaced
        // en dashes Dutch writes most today.
        { "nl", Corruption.Latin1Stripped, 0.5 },
        { "en", Corruption.Cp1252Dropped, 1.0 },
        { "en", Corruption.Cp1252Replaced, 1.0 },
        { "en", Corruption.Cp1254Dropped, 1.0 },
        { "en", Corruption.Latin1Stripped, 1.0 },
        { "en", Corruption.Cp1252Twice, 1.0 },
        { "zh", Corruption.Cp1252TwiceOuterDropped, 0.995 },
        { "zh", Corruption.Cp1252TwiceDropped, 0.995 },
        { "zh-tech", Corruption.Cp1252TwiceOuterDropped, 1.0 },
        { "zh-tech", Corruption.Cp1252TwiceDropped, 1.0 },
        { "ja", Corruption.Cp1252TwiceOuterDropped, 0.99 },
        { "ja", Corruption.Cp1252TwiceDropped, 0.99 },
        { "ja-daily", Corruption.Cp1252TwiceOuterDropped, 0.99 },
        { "ja-daily", Corruption.Cp1252TwiceDropped, 0.99 },
        { "ja-tech", Corruption.Cp1252TwiceOuterDropped, 1.0 },
        { "ja-tech", Corruption.Cp1252TwiceDropped, 1.0 },
        { "ru", Corruption.Cp1252TwiceOuterDropped, 0.99 },
        { "ru", Corruption.Cp1252TwiceDropped, 0.99 },
        { "ru", Corruption.Cp1254TwiceDropped, 0.99 },
        { "ja", Corruption.Cp1254TwiceDropped, 0.99 },
        { "ja-daily", Corruption.Cp1254TwiceDropped, 0.99 },
        { "zh", Corruption.Cp1254TwiceDropped, 0.99 },
        { "es", Corruption.Cp1252TwiceOuterDropped, 1.0 },
        { "es", Corruption.Cp1252TwiceDropped, 1.0 },
        { "pt", Corruption.Cp1252TwiceOuterDropped, 1.0 },
        { "pt", Corruption.Cp1252TwiceDropped, 1.0 },
        { "nl", Corruption.Cp1252TwiceOuterDropped, 1.0 },
        { "nl", Corruption.Cp1252TwiceDropped, 1.0 },
        { "en", Corruption.Cp1252TwiceOuterDropped, 1.0 },
        { "en", Corruption.Cp1252TwiceDropped, 1.0 },
        // Chinese that ends its sentences in the full-width stop ．, whose lost byte ！ and ＝ share.
        { "zh-stops", Corruption.Cp1254Dropped, 0.995 },
        { "zh-stops", Corruption.Cp1254DroppedShyStripped, 0.995 },
        { "zh-stops", Corruption.Cp1254TwiceDropped, 0.995 },
        { "zh-stops", Corruption.Cp1252Dropped, 1.0 },
        // Traditional Chinese, read by the simplified word model through the characters' simplified forms.
        { "zh-hant", Corruption.Cp1252Dropped, 0.995 },
        { "zh-hant", Corruption.Cp1254Dropped, 0.99 },
        { "zh-hant", Corruption.Cp1254DroppedShyStripped, 0.99 },
        { "zh-hant", Corruption.Cp1250Dropped, 0.995 },
        { "zh-hant", Corruption.Latin1Stripped, 0.81 },
        { "zh-hant", Corruption.Cp1254TwiceDropped, 0.99 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void RestoresTheDamagedCharacters(string lang, Corruption kind, double minimum)
    {
        var clean = RepairFixtures.Clean(lang);
        var damaged = Corruptor.Corrupt(clean, kind);
        Assert.NotEqual(clean, damaged);
        var accuracy = RepairScore.Accuracy(clean, Repairer.Repair(damaged).Text);
        Assert.True(accuracy >= minimum, $"{lang} {kind}: {accuracy:P2} < {minimum:P1}");
    }
}
