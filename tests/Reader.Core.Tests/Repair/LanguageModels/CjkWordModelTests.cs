using Reader.Core.Repair;
using Reader.Core.Repair.LanguageModels;

namespace Reader.Core.Tests.Repair.LanguageModels;

/// <summary>The word-level tables behind CJK repair: the Chinese word trigrams and IPAdic's Japanese costs.</summary>
public class CjkWordModelTests
{
    private static readonly MojibakeRepairer Repairer = new();

    [Fact]
    public void ChineseBigramsKnowWhichWordFollowsInRunningText()
    {
        var model = WordTrigramModel.Shared;
        var environment = model.Find("\u73AF\u5883"); // 环境
        Assert.True(environment > 0);
        // 环境中 ("in the environment") is common running text; 环境不 much rarer.
        Assert.True(model.Score(environment, model.Find("\u4E2D")) > model.Score(environment, model.Find("\u4E0D")) + 1);
    }

    [Fact]
    public void ChineseTrigramsSeeTwoWordsBack()
    {
        var model = WordTrigramModel.Shared;
        var second = model.Find("\u79D2"); // 秒
        var one = model.Find("\u4E00"); // 一
        var after = model.Find("\u540E"); // 后
        // 后一秒 ("a second later") is a stored trigram, so 秒 is likelier after 后 一 than after 一 alone, and likelier
        // than after 十 一 ("eleven"), which backs off.
        Assert.True(model.Score(after, one, second) > model.Score(one, second) + 0.5);
        Assert.True(model.Score(after, one, second) > model.Score(model.Find("\u5341"), one, second) + 0.5);
    }

    [Fact]
    public void AsciiPunctuationAfterAnIdeographScoresAsItsFullWidthForm()
    {
        var model = CharNGramModel.Shared;
        // 些吗? is Chinese typed with an ASCII question mark: the table, drawn from text that writes ？, should rank 吗
        // over 字 before it as it does before ？, and it does only when ? reads as ？ there.
        Assert.Equal(model.Score('\u4E9B', '\u5417', '\uFF1F'), model.Score('\u4E9B', '\u5417', '?'));
        Assert.True(model.Score('\u4E9B', '\u5417', '?') > model.Score('\u4E9B', '\u5B57', '?'));
        Assert.Equal(model.Score('\u5305', '\u540D', '\u3002'), model.Score('\u5305', '\u540D', '.')); // 包名. as 包名。
        // After Latin letters or kana, ASCII punctuation is itself.
        Assert.NotEqual(model.Score('o', 'k', '\uFF1F'), model.Score('o', 'k', '?'));
        Assert.NotEqual(model.Score('\u3055', '\u3044', '\uFF09'), model.Score('\u3055', '\u3044', ')'));
    }

