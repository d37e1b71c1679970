using Reader.Core.Repair;
using Reader.Core.Repair.LanguageModels;

namespace Reader.Core.Tests.Repair.LanguageModels;

/// <summary>Sites the models cannot decide lean to what the same document chose where it was sure.</summary>
public class DocumentChoicesTests
{
    private const int Key = 0x9375; // 鍵
    private const int Iron = 0x9435; // 鐵
    private const int Goose = 0x9D5D; // 鵝

    // A manual about keys, in traditional Chinese written word by word: 鍵 (E9 8D B5) and 鐵 (E9 90 B5) each lose
    // their middle byte to cp1252 and cp1254. Where a word's neighbours are only spaces and punctuation the models
    // favour 鐵; 鍵盤 and 按鍵 elsewhere show what this document writes.
    private const string KeysManual =
        "鍵盤上的每一個按鍵都對應一個鍵碼，程式收到鍵碼以後再把它轉換為字元。\n" +
        "按下 Shift 鍵 時, 程式 讀取 鍵碼 並 轉換為 大寫 字元.\n" +
        "如果 兩個 按鍵 的 鍵碼 相同, 系統 只會 選擇 第一個 鍵.\n" +
        "使用者 可以 重新 對映 任何 鍵, 例如 把 Caps Lock 鍵 改為 Control 鍵.\n" +
        "鍵盤配置檔案列出每一個鍵碼和它對應的符號。\n" +
        "清除 所有 修飾鍵 以後, 再 加入 新的 鍵.\n" +
        "要 查看 某個 鍵 的 鍵碼, 可以 執行 xev 並 按下 那個 鍵.\n";

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1254Dropped)]
    public void ACharacterTheDocumentIsSureOfElsewhereWinsWhereTheModelsAreUnsure(Corruption kind)
    {
        var damaged = Corruptor.Corrupt(KeysManual, kind);
        Assert.DoesNotContain("\u9375", damaged);

        Assert.Equal(KeysManual, new MojibakeRepairer().Repair(damaged).Text);
    }

    [Fact]
    public void NothingLeansBeforeTheDocumentHasChosen()
    {
        var choices = new DocumentChoices(c => CharNGramModel.Shared.Score(0, 0, c));
        int[] site = [Key, Iron, Goose];

        Assert.False(choices.Learn([]));
        Assert.Equal(0, choices.Score(site, Key));
        Assert.Equal(0, choices.Score(site, Iron));
    }

    [Fact]
    public void OnlySureChoicesOfIdeographsOrKanaCount()
    {
        var choices = new DocumentChoices(c => CharNGramModel.Shared.Score(0, 0, c));
        int[] site = [Key, Iron, Goose];

        // An unsure 鍵, and a sure é: a letter belongs to a word, which the word models decide.
        Assert.False(choices.Learn([[Rebuilt("\u9375", DocumentChoices.Sure - 0.01), Rebuilt("\u00E9", 1.0)]]));
        Assert.Equal(0, choices.Score(site, Key));
        Assert.Equal(0, choices.Score([0xE9, 0xE8], 0xE9));
    }

    [Fact]
    public void TheMoreOftenTheDocumentChoseACharacterTheMoreItLeans()
    {
        var choices = new DocumentChoices(c => CharNGramModel.Shared.Score(0, 0, c));
        int[] site = [Key, Iron, Goose];

        Assert.True(choices.Learn([[Rebuilt("\u9375", 0.99)]]));
        var once = choices.Score(site, Key) - choices.Score(site, Iron);
        choices.Learn([Enumerable.Repeat(Rebuilt("\u9375", 0.99), 20)]);
        var often = choices.Score(site, Key) - choices.Score(site, Iron);

        Assert.True(once > 0);
        Assert.True(often > once + 1);
        // A site whose candidates the document never chose is left to the models.
        Assert.Equal(0, choices.Score([0x4E2D, 0x4E0D], 0x4E2D));
    }

    [Fact]
    public void ACommonCharacterChosenAsOftenAsTextAtLargeWouldGainsNothing()
    {
        // Given text-at-large shares, a document that chose each candidate in those shares leans to none of them.
        var shares = new Dictionary<int, double> { [0x4E2D] = 0.6, [0x4E0D] = 0.3, [0x4E0E] = 0.1 }; // 中 不 与
        var choices = new DocumentChoices(c => Math.Log(shares[c]));
        choices.Learn([[
            .. Enumerable.Repeat(Rebuilt("\u4E2D", 1), 60),
            .. Enumerable.Repeat(Rebuilt("\u4E0D", 1), 30),
            .. Enumerable.Repeat(Rebuilt("\u4E0E", 1), 10),
        ]]);
        int[] site = [.. shares.Keys];

        foreach (var c in site)
        {
            Assert.Equal(0, choices.Score(site, c), 9);
        }
    }

    private static RebuiltCharacter Rebuilt(string chosen, double confidence) =>
        new(1, 1, "\u00E9\u00B5", chosen, 1, confidence, [new RepairCandidate(chosen, confidence)]);
}
