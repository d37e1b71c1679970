using Reader.Core.Repair;

namespace Reader.Core.Tests.Repair;

/// <summary>The article's Chinese source: UTF-8 read as cp1254, its lost bytes (and soft hyphens) dropped.</summary>
public class Source003Tests
{
    private static readonly string Path003 = Directory.GetFiles(System.IO.Path.Combine(RepoPaths.Content, "sources"), "003_*").Single();

    [Fact]
    public void UndoesCp1254AndRebuildsItsLostCharacters()
    {
        var (text, report) = new MojibakeRepairer().RepairWithReport(File.ReadAllText(Path003));
        Assert.Equal(["cp1254"], report.Encodings);
        Assert.InRange(report.CharactersRebuilt, 700, 900);
        Assert.True(report.BytesRebuilt >= report.CharactersRebuilt);
        // No mojibake left: these Latin-1 letters lead every damaged CJK character and never occur in the article.
        Assert.DoesNotContain(text, ch => ch is '\u00E5' or '\u00E6' or '\u00E7' or '\u00E4' or '\u00E8' or '\u00E9');
        Assert.Contains("\u5927\u8BED\u8A00\u6A21\u578B", text); // 大语言模型
        Assert.Contains("Karpathy", text);
    }

    [Fact]
    public void RebuildsTheDamagedCharactersAsTheHandCheckedReadingHas()
    {
        // 003-reference.txt: the repaired article with every rebuilt character checked by hand against the English original.
        var reference = File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "tests", "Reader.Core.Tests", "Repair", "Fixtures", "003-reference.txt"));
        var (text, report) = new MojibakeRepairer().RepairWithReport(File.ReadAllText(Path003));
        var accuracy = 1 - (double)RepairScore.EditDistance(reference, text) / report.CharactersRebuilt;
        Assert.True(accuracy >= 0.97, $"{accuracy:P2} of the rebuilt characters match the hand-checked reading");
    }
}