    [Fact]
    public void AQuestionTypedInAsciiAfterChineseKeepsItsQuestionWord()
    {
        // 吗 (E5 90 97) loses its 0x90 to cp1254, and 字 (E5 AD 97) its soft hyphen where those are stripped: both are "å—".
        var clean = "\u8FD9\u4E2A\u65B9\u6CD5\u53EF\u4EE5\u518D\u7B80\u5355\u4E9B\u5417? \u5F53\u7136\u53EF\u4EE5.\n" // 这个方法可以再简单些吗? 当然可以.
            + "\u4F60\u4F1A\u7528\u8FD9\u4E2A\u547D\u4EE4\u5417? \u4E0D\u4F1A\u7684\u8BDD, \u5148\u770B\u624B\u518C.\n"; // 你会用这个命令吗? 不会的话, 先看手册.
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Cp1254DroppedShyStripped)).Text;
        Assert.Contains("\u547D\u4EE4\u5417?", repaired);
    }

    [Fact]
    public void TraditionalCharactersKnowTheirSimplifiedForms()
    {
        var variants = ChineseVariants.Shared;
        Assert.Contains(0x534F, variants.Simplified(0x5354)); // 協 → 协
        Assert.True(variants.IsTraditional(0x5354));
        Assert.True(variants.IsSimplified(0x534F));
        Assert.Empty(variants.Simplified(0x4E2D)); // 中 is written alike in both
        Assert.False(variants.IsTraditional(0x4E2D) || variants.IsSimplified(0x4E2D));
        // 向 is the simplified form of the rare 嚮, but traditional text writes it too.
        Assert.False(variants.IsSimplified(0x5411));
    }

    [Fact]
    public void SimplifiedFormsTraditionalTextDoesNotWriteAreSimplifiedOnly()
    {
        var variants = ChineseVariants.Shared;
        // Unihan lists 这, 标, 应 among their own traditional forms (for rare Taiwanese sources), yet traditional text
        // writes 這, 標, 應.
        Assert.True(variants.IsSimplified(0x8FD9));
        Assert.True(variants.IsSimplified(0x6807));
        Assert.True(variants.IsSimplified(0x5E94));
        // 划 stands beside 劃 in traditional text (划船), and Japanese writes 体: neither is simplified only.
        Assert.False(variants.IsSimplified(0x5212));
        Assert.False(variants.IsSimplified(0x4F53));
    }

    [Fact]
    public void FormsOnlyJapaneseWritesAreKnown()
    {
        var variants = ChineseVariants.Shared;
        Assert.True(variants.IsJapanese(0x56F3)); // 図 (图 in simplified, 圖 in traditional Chinese)
        Assert.True(variants.IsJapanese(0x6C17)); // 気
        Assert.False(variants.IsJapanese(0x9019)); // 這
        Assert.False(variants.IsJapanese(0x4E2D)); // 中
    }

    [Fact]
    public void ATraditionalChineseDocumentReadsItsCharactersThroughTheirSimplifiedForms()
    {
        var traditional = new DocumentModel(CharNGramModel.Shared);
        traditional.Learn(CodePoints("\u8A72\u9078\u9805\u5217\u51FA\u7DB2\u8DEF\u4ECB\u9762\u7684\u7D71\u8A08\u8CC7\u6599\u8207\u9023\u7DDA\u72C0\u614B")); // 該選項列出網路介面的統計資料與連線狀態
        // The table, drawn from mostly simplified text, knows 這 far less than 这: in a traditional document 這 scores as
        // 这 does there, and 这 is marked down for its script.
        Assert.True(traditional.Score(0, '\u3002', '\u9019') > traditional.Score(0, '\u3002', '\u8FD9') + 2); // 。這 over 。这
        Assert.True(traditional.Score(0, '\u3002', '\u9019') > CharNGramModel.Shared.Score(0, '\u3002', '\u9019') + 2);
        // Japanese writes traditional forms too, but the forms only it writes (図, 気) tell it: its kanji keep their own scores.
        var japanese = new DocumentModel(CharNGramModel.Shared);
        japanese.Learn(CodePoints("\u6A5F\u68B0\u306E\u8A2D\u8A08\u56F3\u3068\u96FB\u6C17\u306E\u8AAC\u660E")); // 機械の設計図と電気の説明
        Assert.True(japanese.Score(0, '\u3002', '\u9019') < CharNGramModel.Shared.Score(0, '\u3002', '\u9019') + 1);
    }

    [Fact]
    public void TraditionalChineseThroughLatin1GetsNoSimplifiedOnlyCharacters()
    {
        // Latin-1 without C1 loses the last byte of 返 (E8 BF 94), which keeps "è¿" and may then be any of 返 这 还 进 运
        // 远 连; the word models, of simplified text, read 这 個 as the likelier words.
        var clean = "\u9019\u500B\u7A0B\u5F0F\u6703\u8FD4\u56DE\u76EE\u524D\u9023\u7DDA\u7684\u72C0\u614B\u3002\u5982\u679C\u9023\u7DDA\u5931\u6557\uFF0C\u5247\u8FD4\u56DE\u932F\u8AA4\u8A0A\u606F\u3002\n" // 這個程式會返回目前連線的狀態。如果連線失敗，則返回錯誤訊息。
            + "\u4F7F\u7528\u8005\u53EF\u4EE5\u5728\u8A2D\u5B9A\u6A94\u4E2D\u6307\u5B9A\u4F3A\u670D\u5668\u7684\u4F4D\u5740\u8207\u9023\u63A5\u57E0\u3002\n" // 使用者可以在設定檔中指定伺服器的位址與連接埠。
            + "\u8A72\u9078\u9805\u5217\u51FA\u6240\u6709\u7DB2\u8DEF\u4ECB\u9762\u7684\u7D71\u8A08\u8CC7\u6599\uFF0C\u5305\u62EC\u50B3\u9001\u8207\u63A5\u6536\u7684\u5C01\u5305\u6578\u91CF\u3002\n" // 該選項列出所有網路介面的統計資料，包括傳送與接收的封包數量。
            + "\u57F7\u884C\u9019\u500B\u547D\u4EE4\u4E4B\u524D\uFF0C\u8ACB\u5148\u78BA\u8A8D\u7CFB\u7D71\u5DF2\u7D93\u5B89\u88DD\u4E86\u76F8\u95DC\u7684\u8EDF\u9AD4\u5957\u4EF6\u3002\n"; // 執行這個命令之前，請先確認系統已經安裝了相關的軟體套件。
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Latin1Stripped)).Text;
        Assert.StartsWith(clean[..(clean.IndexOf('\n') + 1)], repaired);
        Assert.DoesNotContain(repaired.EnumerateRunes(), r => ChineseVariants.Shared.IsSimplified(r.Value));
    }

    [Fact]
    public void TheDocumentsOwnScriptMarksCharactersOfTheOtherDown()
    {
        var simplified = new DocumentModel(CharNGramModel.Shared);
        var traditional = new DocumentModel(CharNGramModel.Shared);
        Assert.Equal(0, simplified.ScriptScore(0x5354)); // nothing seen yet: no opinion
        simplified.Learn("这个协议的实现很简单".EnumerateRunes().Select(r => r.Value).ToArray()); // 这个协议的实现很简单
        traditional.Learn("這個協議的實現很簡單".EnumerateRunes().Select(r => r.Value).ToArray()); // 這個協議的實現很簡單
        Assert.True(simplified.ScriptScore(0x5354) < -1); // 協 in simplified text
        Assert.Equal(0, simplified.ScriptScore(0x534F));
        Assert.True(traditional.ScriptScore(0x534F) < -1); // 协 in traditional text
        Assert.Equal(0, traditional.ScriptScore(0x5354));
        Assert.Equal(0, simplified.ScriptScore(0x4E2D));
    }

    [Theory]
    [InlineData("\u5E97\u4E3B\u306F\u300C\u3053\u306E\u672C\u306F\u3082\u3046\u8AAD\u307F\u307E\u3057\u305F\u304B\u300D\u3068\u805E\u304D\u307E\u3057\u305F\u3002")] // 店主は「この本はもう読みましたか」と聞きました。
    [InlineData("\u5F7C\u306F\u300C\u306F\u3044\u3001\u305D\u3046\u3067\u3059\u300D\u3068\u8A00\u3044\u3001\u5E30\u308A\u307E\u3057\u305F\u3002")] // 彼は「はい、そうです」と言い、帰りました。
    public void AnOpenJapaneseQuotationIsClosedWhereTheClosingBracketFits(string clean)
    {
        // cp1252 keeps 「 (E3 80 8C) whole but loses the 0x8D of 」 (E3 80 8D), which every model then reads as 、
        // (E3 80 81). The bracket left open is closed at the rebuilt mark that fits a closer best, not at a comma.
        AssertRepairsBack(clean, Corruption.Cp1252Dropped);
    }

    [Fact]
    public void ALoneClosingParenthesisGetsItsOpenerBack()
    {
        // cp1250 lacks 0x88: （ (EF BC 88) loses it and reads as ！ (EF BC 81) or ０, while ） (EF BC 89) stays whole.
        var clean = "\u521B\u5EFA\u4E00\u4E2A\u5B57\u7B26\uFF08\u65E0\u7F13\u51B2\uFF09\u7279\u6B8A\u6587\u4EF6\u3002"; // 创建一个字符（无缓冲）特殊文件。
        AssertRepairsBack(clean, Corruption.Cp1250Dropped);
    }

    [Theory]
    [InlineData("\u8FD9\u4E2A\u9009\u9879\u4F1A\u6253\u5370\u51FA\u6240\u6709\u7684\u8FDE\u63A5\uFF08\u5305\u62EC\u76D1\u542C\u7684\u548C\n\u672A\u76D1\u542C\u7684\u5957\u63A5\u5B57\uFF09\u4EE5\u53CA\u5B83\u4EEC\u7684\u72B6\u6001\u3002\n", Corruption.Cp1250Dropped)] // 这个选项会打印出所有的连接（包括监听的和 / 未监听的套接字）以及它们的状态。
    [InlineData("\u300C\u6587\u5B57\u306E\u53F3\u7AEF\u304C\u6587\u5B57\u306E\u539F\u70B9\u304B\u3089\n\u3069\u308C\u3060\u3051\u53F3\u306B\u3042\u308B\u304B\u300D\u3068\u306E\u548C\u306B\u7B49\u3057\u304F\u306A\u308B\u3088\u3046\u306B\u751F\u6210\u3055\u308C\u307E\u3059\u3002\n", Corruption.Cp1254Dropped)] // 「文字の右端が文字の原点から / どれだけ右にあるか」との和に等しくなるように生成されます。
    public void AnAsideWrappedAcrossLinesPairsItsBrackets(string clean, Corruption kind)
    {
        // cp1250 loses the 0x88 of （ while ） stands whole on the next line; cp1254 loses the 0x8D of 」 while 「 stands
        // whole on the line before. Each line alone has no partner for its bracket, and every model reads the lost one as
        // ！ or 、.
        AssertRepairsBack(clean, kind);
    }

    [Fact]
    public void AQuotationClosedByARebuiltBracketLeavesNothingOpenForTheNextLine()
    {
        // 「もっと早くやるべきだったね」と田中さんが言いました。 / 今は庭がきれいになり、猫まで満足そうに見えます。
        // cp1252 loses the 0x8D of 」 (E3 80 8D) and the 0x81 of 、 (E3 80 81). The first line's 「 is closed, though not
        // by a bracket that stood whole; read as left open, it had the next line's 、 close it.
        var clean = "\u300C\u3082\u3063\u3068\u65E9\u304F\u3084\u308B\u3079\u304D\u3060\u3063\u305F\u306D\u300D\u3068\u7530\u4E2D\u3055\u3093\u304C\u8A00\u3044\u307E\u3057\u305F\u3002\n\u4ECA\u306F\u5EAD\u304C\u304D\u308C\u3044\u306B\u306A\u308A\u3001\u732B\u307E\u3067\u6E80\u8DB3\u305D\u3046\u306B\u898B\u3048\u307E\u3059\u3002\n";
        AssertRepairsBack(clean, Corruption.Cp1252Dropped);
    }

    [Fact]
    public void ANumberCallsForTheMarkOfAListOrARange()
    {
        // 1．按下“开始”按钮，等待几秒钟。 / ２．サポートセンター（平日9:00～18:00）までお電話ください。
        // cp1254 loses the 0x8E of ． (EF BC 8E) and the 0x9E of ～ (EF BD 9E): after the number that opens a line the
        // mark is a list's ．, not the ！ or ＝ the models prefer; between two numbers it is a range's ～, not ｝.
        var clean = "1\uFF0E\u6309\u4E0B\u201C\u5F00\u59CB\u201D\u6309\u94AE\uFF0C\u7B49\u5F85\u51E0\u79D2\u949F\u3002\n\uFF12\uFF0E\u30B5\u30DD\u30FC\u30C8\u30BB\u30F3\u30BF\u30FC\uFF08\u5E73\u65E59:00\uFF5E18:00\uFF09\u307E\u3067\u304A\u96FB\u8A71\u304F\u3060\u3055\u3044\u3002\n";
        AssertRepairsBack(clean, Corruption.Cp1254Dropped);
    }

    [Fact]
    public void AWordWrappedAcrossLinesIsReadWhole()
    {
        // cp1254 loses the 0x9E of 果 (E6 9E 9C) and the 0x9D of 朝 (E6 9C 9D): both are "æœ". At the start of a line
        // 朝 is the likelier word; after the 如 that ends the line before, 如果 is.
        var clean = "\u867D\u7136\u8FD9\u4E9B\u5206\u7EC4\u7684\u5F80\u8FD4\u65F6\u95F4\u8981\u7528\u4E8E\u8BA1\u7B97\u6700\u5C0F\u503C\uFF0C\u5982\n\u679C\u6536\u5230\u91CD\u590D\u7684\u5206\u7EC4\uFF0C\u5C31\u4E0D\u518D\u8BA1\u7B97\u5B83\u4EEC\u7684\u5F80\u8FD4\u65F6\u95F4\u3002\n"; // 虽然这些分组的往返时间要用于计算最小值，如 / 果收到重复的分组，就不再计算它们的往返时间。
        AssertRepairsBack(clean, Corruption.Cp1254Dropped);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp437)]
    public void WrappedLinesThatRepeatTheirNeighboursWordsAreStillRepaired(Corruption kind)
    {
        // Each line is read between the characters its neighbours wrap into it; those are no text of the line itself,
        // so a damaged run that reads as them ("显示" twice) does not make the line one that quotes its own mojibake.
        var clean = "\u8FD9\u4E2A\u9009\u9879\u7684\u7ED3\u679C\u4F1A\u663E\u793A\n\u663E\u793AIPv4 \u548C IPv6\u7684\u7EC4\u64AD\u4FE1\u606F\u3002\n\u663E\u793A\u6240\u6709\u7F51\u7EDC\u63A5\u53E3\u5217\u8868\u3002\n"; // 这个选项的结果会显示 / 显示IPv4 和 IPv6的组播信息。 / 显示所有网络接口列表。
        AssertRepairsBack(clean, kind);
    }

    [Fact]
    public void AFullStopAfterAnAcronymIsNoLetterOfIt()
    {
        // 。 is E3 80 82: latin-1 without C1 leaves a lone "ã", which after ID spells "IDã". The word table holds "idã"
        // (the crawl's noise), but an acronym takes no lower-case ending.
        var clean = "\u8A72\u9078\u9805\u5217\u51FA\u6240\u6709\u7684\u4F7F\u7528\u8005ID\u3002\n" // 該選項列出所有的使用者ID。
            + "\u6240\u6709\u53D7\u8A17\u57DF\u4E2D\u7684\u4F7F\u7528\u8005\u7D44\u4E5F\u5C07\u88AB\u5217\u51FA\u3002\n"; // 所有受託域中的使用者組也將被列出。
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Latin1Stripped)).Text;
        Assert.Contains("ID\u3002\n", repaired);
    }

    [Fact]
    public void AShortAsideInChineseThroughLatin1KeepsItsFullWidthParentheses()
    {
        // Latin-1 without C1 bytes leaves （ ） and ， all as a lone "ï¼"; one at a time the models take ，.
        var clean = "\u53EF\u4EE5\u7528 `wc` \u8BA1\u7B97\u884C\u6570\uFF08`-l`\uFF09\u548C\u5B57\u7B26\u6570\uFF08`-m`\uFF09\u3002\n" // 可以用 `wc` 计算行数（`-l`）和字符数（`-m`）。
            + "\u7528 `xdelta` \u5236\u4F5C\u4E8C\u8FDB\u5236\u5DEE\u5206\u6587\u4EF6\uFF08Delta \u538B\u7F29\uFF09\u3002\n"; // 用 `xdelta` 制作二进制差分文件（Delta 压缩）。
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Latin1Stripped)).Text;
        Assert.Contains("\uFF08`-m`\uFF09", repaired);
        Assert.Contains("\uFF08Delta \u538B\u7F29\uFF09", repaired);
    }

    [Fact]
    public void AsciiBetweenTwoLostMarksAfterChineseIsInParentheses()
    {
        // Around a run of ASCII right after Chinese, two lone "ï¼" are parentheses far more often than commas, though the
        // character model, weighing each mark beside the Latin letters, takes ，.
        var clean = "\u6570\u636E\u5E93\u4F7F\u7528\u9884\u5199\u65E5\u5FD7\uFF08WAL\uFF09\u4FDD\u8BC1\u63D0\u4EA4\u7684\u6570\u636E\u4E0D\u4F1A\u4E22\u5931\u3002\n" // 数据库使用预写日志（WAL）保证提交的数据不会丢失。
            + "\u7A0B\u5E8F\u8BFB\u53D6\u914D\u7F6E\u6587\u4EF6\uFF08config.ini\uFF09\u540E\u5F00\u59CB\u8FD0\u884C\u3002\n"; // 程序读取配置文件（config.ini）后开始运行。
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Latin1Stripped)).Text;
        Assert.Contains("\uFF08WAL\uFF09", repaired);
        Assert.Contains("\uFF08config.ini\uFF09", repaired);
    }

    [Fact]
    public void JapaneseTableHasWordsAndConnectionCosts()
    {
        var model = JapaneseWordModel.Shared;
        Assert.NotEmpty(model.Find("\u3044\u308D\u3044\u308D")); // いろいろ
        Assert.Empty(model.Find("\u3044\u3042\u3044\u3042")); // いあいあ
        var noun = model.Find("\u672C")[0]; // 本 (book)
        var particle = model.Find("\u3092").First(); // を
        // を after a noun is ordinary; を straight after another を is not.
        Assert.True(model.Connection(noun.Right, particle.Left) < model.Connection(particle.Right, particle.Left));
    }

    [Fact]
    public void JapaneseWordTrigramsEndSentencesWithTheFullStopTheirCorpusWasCutAt()
    {
        var model = WordTrigramModel.Japanese;
        var stop = model.Find("\u3002"); // 。
        Assert.True(stop > 0);
        Assert.NotEqual(model.Unknown, model.EndOfSentence);
        // 。 after the past tense た ends a sentence often; after the object particle を almost never.
        var past = model.Find("\u305F");
        var objectParticle = model.Find("\u3092");
        Assert.True(model.Score(past, stop) > model.Score(objectParticle, stop) + 1);
        // A sentence after 。 starts as one after the start of a line does.
        var topic = model.Find("\u3053\u306E"); // この
        Assert.Equal(model.Score(model.Unknown, topic), model.Score(stop, topic), 3);
    }

    [Fact]
    public void JapaneseWordTrigramsPreferTheWordsARunOfLostKanaSpells()
    {
        // Latin-1 without C1 leaves 新宿からバスで and 新宿、テニスで the same bytes: the lead byte of each kana and mark,
        // and the B9 of ス. IPAdic's costs, made to segment one given string, chose the second.
        var model = WordTrigramModel.Japanese;
        double Read(params string[] words)
        {
            var (a, b, score) = (model.Unknown, model.Find("\u65B0\u5BBF"), 0.0); // 新宿
            foreach (var word in words)
            {
                var id = model.Find(word);
                Assert.True(id > 0, word);
                (a, b, score) = (b, id, score + model.Score(a, b, id));
            }
            return score;
        }
        Assert.True(Read("\u304B\u3089", "\u30D0\u30B9", "\u3067") > Read("\u3001", "\u30C6\u30CB\u30B9", "\u3067") + 1); // から バス で, 、 テニス で
    }

    [Fact]
    public void AKatakanaLoanwordIPAdicLacksIsReadAsOneUnknownWord()
    {
        // cp1250 lacks 0x81 and 0x83, which tell hiragana from katakana: ファラフェル (falafel), neither in IPAdic nor
        // among the loanwords of the running text or the web crawl, must not become hiragana, which are cheaper words than
        // unknown letters.
        var clean = "\u30D5\u30A1\u30E9\u30D5\u30A7\u30EB\u3092\u6CE8\u6587\u3057\u307E\u3059\u3002"; // ファラフェルを注文します。
        Assert.Empty(JapaneseWordModel.Shared.Find("\u30D5\u30A1\u30E9\u30D5\u30A7\u30EB"));
        AssertRepairsBack(clean, Corruption.Cp1250Dropped);
    }

    [Theory]
    [InlineData(Corruption.Cp1250Dropped)]
    [InlineData(Corruption.Cp1254Dropped)]
    public void KatakanaLoanwordsOfRunningTextAreWordsOfTheirOwn(Corruption kind)
    {
        // IPAdic lacks ハイパーリンク and プレースホルダー; read letter by letter they lose to the cheaper words a lost
        // byte makes (バイパー, 、 and し). The loanwords that Japanese manuals use are in the table as common nouns.
        var clean = "\u30B3\u30F3\u30C6\u30AD\u30B9\u30C8\u30E1\u30CB\u30E5\u30FC\u304B\u3089\u30CF\u30A4\u30D1\u30FC\u30EA\u30F3\u30AF\u3092\u7DE8\u96C6\u3057\u307E\u3059\u3002\n"
            + "\u30D7\u30EC\u30FC\u30B9\u30DB\u30EB\u30C0\u30FC\u3092\u30C0\u30D6\u30EB\u30AF\u30EA\u30C3\u30AF\u3057\u3066\u30C6\u30AD\u30B9\u30C8\u3092\u5165\u529B\u3057\u307E\u3059\u3002\n"
            + "\u30D8\u30C3\u30C0\u30FC\u3068\u30D5\u30C3\u30BF\u30FC\u3092\u633F\u5165\u3057\u307E\u3059\u3002\n";
        Assert.NotEmpty(JapaneseWordModel.Shared.Find("\u30CF\u30A4\u30D1\u30FC\u30EA\u30F3\u30AF"));
        AssertRepairsBack(clean, kind);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1254DroppedShyStripped)]
    public void AKanjiThatLostBothItsBytesIsNoNumberAfterANoun(Corruption kind)
    {
        // 名 (E5 90 8D) and 十 (E5 8D 81) both lose their last two bytes to these pages, and IPAdic prices the numeral
        // far below the noun: ログイン名 would be ログイン十.
        var clean = "\u3053\u306E\u30B3\u30DE\u30F3\u30C9\u306F\u3001\u8A2D\u5B9A\u30D5\u30A1\u30A4\u30EB\u540D\u3068"
            + "\u30B0\u30EB\u30FC\u30D7\u540D\u3092\u53D7\u3051\u53D6\u308A\u3001\u30ED\u30B0\u30A4\u30F3\u540D\u3054\u3068\u306B"
            + "\u7D50\u679C\u3092\u8868\u793A\u3057\u307E\u3059\u3002"; // このコマンドは、設定ファイル名とグループ名を受け取り、ログイン名ごとに結果を表示します。
        AssertRepairsBack(clean, kind);
    }

    [Fact]
    public void KatakanaWordsOfTheWebCrawlAreWordsOfTheirOwn()
    {
        // IPAdic lacks ハンドラー, and the manuals' running text never has it: read letter by letter, ハ (E3 83 8F) lost
        // its last byte to cp1254 and マンドラー was as cheap. Tesseract's Japanese word list has it.
        var clean = "\u30B7\u30B0\u30CA\u30EB\u30CF\u30F3\u30C9\u30E9\u30FC\u3092\u8A2D\u5B9A\u3057\u3066\u304F\u3060\u3055\u3044\u3002"; // シグナルハンドラーを設定してください。
        Assert.NotEmpty(JapaneseWordModel.Shared.Find("\u30CF\u30F3\u30C9\u30E9\u30FC"));
        AssertRepairsBack(clean, Corruption.Cp1254DroppedShyStripped);
    }

    [Fact]
    public void ACharacterThatTookTheSpaceAfterItStaysForTheWordModels()
    {
        // 場 is E5 A0 B4: with its no-break space turned into a plain one it reads "\u00E5 \u00B4". The word models would
        // read the space and the acute as text of their own and put 后 there (后 \u00B4合).
        var clean = "\u30D5\u30A1\u30A4\u30EB\u304C\u5B58\u5728\u3057\u306A\u3044\u5834\u5408\u306B\u5931\u6557\u3082\u305B\u305A"
            + "\u30B9\u30C6\u30FC\u30BF\u30B9\u3082\u8868\u793A\u3057\u306A\u3044"; // ファイルが存在しない場合に失敗もせずステータスも表示しない
        AssertRepairsBack(clean, Corruption.Cp1252NbspAsSpace);
    }

    [Fact]
    public void ALoneLeadThatMayTakeTheSpaceAfterItOpensACjkLine()
    {
        // 遠 is E9 81 A0: cp1252 loses 0x81 and shows A0 as a no-break space, which became a plain one: "é 端". That
        // space is no certain text of the document, which would otherwise vouch for the lone é as a word of its own.
        var clean = "\u9060\u7AEF\u4E3B\u6A5F\u5DF2\u95DC\u9589\u9023\u7DDA\uFF0C\u7B49\u5F85\u91CD\u65B0\u9023\u7DDA\u3002\n" // 遠端主機已關閉連線，等待重新連線。
            + "\u9060\u7AEF\u65B9\u4E2D\u6B62\uFF0C\u9023\u7DDA\u5DF2\u95DC\u9589\u3002\n"; // 遠端方中止，連線已關閉。
        AssertRepairsBack(clean, Corruption.Cp1252NbspAsSpace);
    }

    [Theory]
    [InlineData("\u914D\u989D\u6587\u4EF6\u5B58\u653E\u5728\u6587\u4EF6\u7CFB\u7EDF\u6839\u76EE\u5F55\u4E0B\u3002")] // 配额文件存放在文件系统根目录下。
    [InlineData("\u53EF\u80FD\u306A\u5834\u5408\u306F\u5927\u6587\u5B57\u3092\u4F7F\u7528\u3059\u308B\u3002")] // 可能な場合は大文字を使用する。
    public void TheWordModelsReadAWordThroughTheSpaceItsCharacterTook(string clean)
    {
        // 根 (E6 A0 B9) reads "\u00E6 \u00B9" once its no-break space is a plain one, and 場 (E5 A0 B4) "\u00E5 \u00B4". The
        // character model, judging each character between its neighbours, chose 搞 and 又, which lost their bytes, and
        // left the space; only the words 根目录 and 場合 show it was a byte.
        AssertRepairsBack(clean, Corruption.Cp1252NbspAsSpace);
    }

    [Fact]
    public void AWordThatTookTheSpaceMayStillBeReadBeforeIt()
    {
        // ム (E3 83 A0) reads "\u00E3\u0192 " and マ (E3 83 9E) lost its last byte: read as one word, タイムゾーン is
        // dearer than タイマ ゾーン. Read as the character model reads it, with the space between, タイム wins.
        var clean = "\u30B5\u30FC\u30D0\u30FC\u306E\u30BF\u30A4\u30E0\u30BE\u30FC\u30F3\u3092\u5909\u66F4\u3059\u308B\u5834\u5408\u306F\u3001\u8A2D\u5B9A\u30D5\u30A1\u30A4\u30EB\u3092\u7DE8\u96C6\u3057\u307E\u3059\u3002"; // サーバーのタイムゾーンを変更する場合は、設定ファイルを編集します。
        AssertRepairsBack(clean, Corruption.Cp1252NbspAsSpace);
    }

    [Fact]
    public void AKatakanaWordIsNotSplitIntoTwoCheaperOnes()
    {
        // cp1254 lacks 0x90 and 0x81: バ (E3 83 90) and チ (E3 83 81) differ in a lost byte, and MeCab's costs price
        // チー + ジョン under バージョン.
        var clean = "\u30D0\u30FC\u30B8\u30E7\u30F3\u60C5\u5831\u3092\u8868\u793A\u3057\u307E\u3059\u3002"; // バージョン情報を表示します。
        AssertRepairsBack(clean, Corruption.Cp1254DroppedShyStripped);
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("ja-garden")]
    [InlineData("ja-tech")]
    public void RebuiltJapaneseThroughLatin1GetsNoMoreCommasThanItHad(string fixture)
    {
        // Latin-1 leaves a lone "\u00E3" of 、 and of a hundred kana alike; IPAdic's negative cost for 、 put it in
        // most of them (ja-garden: 102 for 31).
        var clean = RepairFixtures.Clean(fixture);
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Latin1Stripped)).Text;
        Assert.InRange(repaired.Count(c => c == '\u3001'), 0, clean.Count(c => c == '\u3001') * 3 / 2);
    }

    [Fact]
    public void JapaneseLinesKeepJapaneseKanjiInsteadOfChineseForms()
    {
        var clean = "\u79C1\u305F\u3061\u306E\u753A\u3067\u306F\u3001\u6BCE\u5E74\u79CB\u306B\u306A\u308B\u3068\u5C0F\u3055\u306A\u304A\u796D\u308A\u304C\u958B\u304B\u308C\u307E\u3059\u3002"; // 私たちの町では、毎年秋になると小さなお祭りが開かれます。
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Cp1254Dropped)).Text;
        Assert.Equal(clean, repaired);
    }

    [Fact]
    public void ALoneSurrogateBesideDamagedChineseStaysAsItWas()
    {
        var clean = "\u73AF\u5883\u4E2D\u4F18\u5316"; // 环境中优化
        var damaged = Corruptor.Corrupt(clean, Corruption.Cp1254Dropped) + " \uD800 x";
        var repaired = Repairer.Repair(damaged).Text;
        Assert.EndsWith(" \uD800 x", repaired);
        Assert.StartsWith(clean, repaired);
    }

    private static int[] CodePoints(string text) => text.EnumerateRunes().Select(r => r.Value).ToArray();

    // The text, damaged the given way, comes back as it was.
    private static void AssertRepairsBack(string clean, Corruption kind) =>
        Assert.Equal(clean, Repairer.Repair(Corruptor.Corrupt(clean, kind)).Text);
}
