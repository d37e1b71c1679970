using System.Text;
using System.Text.RegularExpressions;
using Reader.Core.Repair;
using Reader.Core.Repair.LanguageModels;

namespace Reader.Core.Tests.Repair;

public class MojibakeRepairerTests
{
    private static readonly MojibakeRepairer Repairer = new();

    public static TheoryData<string> Languages() => [.. RepairFixtures.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void CleanTextComesBackIdentical(string lang)
    {
        var clean = RepairFixtures.Clean(lang);
        var result = Repairer.Repair(clean);
        Assert.Equal(clean, result.Text);
        Assert.True(result.Summary.IsClean);
    }

    public static TheoryData<string> FixtureFiles() =>
    [
        .. Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "Reader.Core.Tests", "Repair", "Fixtures"), "*.txt", SearchOption.AllDirectories)
            .Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void EveryCleanFixtureComesBackIdentical(string file)
    {
        // Every text beside these tests, in whichever folder, including the hand-checked reading of 003.
        var path = Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "Reader.Core.Tests", "Repair", "Fixtures"), file, SearchOption.AllDirectories).Single();
        var clean = File.ReadAllText(path);
        Assert.Equal(clean, Repairer.Repair(clean).Text);
    }

    [Theory]
    [InlineData("\u0426\u0435 \u0431\u0443\u043B\u0430 \u043D\u0435\u0432\u0435\u043B\u0438\u043A\u0430 \u044F\u0440\u043C\u0430\u0440\u043A\u0430, \u0456 \u0432\u0441\u0456 \u0432\u0456\u0434\u0432\u0456\u0434\u0443\u0432\u0430\u0447\u0456 \u0441\u043B\u0443\u0445\u0430\u043B\u0438 \u0457\u0445\u043D\u044E \u043C\u0443\u0437\u0438\u043A\u0443. \u0404 \u0431\u0430\u0433\u0430\u0442\u043E \u0456\u043D\u0441\u0442\u0440\u0443\u043C\u0435\u043D\u0442\u0456\u0432; \u0457\u0445 \u0440\u0435\u043C\u043E\u043D\u0442\u0443\u044E\u0442\u044C.")] // uk
    [InlineData("\u0397 \u0391\u03B8\u03AE\u03BD\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B7 \u03C0\u03C1\u03C9\u03C4\u03B5\u03CD\u03BF\u03C5\u03C3\u03B1 \u03C4\u03B7\u03C2 \u0395\u03BB\u03BB\u03AC\u03B4\u03B1\u03C2. \u0388\u03C7\u03B5\u03B9 \u03C0\u03BF\u03BB\u03BB\u03AC \u03BC\u03BF\u03C5\u03C3\u03B5\u03AF\u03B1 \u03BA\u03B1\u03B9 \u03B9\u03C3\u03C4\u03BF\u03C1\u03B9\u03BA\u03AC \u03BC\u03BD\u03B7\u03BC\u03B5\u03AF\u03B1.")] // el
    [InlineData("Bug\u00FCn hava \u00E7ok g\u00FCzel; \u0130stanbul\u2019da ya\u011Fmur ya\u011Fm\u0131yor. \u00D6\u011Frenciler a\u011Fa\u00E7lar\u0131n alt\u0131nda oturuyor.")] // tr
    [InlineData("Za\u017C\u00F3\u0142\u0107 g\u0119\u015Bl\u0105 ja\u017A\u0144. \u0141\u00F3d\u017A jest du\u017Cym miastem w Polsce, a Wroc\u0142aw le\u017Cy nad Odr\u0105.")] // pl
    [InlineData("Ti\u1EBFng Vi\u1EC7t l\u00E0 ng\u00F4n ng\u1EEF ch\u00EDnh th\u1EE9c c\u1EE7a Vi\u1EC7t Nam. Ng\u01B0\u1EDDi d\u00E2n s\u1ED1ng \u1EDF th\u00E0nh ph\u1ED1 H\u1ED3 Ch\u00ED Minh.")] // vi
    [InlineData("Rom\u00E2nii m\u0103n\u00E2nc\u0103 p\u00E2ine \u00EEn fiecare diminea\u021B\u0103; r\u0103m\u00E2ne o tradi\u021Bie \u00EEn Rom\u00E2nia.")] // ro
    [InlineData("\u00DEa\u00F0 er gott a\u00F0 vera \u00E1 \u00CDslandi. Vi\u00F0 f\u00F6rum til Reykjav\u00EDkur \u00E1 morgun.")] // is
    public void CleanTextInScriptsWhosePagesHaveTheseLettersComesBackIdentical(string sentence)
    {
        // Each line read with its own script's page looks most like that page's damage; three lines, one document.
        var clean = sentence + "\n" + sentence + "\n" + sentence + "\n";
        Assert.Equal(clean, Repairer.Repair(clean).Text);
    }

    [Fact]
    public void LoneMarksOfLatin1AreRepairedInParagraphsBesideOnesWithGenuineQuotes()
    {
        // Latin-1 without its C1 bytes leaves a lone "\u00E2" of every quote and dash. Genuine quotes in one paragraph say
        // nothing of the others: a text may be damaged in places. The ellipsis keeps its A6 ("\u00E2\u00A6"), a pair that
        // makes latin-1 the page that reads the text; the lone marks still show the damage.
        string[] clean =
        [
            "The \u201CTool Options\u201D dialog \u2014 docked by default \u2014 has \u201CReset\u201D and \u201CSave\u201D buttons.",
            "Choose \u201CImage\u201D \u2192 \u201CMode\u201D \u2192 \u201CIndexed\u201D to open the \u201CConvert\u201D dialog.",
        ];
        string[] damaged =
        [
            "Below the title \u201CCreate a new layer\u201D, the name of the image is displayed.",
            "The example images show two layers \u2014 the bottom one red, the top one green \u2014 in \u201CAddition\u201D mode.",
            "It\u2019s the layer\u2019s \u201Cblend mode\u201D that decides how colors combine.",
            "You reach it through Layer \u2192 New Layer\u2026, or the button at the foot of the dialog.",
        ];
        AssertRepairsTheDamagedParagraphs([clean[0], .. damaged[..2], clean[1], .. damaged[2..]], damaged, Corruption.Latin1Stripped);
    }

    [Fact]
    public void AShortLineOfJapaneseKanaThroughLatin1IsRepaired()
    {
        // Kana spend their second byte on 80-83, which latin-1 strips: the line keeps a fifth of its continuation bytes.
        var clean = "\u30D5\u30A1\u30A4\u30EB\u3092\u958B\u3044\u3066\u304F\u3060\u3055\u3044\u3002";
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Latin1Stripped)).Text;
        Assert.DoesNotContain('\u00E3', repaired);
        Assert.True(RepairScore.Accuracy(clean, repaired) >= 0.75, repaired);
    }

    [Theory]
    [InlineData(Corruption.Latin1Stripped)]
    [InlineData(Corruption.Cp1254Dropped)]
    public void AJapaneseSentenceIsReadByTheWordsItsLostBytesSpell(Corruption kind)
    {
        // 友達と一緒に、新宿からバスで行きました。 Through latin-1 without C1, 達, と, から and the kana after them keep
        // their lead byte alone; IPAdic alone read 僕達 and 新宿、テニ(ス). Through cp1254, バ keeps E3 83 and may as
        // well be マ: バスで is the likelier string.
        var clean = "\u53CB\u9054\u3068\u4E00\u7DD2\u306B\u3001\u65B0\u5BBF\u304B\u3089\u30D0\u30B9\u3067"
            + "\u884C\u304D\u307E\u3057\u305F\u3002\n";
        Assert.Equal(clean, Repairer.Repair(Corruptor.Corrupt(clean, kind)).Text);
    }

    [Fact]
    public void AChineseDateOrPriceIsReadAsTheWordItsNumberAndUnitMake()
    {
        // Latin-1 without C1 leaves 月 (E6 9C 88) and 元 (E5 85 83) their lead byte alone. libime's corpus joined a
        // numeral to its unit (十二月), and after 十二 alone it mostly has the 指 of 十二指肠; a number of three digits
        // was no word to it at all. After an amount the lone byte is a unit of money: 元 as written, or 块 as said
        // (E5 9D 97), which the bytes cannot tell apart and the models find as likely.
        var clean = "12 \u6708 6 \u65E5\u4E0A\u5348 10 \u65F6\uFF0C\u5730\u94C1 5 \u53F7\u7EBF\u6B63\u5F0F\u5F00\u901A\u8FD0\u8425\u3002\n\n" // 12 月 6 日上午 10 时，地铁 5 号线正式开通运营。
            + "\u6211\u4EEC\u4E24\u4E2A\u4EBA\u82B1\u4E86\u5927\u7EA6 320 \u5143\uFF0C\u4EF7\u683C\u6BD4\u53BB\u5E74\u8D35\u4E86\u4E24\u6210\u3002\n"; // 我们两个人花了大约 320 元，价格比去年贵了两成。
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Latin1Stripped)).Text;
        Assert.Contains("12 \u6708 6 \u65E5", repaired);
        Assert.Matches("320 [\u5143\u5757]\uFF0C", repaired);
    }

    [Fact]
    public void AChineseParagraphOrListItemEndsWithAStopNotAComma()
    {
        // Latin-1 with its C1 bytes replaced leaves 。 (E3 80 82) and 、 (E3 80 81) the same lead byte and two U+FFFD, and
        // the word models know 、 better; but no paragraph or list item ends with it.
        var clean = "- \u540C\u6B65\u5F15\u64CE\u6539\u4E3A\u57FA\u4E8E `WebSocket` \u7684\u589E\u91CF\u63A8\u9001\uFF0C\u5927\u578B\u7B14\u8BB0\u672C\u7684\u9996\u6B21\u540C\u6B65\u65F6\u95F4\u5E73\u5747\u7F29\u77ED\u7EA6 40%\u3002\n" // - 同步引擎改为基于 `WebSocket` 的增量推送，大型笔记本的首次同步时间平均缩短约 40%。
            + "- \u65E7\u7248 `v1` \u63A5\u53E3\u5C06\u4E8E 2024 \u5E74 12 \u6708 31 \u65E5\u6B63\u5F0F\u4E0B\u7EBF\uFF0C\u8BF7\u5C3D\u5FEB\u8FC1\u79FB\u5230 `v2`\u3002\n"; // - 旧版 `v1` 接口将于 2024 年 12 月 31 日正式下线，请尽快迁移到 `v2`。
        var damaged = string.Concat(Encoding.UTF8.GetBytes(clean).Select(b => b is >= 0x80 and <= 0x9F ? '\uFFFD' : (char)b));
        var repaired = Repairer.Repair(damaged).Text.Split('\n');
        Assert.All(repaired[..2], line => Assert.EndsWith("\u3002", line));
    }

    [Fact]
    public void AFullWidthLetterTheJapaneseWordModelLacksIsNoBracketItKnows()
    {
        // ｍ (EF BD 8D) and ｝ (EF BD 9D) both lose their last byte to cp1252. libkkc's word model knows ｝ and no Latin
        // letter, so the character model, which reads ｃｍ after a number, decides.
        var clean = "\u95A2\u6771\u306E\u5C71\u6CBF\u3044\u3067\uFF11\uFF10\uFF5E\uFF12\uFF10\uFF43\uFF4D"
            + "\u306E\u96EA\u304C\u7A4D\u3082\u308B\u898B\u8FBC\u307F\u3067\u3059\u3002\n"; // 関東の山沿いで１０～２０ｃｍの雪が積もる見込みです。
        Assert.Equal(clean, Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Cp1252Dropped)).Text);
    }

    [Fact]
    public void RebuiltQuotesBesideChineseOpenAndCloseInTurn()
    {
        // Latin-1 with its C1 bytes stripped leaves a lone "â" for both “ and ”; beside Chinese no space tells which.
        var clean = "\u4ED6\u7B11\u7740\u8BF4\uFF1A\u201C\u90A3\u5C31\u9001\u7ED9\u4F60\u5427\u3002\u201D"
            + "\u6211\u95EE\uFF1A\u201C\u771F\u7684\u5417\uFF1F\u201D";
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Latin1Stripped)).Text;
        var quotes = repaired.Where(c => c is '\u201C' or '\u201D').ToArray();
        Assert.Equal(['\u201C', '\u201D', '\u201C', '\u201D'], quotes);
    }

    [Fact]
    public void ALetterGluedToAnotherAlphabetIsNoGenuineTextThatKeepsItsLineAsItStands()
    {
        // cp1251 makes Ø (C3 98) a lone Г that lost its byte, glued to "yvind": no word mixes Cyrillic and Latin, so the
        // line is damage, and the rest of it is repaired (Kolås, Pagès…), though Ø itself is a letter no model here knows.
        var clean = "Contributors: Michael Natterer, \u00D8yvind Kol\u00E5s, Ell, Jehan Pag\u00E8s\u2026\nThe release brings many new features.";
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Cp1251Dropped)).Text;
        Assert.Contains("Kol\u00E5s, Ell, Jehan Pag\u00E8s\u2026", repaired);
    }

    [Theory]
    [InlineData("A femtometre is 10\u207B\u00B9\u2075 m; the charge is 1.6\u00B710\u207B\u00B9\u2079 C.")]
    [InlineData("Some write 2\u00B9\u2070 = 1024, and 10\u207B\u00B3 for a thousandth.")]
    public void ASuperscriptBesideOneThatStoodWholeContinuesIt(string clean)
    {
        // Latin-1 without C1 drops the middle byte of ⁰ ⁵ ⁻ (E2 81 xx), which the character model reads as ‰ ↵ ※.
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Theory]
    [InlineData("\u201C\u6211\u4EEC\u8D70\u5427\u3002\u201D\u4ED6\u7AD9\u8D77\u6765\u8BF4\u3002")] // “我们走吧。”他站起来说。
    [InlineData("\u201C\u4ECA\u5929\u4F1A\u4E0B\u96E8\u5417\uFF1F\u201D\u5979\u95EE\u6211\u3002")] // “今天会下雨吗？”她问我。
    public void ARebuiltMarkBesideChineseIsAQuoteRatherThanALoneDash(string clean)
    {
        // “, ” and the dashes all lose both their last bytes to latin-1 without C1: Chinese writes its dash doubled (——).
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Latin1Stripped)).Text;
        Assert.Equal(['\u201C', '\u201D'], repaired.Where(c => c is >= '\u2013' and <= '\u201D').ToArray());
    }

    [Theory]
    [InlineData("When UTF-8 \u00E9 is read as cp1252 it shows up as \u00C3\u00A9, the classic mojibake; caf\u00C3\u00A9 is the usual example.")]
    // ...and so does one that talks about it, where the input holds only a few damaged-looking runs.
    [InlineData("If you see \u00C3\u00A9, your file was decoded with the wrong encoding.")]
    [InlineData("Common mojibake:\n\n\u00C3\u00A9 \u00C3\u00A8 \u00C3\u00BC \u00E2\u20AC\u2122 \u00E2\u20AC\u0153")]
    // A line that shows damage beside what it stands for explains mojibake: 字符, 日本語 as cp1252, één beside its own.
    [InlineData("Tip: if you see \u00E5\u00AD\u2014\u00E7\u00AC\u00A6, the text was \u5B57\u7B26 in UTF-8.")]
    [InlineData("Classic mojibake: \u65E5\u672C\u8A9E \u2192 \u00E6\u2014\u00A5\u00E6\u0153\u00AC\u00E8\u00AA\u017E")]
    [InlineData("\u00C3\u00A9\u00C3\u00A9n is what \u00E9\u00E9n looks like after a wrong decoding.")]
    // ñ (F1 in latin-1) leads no text UTF-8 holds: it is genuine, so "aÃ±o" is a quotation beside it, not damage.
    [InlineData("In Spanish, \"a\u00F1o\" becomes \"a\u00C3\u00B1o\" when decoded as Latin-1.")]
    [InlineData("T\u00FCrk\u00E7e metin: a\u011Fa\u00E7, \u015Fehir, \u0131\u015F\u0131k ve \u011Fa\u011Fa.")]
    [InlineData("Reader\u2122 \u00A9 2025 \u2014 \u00AByes\u00BB \u2013 \u201Cquoted\u201D and \u2018single\u2019.")]
    [InlineData("Anders \u00C5ngstr\u00F6m measured wavelengths in \u00C5; 1 \u00C5 = 0.1 nm.")]
    [InlineData("Mojibake example: the word na\u00EFve may turn into na\u00C3\u00AFve, and \u00E2\u20AC\u201C is a broken dash \u2014 we keep both as written.")]
    [InlineData("\u0417\u043C\u0456\u043D\u0438 \u043F\u0430\u0440\u043E\u043B\u0456\u0432")]
    [InlineData("(c) 2019 Tom\u00E1\u0161 Posp\u00ED\u0161il (tomas@example.org),")]
    // Czech letters glued to Chinese are read as bytes of no CJK character: a name, not damage beside the ideographs.
    [InlineData("\u6211\u4EEC\u5728\u5E03\u5C14\u8BFA\u548CTom\u00E1\u0161\u89C1\u4E86\u9762\uFF0C\u4ED6\u59D3Posp\u00ED\u0161il\u3002")]
    // A misread mark that brackets set off beside Japanese is quoted, however well it reads as one.
    [InlineData("\u5168\u89D2\u306E\uFF01\u304Ccp1250\u3067\u300C\u010F\u013D\u300D\u306B\u306A\u3063\u305F\u3002")]
    [InlineData("\u041F\u0440\u0438\u043A\u0430\u0437\u0443\u0458\u0435 \u043D\u0438\u0441\u043A\u0443 \u0438\u0437\u0434\u0430\u045A\u0430.")]
    [InlineData("\u0426\u0456 \u043F\u0430\u0440\u0430\u043C\u0435\u0442\u0440\u0438\n\n\u0417\u043C\u0456\u043D\u0438 \u043F\u0430\u0440\u043E\u043B\u0456\u0432")]
    [InlineData("\u041E\u041F\u0426\u0418\u0408\u0415\n\n\u041F\u0440\u0438\u043A\u0430\u0437\u0443\u0458\u0435 \u043D\u0438\u0441\u043A\u0443 \u0438\u0437\u0434\u0430\u045A\u0430.")]
    [InlineData("Collation order, by the standard and by this definition:\n\ta\t\t\ta\n\ta-b\t\t\t\u00E1\n\ta-b-\t\t\t\u00E2\n\t\u00E1\t\t\ta-b\n\t\u00E2\t\t\ta-b-\n")]
    [InlineData("B\u00E2cle\u0219\nbl\u00E2nd\nbr\u00E2nz\u0103\nc\u00E2ine\nc\u00E2mp\nc\u00E2nd\nc\u00E2ntec\ndobor\u00E2\nf\u00E2nt\u00E2n\u0103\ng\u00E2nd\nhot\u0103r\u00E2\nl\u00E2ng\u0103\nm\u00E2ine\nm\u00E2nca\np\u00E2ine\np\u0103m\u00E2nt\nr\u00E2nd\ns\u00E2mb\u0103t\u0103\ns\u00E2nge\nsm\u00E2nt\u00E2n\u0103\nst\u00E2nga\nt\u00E2rg\nv\u00E2nt\nz\u00E2mbet\n")]
    [InlineData("Rh\u00E2\u00E2\u00E2...")]
    // One lone "\u00E2" between words, and nothing else beyond ASCII: a letter named, not the dash latin-1 leaves.
    [InlineData("The letter \u00E2 is used in Romanian and Portuguese.")]
    // Nor where it follows an article, or a comma, which no dash follows, or where the text speaks of keys and accents.
    [InlineData("My grandmother called it the \u00E2 sound, long and open.")]
    [InlineData("In Welsh, \u00E2 means \"with\".")]
    [InlineData("Type \u00E2 by pressing the circumflex key, then a.")]
    // An address spelt out with French-looking "at" and "dot" (a Debian copyright file): "\u00E2t" is no Dutch 't.
    [InlineData("  Copyright Jan Smit jan d\u00F4t smit \u00E2t example d\u00F4t org, 2007 (tools)")]
    // Romanian r\u00E2s (laughed) ends as an English possessive would after a lost apostrophe, among genuine accents.
    [InlineData("Ea a r\u00E2s de gluma lui \u00EEn fa\u021Ba tuturor, \u00EEns\u0103 nimeni nu \u00EEn\u021Belegea de ce. \u00CEn sat, \u00EEntotdeauna \u00EEnchis.")]
    // A Japanese line that names UTF-8 read as Latin-1 quotes an example in 「」, whose reading it does not hold.
    [InlineData("\u300C\u00E3\u201C\u00E3\u201A\u201C\u00E3\u00AB\u00E3\u00A1\u00E3\u00AF\u300D\u3068\u8868\u793A\u3055\u308C\u305F\u3089\u3001UTF-8 \u3092 Latin-1 \u3068\u3057\u3066\u8AAD\u3093\u3067\u3044\u307E\u3059\u3002")]
    // Romanian capitals: Ă before Ş is a pair of UTF-8 to ISO-8859-2.
    [InlineData("P\u0102\u015EUNEA DIN MUN\u0162I\n\u00CEn satul nostru, p\u0103\u015Funea este verde. \u0162ARA ROM\u00C2NEASC\u0102 are mun\u0163i \u00EEnal\u0163i \u015Fi r\u00E2uri.\n\u201EBun\u0103 ziua\u201D, a spus bunicul \u2014 \u015Fi a z\u00E2mbit.\n")]
    // Portuguese capitals, ordinals and degrees.
    [InlineData("S\u00C3O PAULO E N\u00C3O \u00C9 S\u00D3 ISSO. INFORMA\u00C7\u00C3O, A\u00C7\u00C3O, CORA\u00C7\u00C3O. \u201CN\u00E3o!\u201D, disse Jo\u00E3o \u2014 e saiu. N\u00BA 5, 1\u00AA vez, 2\u00BA lugar, 30 \u00B0C.\n")]
    // Icelandic: ð and í spell a Cyrillic letter to cp850.
    [InlineData("Jar\u00F0\u00EDkorni og \u00DE\u00F3r\u00F0ur f\u00F3ru \u00ED fer\u00F0alag. \u00CDsland er fallegt land \u2014 \u201E\u00DEetta er gott\u201C, sag\u00F0i h\u00FAn. \u00C6\u00F0ard\u00FAnn og \u00F6r\u00E6fi.\n")]
    // A Russian table drawn with box characters.
    [InlineData("\u250C\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252C\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2510\n\u2502 \u0418\u043C\u044F      \u2502 \u0420\u0430\u0437\u043C\u0435\u0440 \u2502\n\u251C\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253C\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2524\n\u2502 \u0444\u0430\u0439\u043B.txt \u2502 12 \u041A\u0411  \u2502\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2518\n\u0412\u0441\u0451 \u0433\u043E\u0442\u043E\u0432\u043E \u2014 \u0451\u043B\u043A\u0430, \u0431\u0435\u0440\u0451\u0437\u0430, \u0435\u0451.\n")]
    // A table of broken forms, then a line that quotes a broken word beside the word it stands for (no word about
    // mojibake): the example runs into its word, as damage does, but the line holds its reading too.
    [InlineData("| Broken | Should be |\n|---|---|\n| `\u00C3\u00A9` | `\u00E9` |\n| `\u00E2\u20AC\u2122` | `\u2019` |\n\n"
        + "If your export shows `caf\u00C3\u00A9` instead of `caf\u00E9`, save the file again as UTF-8.\n")]
    public void TrapsThatOnlyLookDamagedAreLeftAlone(string text)
    {
        var result = Repairer.Repair(text);
        Assert.Equal(text, result.Text);
        Assert.True(result.Summary.IsClean);
    }

    [Fact]
    public void RebuildsTheDroppedBytesOfTheIssueExample()
    {
        // UTF-8 of the phrase read as cp1254: 0x89 0xAD (歉) and 0x8E (原) were dropped.
        var damaged = "\u00E6\u0160\u00B1\u00E6\u2030\u00E5\u00BF\u02DC\u00E4\u00BA\u2020\u00E5\u0178\u00E5\u00B8\u2013";
        Assert.Equal("\u62B1\u6B49\u5FD8\u4E86\u539F\u5E16", Repairer.Repair(damaged).Text);
    }

    [Fact]
    public void RebuildsALoneEmojiThatLostAByteInPlainText()
    {
        // The only damage: 👍 (F0 9F 91 8D) lost its 0x8D. No lead byte has all its continuation bytes, yet two of three
        // are there: damage, unlike a Czech name read as cp1250 (half).
        var clean = "Thanks for the review \U0001F44D see you tomorrow.";
        AssertRepairedWhole(clean, Corruption.Cp1252Dropped);
    }

    [Fact]
    public void RebuildsEmojiWhoseBytesWereDropped()
    {
        var clean = "Great work \U0001F604 and a link \U0001F517, thanks \U0001F44D.";
        var damaged = Corruptor.Corrupt(clean, Corruption.Cp1254Dropped);
        var (text, report) = Repairer.RepairWithReport(damaged);
        Assert.Equal(clean, text);
        Assert.Contains(report.Rebuilt, r => r.Chosen == "\U0001F44D");
    }

    [Fact]
    public void ALoneLeadThatLooksLikeALetterDoesNotOutweighALongDamagedRun()
    {
        // 遍 (E9 81 8D) loses both continuation bytes in cp1252 and stands as a lone "é" before a whole damaged sentence.
        var clean = "\u904D. \u64AD\u653E\u901F\u5EA6\u964D\u4F4E\u4E3A\u6B63\u5E38\u901F\u5EA6\u7684\u4E00\u534A\u3002";
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Cp1252Dropped)).Text;
        Assert.EndsWith(clean[3..], repaired);
    }

    [Theory]
    [InlineData("\u300C\u30AB\u30D5\u30A7\u3067\u98F2\u3080\u30B3\u30FC\u30D2\u30FC\u306F\u304A\u3044\u3057\u3044\u306E\u306B\u3001\u5BB6\u3067\u306F\u306A\u305C\u304B\u7269\u8DB3\u308A\u306A\u3044\u300D\u3002\u305D\u3093\u306A\u60A9\u307F\u3092\u304A\u6301\u3061\u306E\u65B9\u306F\u591A\u3044\u306E\u3067\u306F\u306A\u3044\u3067\u3057\u3087\u3046\u304B\u3002")]
    [InlineData("\u300C\u3053\u308C\u306F\u4F55\u3067\u3059\u304B\u300D\u3068\u5B50\u4F9B\u304C\u805E\u3044\u305F\u3002")]
    public void ALineOfJapaneseOpensWithABracketRatherThanAMarkThatFollows(string clean)
    {
        // cp1253 has no character for 0x8C or 0x8D: 「 (E3 80 8C) and 」 (E3 80 8D) both lose their last byte, and the
        // models take each for 、 (E3 80 81). No line of Chinese or Japanese starts with 、 (kinsoku); the bracket that
        // opens it instead is then closed where a rebuilt mark may close it.
        Assert.Equal(clean, Repairer.Repair(Corruptor.MisreadWithEach(clean, 1253)).Text);
    }

    [Fact]
    public void AHeadingOpensWithABracketItsBytesShareWithAKatakanaLetter()
    {
        // cp1250 has no character for 0x83 or 0x90: 【 (E3 80 90) and ダ (E3 83 80) both read "ă€" once they lose one,
        // and the models, reading the slot at the start of the line, took the letter. The 】 that stands whole after it
        // wants an opening bracket there.
        var clean = "\u3010\u5730\u7406\u3011\u8FD9\u5EA7\u57CE\u5E02\u4F4D\u4E8E\u6C5F\u897F\u7701\u4E1C\u5317\u90E8\uFF0C\u6C14\u5019\u6E29\u548C\uFF0C\u56DB\u5B63\u5206\u660E\u3002\n\u3010\u7ECF\u6D4E\u3011\u5F53\u5730\u7684\u4E3B\u8981\u4EA7\u4E1A\u662F\u9676\u74F7\u5236\u9020\u548C\u65C5\u6E38\u4E1A\u3002\n"; // 【地理】这座城市位于江西省东北部，气候温和，四季分明。 【经济】当地的主要产业是陶瓷制造和旅游业。
        AssertRepairedWhole(clean, Corruption.Cp1250Dropped);
    }

    [Fact]
    public void ADocumentThatEndsItsSentencesInTheIdeographicStopGetsNoFullWidthOne()
    {
        // cp1254 has no character for 0x81 or 0x8E: \uFF01 (EF BC 81) and \uFF0E (EF BC 8E) both lose their last byte, and the
        // models took the stop after "\u304A\u3044\u3057\u304B\u3063\u305F". A text writes one full stop or the other, and this one ends its
        // sentences in \u3002.
        var clean = RepairFixtures.Clean("ja-travel");
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Cp1254Dropped)).Text;
        Assert.DoesNotContain('\uFF0E', repaired);
        Assert.Equal(clean.Count(c => c == '\uFF01'), repaired.Count(c => c == '\uFF01'));
    }

    [Theory]
    [InlineData("\u30C9\u30EA\u30C3\u30D7\u30B1\u30C8\u30EB\uFF08\u6CE8\u304E\u53E3\u304C\u7D30\u3044\u3082\u306E\uFF09")]
    [InlineData("\u30B3\u30FC\u30D2\u30FC\u30DF\u30EB\u3001\u30B5\u30FC\u30D0\u30FC\u3001\u30B1\u30C8\u30EB\u3002")]
    public void ARebuiltKanaBesideKatakanaThatStoodWholeGoesOnWithTheLoanword(string clean)
    {
        // cp1250 has no character for 0x83: every katakana of E3 83 (ト ル ミ ー) loses it, and is as likely the hiragana
        // of E3 81 (チ→ち, ル→に) to the byte. Beside a katakana that stood whole (ケ, ー) the word goes on in katakana
        // (ケトル, ミル), not as ケチ and a particle.
        AssertRepairedWhole(clean, Corruption.Cp1250Dropped);
    }

    [Theory]
    [InlineData("\u30DB\u30C6\u30EB\u306E\u30D3\u30E5\u30C3\u30D5\u30A7\u3067\u671D\u3054\u306F\u3093\u3092\u98DF\u3079\u305F\u3002")]
    [InlineData("\u663C\u306F\u30D1\u30CB\u30FC\u30CB\u3068\u30CB\u30E7\u30C3\u30AD\u3092\u983C\u3093\u3060\u3002")]
    public void ALoanwordTheWordTrigramModelLacksIsReadAsTheWordIPAdicLists(string clean)
    {
        // ホテルのビュッフェで…, 昼はパニーニとニョッキを…: cp1250 loses the 0x83 of every katakana of E3 83, and libkkc lacks
        // ビュッフェ and ニョッキ. Spelled letter by letter, each an unknown token, they lost to the hiragana the same bytes
        // make (こづじフェ, かとかでトキ).
        AssertRepairedWhole(clean, Corruption.Cp1250Dropped);
    }

    [Theory]
    [InlineData("\u30FB\u30AA\u30EA\u30FC\u30D6\u30AA\u30A4\u30EB\u2026\u2026\u5927\u3055\u3058\uFF12")]
    [InlineData("\u30D0\u30BF\u30FC\u3092\u5927\u3055\u3058\uFF11\u6EB6\u304B\u3057\u3066\u3001\u7389\u306D\u304E\u3092\u7092\u3081\u307E\u3059\u3002")]
    public void ACompoundTheWordTrigramModelLacksIsReadAsTheWordIPAdicLists(string clean)
    {
        // "…大さじ２", "バターを大さじ１溶かして…": じ (E3 81 98) and え (E3 81 88) are both a lone "ă" through cp1250, which
        // lacks 0x81, 0x88 and 0x98; libkkc lacks 大さじ, and read さえ (even) there.
        AssertRepairedWhole(clean, Corruption.Cp1250Dropped);
    }

    [Theory]
    [InlineData("\u6211\u4EEC\u5728\u6D4B\u8BD5\u4E2D\u53D1\u73B0\uFF0C\u5982\u679C\u7528 GBK \u53BB\u8BFB UTF-8 \u7F16\u7801\u7684\u6587\u672C\uFF0C\u201C\u4F60\u597D\u201D\u4E24\u4E2A\u5B57\u5C31\u4F1A\u53D8\u6210\u201C\u6D63\u72B2\u30BD\u201D\uFF0C\u770B\u8D77\u6765\u50CF\u4E2D\u6587\uFF0C\u5176\u5B9E\u5B8C\u5168\u6CA1\u6709\u610F\u4E49\uFF0C\u8FD9\u79CD\u60C5\u51B5\u4E00\u822C\u53EB\u505A\u4E71\u7801\u3002")]
    [InlineData("\u8FD9\u5BB6\u5E97\u7684\u62DB\u724C\u4E0A\u5199\u7740\u7247\u5047\u540D\u201C\u30E9\u201D\uFF0C\u8001\u677F\u8BF4\u8FD9\u662F\u4ED6\u5973\u513F\u7684\u540D\u5B57\uFF0C\u5E97\u91CC\u5356\u7684\u662F\u81EA\u5DF1\u505A\u7684\u9762\u5305\u548C\u5496\u5561\uFF0C\u4EF7\u683C\u4E5F\u5F88\u4FBF\u5B9C\uFF0C\u5468\u672B\u7ECF\u5E38\u6392\u961F\u3002")]
    public void AChineseLineThatQuotesAKatakanaIsReadAsChinese(string clean)
    {
        // "…变成“浣犲ソ”…叫做乱码。", "…片假名“ラ”…": one katakana among a hundred Chinese characters made the line Japanese,
        // and the Japanese models read 编码 as 编珠 and 变成 as 単成.
        AssertRepairedWhole(clean, Corruption.Cp1252Dropped);
    }

    [Fact]
    public void AJapaneseLineOfDigitsAndIdeographsWithOneKanaStaysJapanese()
    {
        // "２０２５年３月１５日（土）　曇り　最低気温１２℃": り is its one kana, and full-width digits and marks are no
        // Chinese; read as Chinese, the 月 that lost its 0x88 to cp1250 was 會.
        AssertRepairedWhole(
            "\uFF12\uFF10\uFF12\uFF15\u5E74\uFF13\u6708\uFF11\uFF15\u65E5\uFF08\u571F\uFF09\u3000\u66C7\u308A\u3000\u6700\u4F4E\u6C17\u6E29\uFF11\uFF12\u2103",
            Corruption.Cp1250Dropped);
    }

    [Theory]
    [InlineData("De kaartjes voor het concert van Dvo\u0159\u00E1k in Praag kostten 450 K\u010D per persoon.", Corruption.Cp1252Dropped)]
    [InlineData("We stayed with Ay\u015Fe and her brother Bar\u0131\u015F in Kad\u0131k\u00F6y, a short ferry ride from Be\u015Fikta\u015F.", Corruption.Latin1Stripped)]
    public void ALetterThatLostAByteIsOfTheAlphabetTheTextShowsElsewhere(string clean, Corruption kind)
    {
        // č of Kč lost its 0x8D to cp1252, and ā (0x81) is the commoner letter in text at large; ř of Dvořák stood whole,
        // and it is Czech. ş lost its 0x9F to latin-1 without C1, and ň was the character model's pick; ı stood whole.
        AssertRepairedWhole(clean, kind);
    }

    [Fact]
    public void RebuildsBytesReplacedByReplacementCharacters()
    {
        var clean = RepairFixtures.Clean("zh");
        var damaged = Corruptor.Corrupt(clean, Corruption.Cp1252Replaced);
        Assert.Contains('\uFFFD', damaged);
        Assert.True(RepairScore.Accuracy(clean, Repairer.Repair(damaged).Text) >= 0.99);
    }

    [Fact]
    public void UndoesDoubleMisdecoding()
    {
        var clean = RepairFixtures.Clean("en");
        var damaged = Corruptor.Corrupt(clean, Corruption.Cp1252Twice);
        var (text, report) = Repairer.RepairWithReport(damaged);
        Assert.Equal(clean, text);
        Assert.Equal(2, report.Encodings.Count);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Twice)]
    [InlineData(Corruption.Iso88592)]
    public void TextUndoneToGenuineNamesIsNotReadAsALayerMore(Corruption kind)
    {
        // Once its mojibake is undone, a changelog full of Czech and Polish names holds Tomáš (E1 9A as cp1250) beside a
        // no-break space: it must not be taken for one more layer of damage (Tomរ).
        var clean = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Reader.Core.Tests", "Repair", "Fixtures", "clean", "credits-cs-pl.txt"));
        AssertRepairedWhole(clean, kind);
    }

    [Fact]
    public void AShortInputIsJudgedWhole()
    {
        // Without a final line end the last line used to be cut off as a chunk of its own: the heading, whose only
        // damage is a lone Ã (Í lost 0x8D), was judged before the evidence in the line below it was seen.
        var clean = "STATUS DE SA\u00CDDA\nO programa termina com o c\u00F3digo de sa\u00EDda zero quando n\u00E3o h\u00E1 erros.";
        AssertRepairedWhole(clean, Corruption.Cp1252Dropped);
    }

    [Fact]
    public void AnInnerLeadKeepsItsLostByteForTheInnerLayerInAShortLine()
    {
        // Í is C3 8D; read as cp1252 and again, the outer layer lost the 8D of the C2 8D that U+008D became. A line this
        // short does not show its inner layer, yet the byte after an inner lead is the inner layer's to rebuild: SAÍDA,
        // not the SAÁDA of an invisible U+0081 kept in its place.
        var clean = "STATUS DE SA\u00CDDA\nO programa termina com o c\u00F3digo de sa\u00EDda zero quando n\u00E3o h\u00E1 erros.\n";
        AssertRepairedWhole(clean, Corruption.Cp1252TwiceOuterDropped);
    }

    [Theory]
    [InlineData("Durante la primera semana la aliment\u00E9 cada d\u00EDa, y os juro que pens\u00E9 en tirarlo todo por la ventana. \U0001F605", Corruption.Cp1250Dropped)]
    [InlineData("N\u00E3o me julguem! \U0001F60B Fiquei numa pousada simp\u00E1tica perto da igreja.", Corruption.Cp1250Dropped)]
    [InlineData("We finally finished the project last night \U0001F633 thanks everyone for the help!", Corruption.Cp1250Dropped)]
    public void AnEmojiWithALostByteThatTheLineDoesNotNameIsTheFaceRatherThanAnAnimal(string clean, Corruption kind)
    {
        // cp1250 lacks 0x90 and 0x98: 😅 (F0 9F 98 85) may as well be 🐅 (F0 9F 90 85), 😋 🐋, 😳 🐳. Nothing in the
        // line names either; faces are used far more than animals.
        AssertRepairedWhole(clean, kind);
    }

    [Theory]
    [InlineData("The lecture ended with a photo of a cat \U0001F408 sitting on a spectrometer. Nobody asked anything; everyone was thinking about lunch, which cost \u20AC8.50 in the faculty canteen.", Corruption.Cp1252Dropped)]
    [InlineData("The lecture ended with a photo of a cat \U0001F408 sitting on a spectrometer. Nobody asked anything; everyone was thinking about lunch, which cost \u20AC8.50 in the faculty canteen.", Corruption.Cp1250Dropped)]
    [InlineData("Por fim, a In\u00EAs desenhou a fun\u00E7\u00E3o no quadro e tudo ficou claro. At\u00E9 a professora aplaudiu \U0001F44F.", Corruption.Cp1252Dropped)]
    public void AnEmojiWithALostByteIsTheOneTheLineNames(string clean, Corruption kind)
    {
        // 🐈 (cat) is F0 9F 90 88; with 0x90 lost it may as well be 🍈 (melon) or, in cp1250, which also lacks 0x88,
        // 😘, which the character model, knowing emoji only by frequency, much prefers. 👏 (F0 9F 91 8F) loses its 0x8F
        // and is 👍 to the character model; the Portuguese line says who applauded (aplaudir is one of its keywords).
        AssertRepairedWhole(clean, kind);
    }

    [Theory]
    [InlineData("Still, for a first mechanical board, the keyboard is hard to beat. I\u2019m told the next step is one more. \u2328\uFE0F\n")]
    [InlineData("Lo peor del viaje fue despertarnos a las cinco, antes de que sonara el despertador del hotel \u23F0. \u00A1Qu\u00E9 sue\u00F1o!\n")]
    public void ASymbolOfTheBmpShownAsAnEmojiIsTheOneTheLineNames(string clean)
    {
        // Through latin-1 without C1, \u2328 (E2 8C A8) keeps only its lead and last byte, which it shares with the
        // sparkles \u2728 (E2 9C A8) that the character model knows; the line names the keyboard. \u23F0 (E2 8F B0) shares
        // them with \u2030 and \u2070; the line names the alarm clock (despertador).
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void AnEmojiThatClosesAParagraphIsNamedByTheDocumentWhereItsLineNamesNothing()
    {
        // \U0001F345 (F0 9F 8D 85) loses its 8D through cp1254 and may as well be Santa \U0001F385 (8E 85), which people
        // are shown far more often than food; the last line names neither, the recipe names its tomatoes.
        var clean = "El gazpacho de mi abuela lleva tomates muy maduros, pepino, pimiento y un diente de ajo.\n\n"
            + "Hay que dejarlo enfriar dos horas. \u00BFHielo? Solo si tienes prisa, y no se lo digas a mi abuela. \U0001F345\n";
        AssertRepairedWhole(clean, Corruption.Cp1254DroppedShyStripped);
    }

    [Fact]
    public void AKeywordIsNamedAsTheLastPartOfACompoundWord()
    {
        // \U0001F35E (F0 9F 8D 9E) loses its 8D through cp1252 and may as well be the lady beetle \U0001F41E (90 9E); the
        // Dutch recipe names its bread (brood) only inside zuurdesembrood, one word.
        var clean = "Zelf zuurdesembrood bakken begint met een goede starter.\n\n"
            + "Je ziet nu belletjes en ruikt iets zuurs, een beetje zoals yoghurt of appelcider.\n\n"
            + "Voer de starter elke dag en wacht een week. Succes! \U0001F35E\n";
        AssertRepairedWhole(clean, Corruption.Cp1252Dropped);
    }

    [Fact]
    public void AChineseCharacterThatLostBothItsBytesIsFoundBeyondTheCommonestCandidates()
    {
        // Latin-1 without C1 bytes leaves \u5750 (E5 9D 90) and \u559D (E5 96 9D) a lone "\u00E5" of a thousand
        // candidates; the word search weighs the commonest as words of one character, and these two lie beyond the
        // first eighty (\u5750\u5728\u9760\u7A97 "sat by the window", \u559D\u8336 "drank tea").
        var clean = "\u6211\u5BB6\u9644\u8FD1\u6709\u4E00\u9593\u8001\u8336\u9928\uFF0C\u958B\u696D\u5DF2\u7D93\u8D85\u904E\u56DB\u5341\u5E74\u4E86\u3002\u6BCF\u5929\u65E9\u4E0A\uFF0C\u7E3D\u6709\u5E7E\u4F4D\u9000\u4F11\u7684\u8001\u5148\u751F\u5750\u5728\u9760\u7A97\u7684\u4F4D\u7F6E\uFF0C\u4E00\u908A\u559D\u8336\uFF0C\u4E00\u908A\u8A0E\u8AD6\u5831\u7D19\u4E0A\u7684\u65B0\u805E\u3002\n"; // 我家附近有一間老茶館，開業已經超過四十年了。每天早上，總有幾位退休的老先生坐在靠窗的位置，一邊喝茶，一邊討論報紙上的新聞。
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Latin1Stripped)).Text;
        Assert.Contains("\u5750\u5728\u9760\u7A97", repaired);
        Assert.Contains("\u559D\u8336", repaired);
    }

    [Fact]
    public void AShortLineOfKanjiInAJapaneseDocumentIsReadAsJapanese()
    {
        // Latin-1 without C1 bytes leaves every kana a lone "\u00E3" or one of a few, so a heading of kanji and a number,
        // 材料（2人分）, shows no kana of its own to tell it from Chinese; the document's lines before it are Japanese.
        var clean = "\u30D1\u30B5\u30D1\u30B5\u306B\u306A\u308A\u304C\u3061\u306A\u9D8F\u3080\u306D\u8089\u3092\u3001\u3057\u3063\u3068\u308A\u3084\u308F\u3089\u304B\u304F"
            + "\u4ED5\u4E0A\u3052\u308B\u7167\u308A\u713C\u304D\u306E\u30EC\u30B7\u30D4\u3067\u3059\u3002\u4E0B\u3054\u3057\u3089\u3048\u3067\u7247\u6817\u7C89\u3092"
            + "\u307E\u3076\u3059\u306E\u304C\u30DD\u30A4\u30F3\u30C8\u3002\u7518\u8F9B\u3044\u305F\u308C\u304C\u3088\u304F\u304B\u3089\u3093\u3067\u3001"
            + "\u3054\u306F\u3093\u304C\u9032\u307F\u307E\u3059\u3002\n\n\u6750\u6599\uFF082\u4EBA\u5206\uFF09\n"; // パサパサになりがちな鶏むね肉を、…ごはんが進みます。 材料（2人分）
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Latin1Stripped)).Text;
        var heading = repaired.Split('\n')[2];
        Assert.Contains("\uFF082\u4EBA", heading);
        Assert.EndsWith("\uFF09", heading);
        Assert.DoesNotContain(heading.EnumerateRunes(), r => ChineseVariants.Shared.IsSimplified(r.Value));
    }

    [Fact]
    public void DegreesCelsiusAfterANumberInChineseIsRebuiltAsTheSign()
    {
        // Latin-1 without C1 bytes leaves \u2103 (E2 84 83) the lone "\u00E2" of every quote and dash; after a number and
        // before a Chinese character or mark it is the temperature, whatever the word models make of the words.
        var clean = "\u70E4\u7BB1\u9884\u70ED\u5230250\u2103\uFF0C\u9762\u56E2\u6E29\u5EA6\u6700\u597D\u63A7\u5236\u572824\uFF5E26\u2103\u4E4B\u95F4\u3002\n"; // 烤箱预热到250℃，面团温度最好控制在24～26℃之间。
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Latin1Stripped)).Text;
        Assert.Contains("250\u2103", repaired);
        Assert.Contains("26\u2103", repaired);
    }

    [Theory]
    [InlineData("De wettelijke limiet is 0,5 \u2030 voor ervaren bestuurders, dat is \u00E9\u00E9n glas. Wie daarboven zit, loopt een flinke boete op.")]
    [InlineData("De limiet is 0,5 \u2030 voor ervaren bestuurders en 0,2 \u2030 voor beginners. Wie daarboven zit, loopt een boete van \u20AC 500 op.")]
    public void AWordOfAnotherSentenceNamesNoEmoji(string clean)
    {
        // Through latin-1 without C1, \u2030 (E2 80 B0) keeps only its lead and last byte, which it shares with the curly
        // loop \u27B0 (E2 9E B0); "loopt" (walks) of the next sentence spells its keyword "loop", but names nothing there.
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void AnEmojiThatClosesTheLineIsNamedByAnySentenceBeforeIt()
    {
        // \U0001F3AC (F0 9F 8E AC) loses its 8E through cp1254 and may as well be the candy \U0001F36C (8D AC); the review
        // named the film two sentences before the stars and the emoji that close it.
        AssertRepairedWhole("A gorgeously made film with a superb cast. Bring a jumper, and maybe some tissues. \u2605\u2605\u2605\u2605\u2606 \U0001F3AC\n", Corruption.Cp1254Dropped); // A gorgeously made film with a superb cast. Bring a jumper, and maybe some tissues. ★★★★☆ 🎬
    }

    [Theory]
    [InlineData("Notas com emoji compostos, como \U0001F469\u200D\U0001F4BB ou \U0001F3F3\uFE0F\u200D\U0001F308, eram cortadas ao meio na pr\u00E9-visualiza\u00E7\u00E3o.", Corruption.Cp1252Dropped)]
    [InlineData("Notas com emoji compostos, como \U0001F469\u200D\U0001F4BB ou \U0001F3F3\uFE0F\u200D\U0001F308, eram cortadas ao meio na pr\u00E9-visualiza\u00E7\u00E3o.", Corruption.Cp1252Question)]
    [InlineData("Mijn zus \U0001F469\U0001F3FD\u200D\U0001F692 werkt bij de brandweer en mijn broer is piloot \U0001F468\u200D\u2708\uFE0F, zei Ren\u00E9.", Corruption.Cp1250Dropped)]
    [InlineData("Notas com emoji compostos, como \U0001F469\u200D\U0001F4BB ou \U0001F3F3\uFE0F\u200D\U0001F308, eram cortadas ao meio na pr\u00E9-visualiza\u00E7\u00E3o.", Corruption.Latin1Stripped)]
    [InlineData("Datas exibidas no formato errado para usu\u00E1rios em Portugal \U0001F1F5\U0001F1F9 e no Brasil \U0001F1E7\U0001F1F7.", Corruption.Latin1Stripped)]
    public void AnEmojiWithALostByteIsTheOneThatMakesAListedSequenceWithTheEmojiItIsJoinedTo(string clean, Corruption kind)
    {
        // \U0001F3F3 (F0 9F 8F B3) loses its 0x8F to cp1252 and shares what is left with \U0001F373 (F0 9F 8D B3), which the
        // character model knows far better; only the flag makes a picture (\U0001F3F3\uFE0F\u200D\U0001F308) with the rainbow
        // it is joined to. Through cp1250 only \u2708 (E2 9C 88) loses a byte, and the sequence with a skin tone before it
        // stays as the models read it.
        // Latin-1 without C1 strips the 9F 87 of each regional indicator (\U0001F1F5 is F0 9F 87 B5), which then reads as any
        // emoji that ends in B5; two of them make a flag only as the pair listed. It strips the 80 8D of the joiner too,
        // and the 9F and more of every emoji beside it.
        AssertRepairedWhole(clean, kind);
    }

    [Fact]
    public void TheReportIsAsSureOfASequencesCharacterAsTheSequencesThatFitThereAgree()
    {
        // Through latin-1 without C1 each regional indicator of \U0001F1F5\U0001F1F9 keeps its last byte alone, and the character model
        // finds \U0001F635 likelier than \U0001F1F5; only one listed flag fits, so the report is sure of it.
        var clean = "Datas exibidas no formato errado para usu\u00E1rios em Portugal \U0001F1F5\U0001F1F9 e no Brasil \U0001F1E7\U0001F1F7.\n";
        var (text, report) = Repairer.RepairWithReport(Corruptor.Corrupt(clean, Corruption.Latin1Stripped));
        Assert.Equal(clean, text);
        var indicators = report.Rebuilt.Where(r => r.Chosen.EnumerateRunes().Single().Value is >= 0x1F1E6 and <= 0x1F1FF).ToList();
        Assert.Equal(4, indicators.Count);
        Assert.All(indicators, r => Assert.Equal(1.0, r.Confidence));
    }

    [Fact]
    public void AnEmojiThatKeptOnlyItsLeadByteMakesNoFlagWithTheOneAfterIt()
    {
        // Through latin-1 without C1, \U0001F35D (F0 9F 8D 9D) keeps only its lead "\u00F0"; it could be any emoji, the regional
        // indicator H among them if the soft hyphen of its AD was stripped too, and \U0001F377 after it spells the R of \U0001F1ED\U0001F1F7.
        // Nothing says the two were a flag; the two regional indicators that kept their last bytes after Kenji are one.
        var damaged = Corruptor.Corrupt("Dinner was amazing \U0001F355\U0001F35D\U0001F377 \u2014 shout-out to Kenji \U0001F1EF\U0001F1F5 for picking the place\n", Corruption.Latin1Stripped);
        var repaired = Repairer.Repair(damaged).Text;
        Assert.Equal(2, repaired.EnumerateRunes().Count(r => r.Value is >= 0x1F1E6 and <= 0x1F1FF));
        Assert.Contains("Kenji \U0001F1EF\U0001F1F5 for", repaired);
    }

    [Theory]
    [InlineData("Geen wifi \u274C in het huisje, maar dat vonden we na \u00E9\u00E9n week werken eigenlijk helemaal niet erg, zei Ren\u00E9.", Corruption.Cp1252Dropped)]
    [InlineData("Geen wifi \u274C in het huisje, maar dat vonden we na \u00E9\u00E9n week werken eigenlijk helemaal niet erg, zei Ren\u00E9.", Corruption.Cp1254Dropped)]
    [InlineData("Ma\u00F1ana tomamos un caf\u00E9 \u2615 en la plaza y despu\u00E9s vamos al museo.", Corruption.Cp1250Dropped)]
    [InlineData("Zon \u2600 de hele dag, 28 graden in de schaduw \u2014 perfect strandweer voor het hele gezin, zei Ren\u00E9.", Corruption.Cp1250Dropped)]
    public void ASymbolThatHasAnEmojiFormIsTheEmojiItsBytesMake(string clean, Corruption kind)
    {
        // ❌ (E2 9D 8C) loses its 0x9D and may as well be ⁌ (E2 81 8C): the character model knows neither, but ❌ has an
        // emoji form and ⁌ is a rare bullet. Through cp1250 ☕ (E2 98 95) loses its 0x98 and shares what is left with
        // ═ (E2 95 90), which manuals draw with, and with ⭕; the line names the coffee. ☀ (E2 98 80) shares its bytes
        // with ‘ (E2 80 98), which the model knows well but which opens no quotation between two spaces.
        AssertRepairedWhole(clean, kind);
    }

    [Fact]
    public void ABoxDrawingCharacterAloneInALineOfWordsIsALostCharacterReadWrong()
    {
        // ☕ (E2 98 95) loses its 0x98 to cp1250 and shares what is left with ═ (E2 95 90), which the character model
        // knows from manuals. Box drawing characters draw with each other; one alone among words draws nothing. (The
        // soft hyphen of ⭐ shows that the text kept its 0xAD, so ☕ is no ⭕ either.)
        var clean = "Eerst een \u2615 op het terras, daarna de markt in de oude stad. Het was z\u00F3 druk dat we na een uur alweer weg wilden.\n"
            + "Beoordeling: \u2B50\u2B50\u2B50\u2B50 van de vijf.\n";
        AssertRepairedWhole(clean, Corruption.Cp1250Dropped);
    }

    [Fact]
    public void ASymbolWithAnEmojiFormIsNoEmojiWhereNothingShowsOne()
    {
        // † (E2 80 A0) through latin-1 without C1 keeps "\u00E2" and its no-break space, and so does ☠ (E2 98 A0), which
        // has an emoji form. The character model knows † and not ☠; nothing in the text (U+FE0F, a word that names the
        // skull) shows an emoji, so ☠ is not lifted as emoji are.
        var clean = "\u00A9 2024 Example Corp. All rights reserved. See \u00A7 4 \u00B6 2 of the licence.\u2020\n\u2020 Terms apply. Not valid in all regions.\n";
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void ASymbolThatIsNoEmojiIsNotPreferredForTheWordBesideIt()
    {
        // ⭐ (E2 AD 90) through latin-1 without C1 keeps "\u00E2\u00AD" and may be ♭ (E2 99 AD), which CLDR names "nota"
        // (a note of music). ♭ is no emoji: the word beside it names the rating's star no less.
        AssertRepairedWhole("No domingo prov\u00E1mos o cozido das Furnas, cozinhado no vapor do vulc\u00E3o durante seis horas. Nota: 5/5 \u2B50\n", Corruption.Latin1Stripped);
    }

    [Fact]
    public void ABytePairLostInBothLayersIsReadByTheInnerCharacter()
    {
        // い is E3 81 84: cp1254 lacks 0x81 (the inner layer loses it) and, read again, the 0x9E ending „ (the outer
        // layer loses that). Whether the outer byte was „ or ” shows only in the inner character it completes: い, not ご.
        var clean = "ホストがダウンしている可能性がある。"; // ホストがダウンしている可能性がある。
        AssertRepairedWhole(clean, Corruption.Cp1254TwiceDropped);
    }

    [Theory]
    [InlineData("\u30AA\u30D7\u30B7\u30E7\u30F3\u3092\u6307\u5B9A\u3057\u306A\u3044 make \u306F\u3001\u3059\u3079\u3066\u306E\u30BF\u30FC\u30B2\u30C3\u30C8\u3092\u4F5C\u308A\u76F4\u3059\u3002")]
    [InlineData("\u3053\u306E\u95A2\u6570\u306F\u5F15\u6570\u3092\u53D6\u3089\u306A\u3044 void \u578B\u3068\u3057\u3066\u5BA3\u8A00\u3059\u308B\u3002")]
    public void AByteOfTheInnerLayerIsNotReadAsTheMarkItLooksLike(string clean)
    {
        // オプションを指定しない make は、すべてのターゲットを作り直す。
        // The い of ない before an ASCII word, through cp1254 twice: the outer layer lost the 0x9E of „, whose byte 0x84
        // ends い. To the eye a lost byte after a letter and before a space is the closing quote ”, whose 0x94 ends ご.
        AssertRepairedWhole(clean, Corruption.Cp1254TwiceDropped);
    }

    [Theory]
    [InlineData("\u8A2D\u5B9A\u30D5\u30A1\u30A4\u30EB\u306E\u5404\u884C\u306F\u3001\u540D\u524D\u3068\u5024\u306E\u7D44\u3067\u3042\u308B\u3002")]
    [InlineData("\u8FD9\u4E2A\u547D\u4EE4\u8BFB\u53D6\u952E\u76D8\u6620\u5C04\u6587\u4EF6\u5E76\u663E\u793A\u5404\u4E2A\u952E\u7684\u529F\u80FD\u3002")]
    public void AByteTheOuterLayerWasUnsureOfIsDecidedByTheInnerLayer(string clean)
    {
        // 設定ファイルの各行は、名前と値の組である。 / 这个命令读取键盘映射文件并显示各个键的功能。
        // Through cp1254 twice: 各 is E5 90 84 and 射 E5 B0 84. Their 0x84 is „, whose last byte (0x9E) the second
        // misreading lost; its rival ” (0x94), the likelier mark, makes 唐 and 尔 instead. Only the inner layer sees the
        // 行 and 映 beside them.
        AssertRepairedWhole(clean, Corruption.Cp1254TwiceDropped);
    }

    [Theory]
    [InlineData("\u8FD9\u610F\u5473\u7740\u4E0D\u80FD\u5728\u89C4\u5219\u4E2D\u4F7F\u7528\u5206\u9694\u7B26\u3002")]
    [InlineData("\u5982\u679C\u7CFB\u7EDF\u7BA1\u7406\u5458\u60F3\u8981\u5C4F\u853D")]
    [InlineData("\u53C2\u89C1")]
    public void AnInnerCharacterBesideRebuiltBytesIsReadWhole(string line)
    {
        // Misread with cp1250, then cp1252, both losing bytes. 能 is E8 83 BD: cp1250 lacks 0x83, and the outer layer
        // lost the bytes after č and ˝, so Đ˝ (D0 BD, Cyrillic н) completes a character without the inner layer's help.
        // 蔽 (E8 94 BD) ends the line: Đ” is Д, but leaves its BD with no lead. 见 (E8 A7 81) stands in a line of two
        // characters, too few to show that Ч is out of place among the rest of the text's Chinese.
        var clean = $"{line}\n\u7A7A\u767D\u884C\u548C\u4EE5\u4E95\u53F7\u5F00\u5934\u7684\u884C\u5C06\u88AB\u5FFD\u7565\u3002\u7CFB\u7EDF\u542F\u52A8\u65F6\u8BFB\u53D6\u8FD9\u4E9B\u6587\u4EF6\u3002\n";
        AssertRepairedWhole(clean, Corruption.Cp1250ThenCp1252Dropped);
    }

    [Fact]
    public void AJapaneseExclamationIsNoEqualsSign()
    {
        // ！ (EF BC 81) and ＝ (EF BC 9D) both lose their last byte in cp1252; IPAdic prices ＝ as cheaply as a comma.
        const string clean = "\u3053\u3093\u306B\u3061\u306F\uFF01\u6700\u8FD1\u3059\u3063\u304B\u308A\u79CB\u3089\u3057\u304F\u306A\u3063\u3066"
            + "\u304D\u307E\u3057\u305F\u306D\u3002\u3067\u306F\u3001\u307E\u305F\uFF01\n";
        AssertRepairedWhole(clean, Corruption.Cp1252Dropped);
    }

    [Fact]
    public void AJapaneseQuotationClosesBeforeTheParticleThatReportsIt()
    {
        // 」 (E3 80 8D) and 、 (E3 80 81) both lose their last byte in cp1252; the 「 that stood whole opens a quotation,
        // which closes before the と that reports it, not at a later comma.
        const string clean = "\u5E97\u4E3B\u304C\u300C\u307E\u3060\u307E\u3060\u4F7F\u3048\u307E\u3059\u3088\u300D\u3068\u8A00\u3063\u3066"
            + "\u304F\u308C\u307E\u3057\u305F\u3002\u4FEE\u7406\u4EE3\u306F\u7D042\u4E078\u5343\u5186\u3001\u671F\u9593\u306F3\u9031\u9593\u307B\u3069\u3002\n";
        AssertRepairedWhole(clean, Corruption.Cp1252Dropped);
    }

    [Fact]
    public void AnInnerLeadInDoubtIsReadByTheCharacterThatFollows()
    {
        // そのページに記載されたインターフェースについて記載している。
        // Misread with cp1250, then cp1252: 載 is E8 BC 89, and the outer layer lost the byte after the Ä of č (E8), which
        // may as well have been ď (EF), making the far more frequent ） (EF BC 89). Only the さ and し after it, whose
        // leads are certain, tell.
        const string clean = "\u305D\u306E\u30DA\u30FC\u30B8\u306B\u8A18\u8F09\u3055\u308C\u305F\u30A4\u30F3\u30BF\u30FC\u30D5\u30A7\u30FC\u30B9\u306B\u3064\u3044\u3066\u8A18\u8F09\u3057\u3066\u3044\u308B\u3002\n";
        AssertRepairedWhole(clean, Corruption.Cp1250ThenCp1252Dropped);
    }

    [Fact]
    public void OneInnerByteRebuiltWrongLeavesTheRestOfItsLineRepaired()
    {
        // 臺南的夜晚則是另一番風景，…一攤賣古早味紅茶的小推車。 misread with cp1250 (賣 is E8 B3 A3: čłŁ), then with
        // cp1252, whose lost bytes, rebuilt, make the outer layer spell Đ (D0) for that č: Đł is a whole sequence (г),
        // and Ł a continuation byte with no lead. A line of Chinese is one run without spaces; the rest of it is as
        // damaged as ever, and is read all the same.
        const string clean = "\u81FA\u5357\u7684\u591C\u665A\u5247\u662F\u53E6\u4E00\u756A\u98A8\u666F\uFF0C\u6BCF\u9022\u9031\u56DB\u3001"
            + "\u9031\u516D\u548C\u9031\u65E5\uFF0C\u82B1\u5712\u591C\u5E02\u7684\u6524\u4F4D\u5F9E\u508D\u665A\u5C31\u958B\u59CB"
            + "\u642D\u8D77\uFF0C\u6211\u6700\u559C\u6B61\u7684\u662F\u4E00\u6524\u8CE3\u53E4\u65E9\u5473\u7D05\u8336\u7684"
            + "\u5C0F\u63A8\u8ECA\u3002";
        var inner = Corruptor.MisreadWithEach(clean, 1250);
        var broken = inner.Replace("\u010D\u0142\u0141", "\u0110\u0142\u0141", StringComparison.Ordinal);
        Assert.NotEqual(inner, broken);
        var damaged = System.Text.Encoding.GetEncoding(1252).GetString(System.Text.Encoding.UTF8.GetBytes(broken)) + "\n";
        var repaired = Repairer.Repair(damaged).Text;
        Assert.StartsWith(clean[..43], repaired, StringComparison.Ordinal);
        Assert.EndsWith(clean[^7..] + "\n", repaired, StringComparison.Ordinal);
        Assert.InRange(RepairScore.EditDistance(clean + "\n", repaired), 1, 3);
    }

    [Fact]
    public void TheInnerPageIsTheOneWhoseRebuiltBytesSpellNaturalText()
    {
        // ’ (E2 80 99) through cp1257 is ā€™, and through cp1252 after that Ä€™ without the 81 of ā (C4 81). The
        // decoded € and ™ pair up as inner bytes under cp1250 and cp1257 alike; only the rebuilt lead tells them
        // apart: ā makes ’ under cp1257, while č, the likeliest under cp1250, makes 耙.
        var clean = RepairFixtures.Clean("en");
        Assert.Equal(clean, Repairer.Repair(Corruptor.MisreadWithEach(clean, 1257, 1252)).Text);
    }

    // A text about mojibake whose every line was misread, quoted examples too: an example of one layer (`Ã¨`, `â€”`)
    // comes back as that example, not as the letter it stands for, the letter beside it (`ü`) as that letter, and one of
    // two layers (`ÃƒÂ¨`) as itself.
    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1254Dropped)]
    [InlineData(Corruption.Cp1252Twice)]
    public void ATextAboutMojibakeMisreadWholeGetsBackItsQuotedExamples(Corruption kind) =>
        AssertRepairedWhole(s_textAboutMojibake, kind);

    [Fact]
    public void ATextAboutMojibakeThatQuotesExamplesOfOneAndTwoLayersStaysAsWritten() =>
        Assert.Equal(s_textAboutMojibake, Repairer.Repair(s_textAboutMojibake).Text);

    // A note about mojibake that quotes every word it shows, misread whole: each example now reads as the mojibake of
    // what the word quoted beside it reads as ("na\u00C3\u0192\u00C2\u00AFve" as "na\u00C3\u00AFve", and the "na\u00C3\u00AFve" beside it as
    // na\u00EFve), and the plain word stands nowhere; so do the words a line quotes alone ("\u00C5ngstr\u00F6m"). Through cp437 the
    // examples read as cp1252's mojibake still.
    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1252Twice)]
    [InlineData(Corruption.Cp437)]
    [InlineData(Corruption.MacRoman)]
    public void ANoteThatQuotesEveryWordItMisreadsGetsBackItsExamples(Corruption kind) =>
        AssertRepairedWhole(s_noteAboutMojibake, kind);

    [Fact]
    public void ANoteThatQuotesEveryWordItMisreadsStaysAsWritten() =>
        Assert.Equal(s_noteAboutMojibake, Repairer.Repair(s_noteAboutMojibake).Text);

    // A text about double misreading shows both layers of its examples, but also what they stand for: clean.
    [Fact]
    public void ANoteAboutDoubleMisreadingThatShowsTheWordsStaysAsWritten()
    {
        var clean = "Double misreading, step by step: caf\u00E9 and M\u00FCller. It is all mojibake in the end.\n\n" // Double misreading, step by step: café and Müller. It is all mojibake in the end.
            + "- \"caf\u00C3\u00A9\" turns into \"caf\u00C3\u0192\u00C2\u00A9\" after a second misreading.\n" // - "cafÃ©" turns into "cafÃƒÂ©" after a second misreading.
            + "- \"M\u00C3\u00BCller\" turns into \"M\u00C3\u0192\u00C2\u00BCller\" the same way.\n"; // - "MÃ¼ller" turns into "MÃƒÂ¼ller" the same way.
        Assert.Equal(clean, Repairer.Repair(clean).Text);
    }

    private static readonly string s_noteAboutMojibake = string.Join("\n",
        "Why does \"na\u00EFve\" turn into \"na\u00C3\u00AFve\"?",
        "",
        "A customer called \"Zo\u00EB\" shows up as \"Zo\u00C3\u00AB\" in the export, and \"it\u2019s\" as \"it\u00E2\u20AC\u2122s\".",
        "",
        "- \"\u00C3\u00AF\" is what an \"\u00EF\" becomes, so \"na\u00C3\u00AFve\" really means \"na\u00EFve\".",
        "- \"\u00C3\u00AB\" stands for \"\u00EB\".",
        "",
        "The same export also held \"\u00C5ngstr\u00F6m\" and \"M\u00FCller\".",
        "",
        "This note is about mojibake: every odd sequence above is quoted on purpose.",
        "");

    // A FAQ about mojibake shows more examples than a text quotes by the handful, none in quotes ("\u00E9 \u2192 \u00C3\u00A9",
    // "\u4E2D\u6587 turns into \u00E4\u00B8\u00AD\u00E6\u2013\u2021"), but none runs into a word: they are examples, and the FAQ is clean.
    [Fact]
    public void AFaqWhoseExamplesOfMojibakeStandApartStaysAsWritten() =>
        Assert.Equal(s_mojibakeFaq, Repairer.Repair(s_mojibakeFaq).Text);

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1252Twice)]
    public void AFaqAboutMojibakeMisreadWholeGetsBackItsExamples(Corruption kind) =>
        AssertRepairedWhole(s_mojibakeFaq, kind);

    private static readonly string s_mojibakeFaq = string.Join("\n",
        "FAQ: Why does my CSV show strange characters?",
        "",
        "Q: I exported customer names from the old system and \u201CJos\u00E9\u201D shows up as \u201CJos\u00C3\u00A9\u201D. What happened?",
        "A: The file is UTF-8, but Excel opened it as Windows-1252. Each accented letter becomes two characters: \u00E9 \u2192 \u00C3\u00A9, \u00FC \u2192 \u00C3\u00BC, \u00F1 \u2192 \u00C3\u00B1. Curly quotes are worse: \u2019 becomes \u00E2\u20AC\u2122 and \u201C becomes \u00E2\u20AC\u0153.",
        "",
        "Q: Can I fix it?",
        "A: Usually yes. Re-open the file with \u201CData \u2192 From Text/CSV\u201D and choose 65001: Unicode (UTF-8). If the file was saved again after the damage, tools can undo it \u2014 but only if no bytes were lost.",
        "",
        "Q: What about Asian text?",
        "A: Chinese and Japanese get hit harder: \u4E2D\u6587 turns into \u00E4\u00B8\u00AD\u00E6\u2013\u2021 and \u65E5\u672C\u8A9E into \u00E6\u2014\u00A5\u00E6\u0153\u00AC\u00E8\u00AA\u017E. Once a byte like 0x81 is dropped, you need a language model to guess it back.",
        "");

    private static readonly string s_textAboutMojibake = string.Join("\n",
        "# Fixing garbled text",
        "",
        "Mojibake is what you see when UTF-8 is decoded with the wrong encoding.",
        "",
        "- `\u00C3\u00A8` shows up where `\u00E8` was meant, so \u201Ccr\u00E8me\u201D becomes \u201Ccr\u00C3\u00A8me\u201D",
        "- `\u00E2\u20AC\u201C` and `\u00E2\u20AC\u201D` stand where the dashes were",
        "- `\u00C3\u00BC` where `\u00FC` was",
        "- `\u00C3\u00B1` where `\u00F1` was",
        "- It\u2019s common in exported spreadsheets \u2014 and in old e-mail archives.",
        "",
        "## Why we care",
        "",
        "Our users run a small caf\u00E9 chain; the menus come from three different suppliers.",
        "Last winter the cr\u00E8me br\u00FBl\u00E9e showed up twice on the same card \u2014 once right, once not.",
        "Nobody should have to guess what a menu said, so we keep the originals \u2018as received\u2019.",
        "",
        "## Notes",
        "",
        "Some files hold mojibake of mojibake, like `\u00C3\u0192\u00C2\u00A8`, which the tool undoes twice.",
        "The r\u00E9sum\u00E9 of the na\u00EFve approach \u2014 \u201Cre-encode and hope\u201D \u2014 fails there.",
        "");

    [Fact]
    public void ALineWhoseOuterLayerWasUndoneQuotesNoMojibake()
    {
        // Misread with cp1253, then cp1252: undoing the outer layer leaves β€™ for ’ and a lone π for 🐈, whose three
        // other bytes cp1253 lacks. A lone lead kept as a letter beside a few strong runs marks text about mojibake, but
        // only in text as it came: a line that was itself mojibake a layer ago quotes nothing.
        var clean = "The last slide read \u2018Questions?\u2019 under a photo of a cat \U0001F408, and lunch cost \u20AC8.50.\n";
        var repaired = Repairer.Repair(Corruptor.MisreadWithEach(clean, 1253, 1252)).Text;
        Assert.Contains("Questions?\u2019", repaired);
        Assert.Contains("\u20AC8.50", repaired);
    }

    [Fact]
    public void ACharacterThatASpaceSplitIsRebuiltAcrossIt()
    {
        // 样 is E6 A0 B7; where a tool made cp1252's no-break space A0 a plain one, "æ ·" is left, and the run after the
        // space opens with a continuation byte that no lead precedes. That byte used to make all of its run, the rest
        // of the sentence, count as genuine text, and so the whole text as undamaged; the space and the · after it are
        // bytes of the character before them.
        var clean = "\u8FD9\u6837\u7684\u57CE\u5E02\u751F\u6D3B\u5F88\u6709\u610F\u601D\uFF0C\u6211\u4EEC\u6BCF\u5929\u90FD\u53BB\u516C\u56ED\u6563\u6B65\u3002\n"
            + "\u5468\u672B\u6211\u4EEC\u8FD8\u4F1A\u53BB\u6D77\u8FB9\u770B\u65E5\u843D\u3002\n";
        var damaged = Corruptor.Corrupt(clean, Corruption.Cp1252NbspAsSpace);
        Assert.Contains("\u00E6 \u00B7", damaged);
        Assert.Equal(clean, Repairer.Repair(damaged).Text);
    }

    [Fact]
    public void ASymbolWithAnEmojiFormTakesTheSpaceThatWasItsLastByte()
    {
        // \u26A0 is E2 9A A0: "\u00E2\u0161 " once its no-break space is a plain one. The character model does not know it, but a
        // symbol with an emoji form is in use; read without the space, the line made it \u205A (E2 81 9A, its 81 lost).
        var clean = "| Sistema    | Vers\u00E3o m\u00EDnima | Estado       |\n|------------|---------------|--------------|\n| Android    | 8.0           | \u2705 Dispon\u00EDvel |\n| Linux      | glibc \u2265 2.31  | \u26A0 Parcial    |\n";
        var damaged = Corruptor.Corrupt(clean, Corruption.Cp1252NbspAsSpace);
        Assert.Contains("\u00E2\u0161  Parcial", damaged);
        Assert.Equal(clean, Repairer.Repair(damaged).Text);
    }

    [Fact]
    public void TheModelReadsPastTheSpaceAndBytesACharacterTook()
    {
        // 标 is E6 A0 87: "\u00E6 \u2021" once its no-break space is a plain one. Read as 标 + " \u2021" the line was
        // judged with the space and the double dagger still in it, and 提 (E6 8F 90, both bytes lost) won.
        var clean = "(\u7F3A\u7701\u4E3A \u6807\u51C6\u8F93\u5165)\u7684 \u5185\u5BB9, \u7F16\u7801\u540E \u7684 \u6587\u4EF6 \u9001\u5F80 \u6807\u51C6\u8F93\u51FA.\n"; // (缺省为 标准输入)的 内容, 编码后 的 文件 送往 标准输出.
        var damaged = Corruptor.Corrupt(clean, Corruption.Cp1252NbspAsSpace);
        Assert.Contains("\u00E6 \u2021", damaged);
        Assert.Equal(clean, Repairer.Repair(damaged).Text);
    }

    [Fact]
    public void BoxesAndTreesThatLostTheirBytesAreDrawnAgainByTheirLayout()
    {
        // Latin-1 with its C1 bytes stripped leaves every box drawing character (E2 94 xx) a lone â, as it leaves every
        // quote and dash. Alone, typography takes each for a quote or a dash (┌────┐ came back as “‘“‘“”); their rows
        // and columns show that they draw, and which sides each joins tells which piece it is.
        var clean = "The package moves through these states (see \u2018dpkg \u2011l\u2019):\n"
            + "    \u250C\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2510\n"
            + "    \u2502 unpacked \u2502\n"
            + "    \u2514\u2500\u2500\u2500\u2500\u252C\u2500\u2500\u2500\u2500\u2500\u2518\n"
            + "\n"
            + "The sources are laid out so:\n"
            + "src\n"
            + "\u251C\u2500\u2500 Reader.Core\n"
            + "\u2502   \u251C\u2500\u2500 Repair\n"
            + "\u2502   \u2514\u2500\u2500 Text\n"
            + "\u2514\u2500\u2500 Reader.Cli\n";
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Latin1Stripped)).Text.Split('\n');
        var rows = clean.Split('\n');
        foreach (var row in new[] { 1, 2, 3, 7, 8, 9, 10 })
        {
            Assert.Equal(rows[row], repaired[row]);
        }
    }

    [Theory]
    [InlineData("We stayed two nights at the caf\u00E9 above the harbour and the breakfast was excellent. Rating: \u2605\u2605\u2605\u2605\u2605\n")]
    [InlineData("The room was small but spotless, and the landlady made porridge the proper way. \u2605\u2605\u2605\u2605\u2605\n")]
    public void ARowOfSymbolsAfterASentenceIsNeitherADrawnLineNorQuotes(string clean)
    {
        // Latin-1 without C1 leaves each ★ (E2 98 85) a lone "\u00E2", as it leaves box drawing characters, quotes and
        // dashes. Four or more in a row after a sentence or a label draw no line, and quotes and dashes do not stand four
        // together: a row of symbols does.
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void AMultiplicationSignBetweenTheSidesOfADimensionIsNoWord()
    {
        // Latin-1 without C1 leaves × (C3 97) a lone "\u00C3", like À to ß; with the space after it, it may be à (C3 A0,
        // its no-break space made plain), a word the word models like. Between two amounts (3.8 m and 2.4 m) it multiplies.
        AssertRepairedWhole("The room measures 3.8 m \u00D7 2.4 m and has two windows; we paid 95 per night at the caf\u00E9.\n", Corruption.Latin1Stripped);
    }

    [Fact]
    public void ADashThatAPageReadsAsAKnownWordInMixedCaseIsRepaired()
    {
        // Through cp866 the en dash (E2 80 93) is "тАУ", which the Russian dictionary, read case-folded, holds (тау); but
        // a word does not go on in capitals after a small letter.
        var clean = "Ingredientes para una hogaza grande:\n\u2013 500 g de harina de fuerza\n\u2013 350 ml de agua\n\u2013 10 g de sal\n"
            + "La masa tiene que reposar toda la noche en la nevera; as\u00ED el pan sale m\u00E1s sabroso.\n";
        AssertRepairedWhole(clean, Corruption.Cp866);
    }

    [Fact]
    public void TheOneDamagedRunIsReadThroughThePageThatReadsItMoreNaturallyThoughThatPageLosesNoByte()
    {
        // "IngrediĂŤnten" is ë through ISO-8859-2 and Í through cp1250, which explain the text equally well. cp1250 may be
        // the damage on so little (it loses bytes, and nothing else shows them lost); ISO-8859-2, which loses none, may
        // not, but once damage is taken its reading competes all the same.
        var clean = "Zet de oven op 175\u00A0\u00B0C en vet de vorm in met een beetje boter.\n\nsap van \u00BD citroen\n\n";
        AssertRepairsOneParagraphAmongCleanOnes(clean, "Ingredi\u00EBnten voor een springvorm van 24 cm", Corruption.Iso88592);
    }

    [Theory]
    [InlineData(Corruption.MacRoman)]
    [InlineData(Corruption.Cp850)]
    public void SentencesDamagedByAPageThatLosesNothingAreRepairedBesideGenuineAccents(Corruption kind)
    {
        // Mac OS Roman and cp850 keep every byte, so the many clean accents beside the damage are no mojibake to them and
        // outweigh it; but every damaged run reads as an accented letter ("\u221A\u2265" as \u00F3), which clean text of such a page
        // does not spell.
        var clean =
            "\u00C9l pidi\u00F3 caf\u00E9, t\u00E9 y un pastel de lim\u00F3n en la cafeter\u00EDa de enfrente, seg\u00FAn record\u00F3 despu\u00E9s. Luego sali\u00F3 a la calle sin decir adi\u00F3s.\n" // Él pidió café, té y un pastel de limón en la cafetería de enfrente, según recordó después. Luego salió a la calle sin decir adiós.
            + "La pel\u00EDcula dur\u00F3 m\u00E1s de tres horas y el p\u00FAblico aplaudi\u00F3 con entusiasmo al final. Nadie quer\u00EDa irse todav\u00EDa, ni siquiera \u00E9l.\n" // La película duró más de tres horas y el público aplaudió con entusiasmo al final. Nadie quería irse todavía, ni siquiera él.
            + "Mi t\u00EDa In\u00E9s cocin\u00F3 jam\u00F3n ib\u00E9rico, lentejas y un pl\u00E1tano frito seg\u00FAn la receta. Comimos juntos en el jard\u00EDn, y despu\u00E9s dormimos.\n" // Mi tía Inés cocinó jamón ibérico, lentejas y un plátano frito según la receta. Comimos juntos en el jardín, y después dormimos.
            + "El autob\u00FAs lleg\u00F3 tarde, as\u00ED que camin\u00E9 r\u00E1pido por la avenida hasta la estaci\u00F3n. All\u00ED esper\u00E9 casi media hora.\n" // El autobús llegó tarde, así que caminé rápido por la avenida hasta la estación. Allí esperé casi media hora.
            + "\u00BFQui\u00E9n sab\u00EDa que el pr\u00F3ximo a\u00F1o habr\u00EDa tantos cambios en la compa\u00F1\u00EDa? Ella sonri\u00F3 y no contest\u00F3.\n"; // ¿Quién sabía que el próximo año habría tantos cambios en la compañía? Ella sonrió y no contestó.
        Assert.Equal(clean, Repairer.Repair(Corruptor.CorruptSomeSentences(clean, kind)).Text);
    }

    [Fact]
    public void SentencesDamagedBesideGenuineAccentsAreRepairedWhereNoBreakSpacesBecameSpaces()
    {
        // A page that lacks only a few bytes seldom loses two in a row, so the lone leads of the clean sentences (\u00E9 of
        // m\u00E9dica, \u00E3 of irm\u00E3) are genuine text to cp1252, not bytes it lost: counted as such, they outweighed the
        // damaged sentences' pairs and left cp1252 no page, and latin-1 without C1 reads "\u00E2\u20AC\u00A6" of \u2026 as a lead that
        // lost two bytes.
        var clean =
            "Voc\u00EA j\u00E1 ouviu falar da M\u00F4nica, a irm\u00E3 do Jo\u00E3o, que \u00E9 m\u00E9dica h\u00E1 tr\u00EAs anos no hospital de Niter\u00F3i? Voltou \u00E0 tarde\u2026 cansada. Ningu\u00E9m sabe se ela est\u00E1 l\u00E1 hoje, talvez amanh\u00E3 \u00E0 noite, ap\u00F3s o plant\u00E3o, ou s\u00F3 na v\u00E9spera do Natal.\n" // Você já ouviu falar da Mônica, a irmã do João, que é médica há três anos no hospital de Niterói? Voltou à tarde… cansada. Ninguém sabe se ela está lá hoje, talvez amanhã à noite, após o plantão, ou só na véspera do Natal.
            + "N\u00E3o \u00E9 f\u00E1cil explicar \u00E0 fam\u00EDlia por que voc\u00EA est\u00E1 sempre \u00E0 procura de l\u00E1 e c\u00E1, sem sa\u00EDda nem solu\u00E7\u00E3o. Fui \u00E0 feira\u2026 e voltei. Ent\u00E3o \u00E9 isso: ningu\u00E9m disse que seria f\u00E1cil, nem \u00E0s vezes poss\u00EDvel, mas tamb\u00E9m n\u00E3o \u00E9 imposs\u00EDvel.\n" // Não é fácil explicar à família por que você está sempre à procura de lá e cá, sem saída nem solução. Fui à feira… e voltei. Então é isso: ninguém disse que seria fácil, nem às vezes possível, mas também não é impossível.
            + "A av\u00F3 preparou feij\u00E3o, couve \u00E0 mineira, p\u00E3o de queijo e doce de leite para o almo\u00E7o de domingo. Foi \u00F3timo\u2026 de verdade. Depois do caf\u00E9, contou hist\u00F3rias \u00E0 sombra da mangueira, e n\u00F3s ouv\u00EDamos em sil\u00EAncio at\u00E9 o anoitecer.\n"; // A avó preparou feijão, couve à mineira, pão de queijo e doce de leite para o almoço de domingo. Foi ótimo… de verdade. Depois do café, contou histórias à sombra da mangueira, e nós ouvíamos em silêncio até o anoitecer.
        Assert.Equal(clean, Repairer.Repair(Corruptor.CorruptSomeSentences(clean, Corruption.Cp1252NbspAsSpace)).Text);
    }

    [Fact]
    public void ALoneLeadAfterALowerCaseWordIsNoAccentedCapitalOfItsOwn()
    {
        // No damaged sentence shows a byte 80 to 9F, so latin-1 without C1 explains them as well as cp1252, and "\u00C3 " of
        // \u00E0 (its A0 become a space) may be any capital from \u00C0 to \u00DF there: \u00C9, "is", which the case-folded word table
        // counts as often as \u00E0. A capital standing alone after a lower-case word starts no sentence, and no name is one
        // accented letter.
        var clean =
            "H\u00E1 receitas que nunca perdem o lugar \u00E0 mesa. Lembro-me de o ver arrefecer na janela da cozinha da minha av\u00F3, ao domingo \u00E0 tarde, com o cheiro a citrinos pela casa. "
            + "\u00C9 simples e n\u00E3o exige batedeira el\u00E9trica. Mant\u00E9m-se delicioso durante tr\u00EAs ou quatro dias, se sobreviver tanto tempo.\n" // Há receitas que nunca perdem o lugar à mesa. Lembro-me de o ver arrefecer na janela da cozinha da minha avó, ao domingo à tarde, com o cheiro a citrinos pela casa. É simples e não exige batedeira elétrica. Mantém-se delicioso durante três ou quatro dias, se sobreviver tanto tempo.
            + "Ligue o forno a cento e oitenta graus. Unte uma forma com manteiga e polvilhe-a com farinha, batendo para tirar o excesso. "
            + "Rale a casca das laranjas e esprema o sumo. N\u00E3o use a parte branca da casca, que \u00E9 amarga e estraga o sabor do bolo.\n"; // Ligue o forno a cento e oitenta graus. Unte uma forma com manteiga e polvilhe-a com farinha, batendo para tirar o excesso. Rale a casca das laranjas e esprema o sumo. Não use a parte branca da casca, que é amarga e estraga o sabor do bolo.
        AssertRepairsTheDamagedSentences(clean, Corruption.Cp1252NbspAsSpace);
    }

    [Fact]
    public void ALoneLeadBetweenNumbersWhoseNoBreakSpaceBecameASpaceIsRepaired()
    {
        // "20 \u00C3  25": the \u00E0 of a range lost its A0 to a space, and the sentence shows no other damage. The damaged
        // sentences beside it show the text itself was damaged; there the lone lead is \u00E0, not a capital standing alone
        // after a number, nor \u00C5, the unit of length, which no number follows.
        var clean =
            "Dit is het lievelingsrecept van mijn oma, ge\u00EFnspireerd op een caf\u00E9 in Gent. Schil de aardappelen en snijd ze in stukken van \u00E9\u00E9n centimeter.\n" // Dit is het lievelingsrecept van mijn oma, geïnspireerd op een café in Gent. Schil de aardappelen en snijd ze in stukken van één centimeter.
            + "Zet een pan water op het vuur. Kook de aardappelen daarna in 20 \u00E0 25 minuten gaar.\n" // Zet een pan water op het vuur. Kook de aardappelen daarna in 20 à 25 minuten gaar.
            + "Pak intussen een kom. Meng daarin de cr\u00E8me fra\u00EEche met de mosterd en wat zout.\n" // Pak intussen een kom. Meng daarin de crème fraîche met de mosterd en wat zout.
            + "Verwarm de oven voor. Bak de schotel in 15 \u00E0 20 minuten goudbruin.\n"; // Verwarm de oven voor. Bak de schotel in 15 à 20 minuten goudbruin.
        AssertRepairsTheDamagedSentences(clean, Corruption.Cp1252NbspAsSpace);
    }

    [Fact]
    public void AGenuineAccentBesideAMarkThatLostItsBytesKeepsNoLineOfADamagedTextAsWritten()
    {
        // Latin-1 without C1 leaves \u20AC as "\u00E2\u00AC", a lead and one of its bytes, in a sentence beside the genuine \u00E9 of
        // caf\u00E9: a line that quotes a misread \u00E9 looks so too. But damage runs into the words of other lines that quote
        // nothing (co\u00C3\u00B6peratie): the text itself was damaged, and the genuine letter says nothing of the mark.
        var clean = "De bakkerij aan de Kerkstraat gaat na veertig jaar dicht. Eigenaar Henk de Wit verkocht het pand aan een co\u00F6peratie van buurtbewoners.\n" // De bakkerij aan de Kerkstraat gaat na veertig jaar dicht. Eigenaar Henk de Wit verkocht het pand aan een coöperatie van buurtbewoners.
            + "Klanten drinken een koffie in het caf\u00E9 ernaast. Ze vinden het jammer dat de cr\u00E8metaartjes verdwijnen.\n" // Klanten drinken een koffie in het café ernaast. Ze vinden het jammer dat de crèmetaartjes verdwijnen.
            + "In het caf\u00E9 wordt druk gepraat. Een vaste klant gaf er \u20AC 5 per week uit.\n"; // In het café wordt druk gepraat. Een vaste klant gaf er € 5 per week uit.
        AssertRepairsTheDamagedSentences(clean, Corruption.Latin1Stripped);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1254Dropped)]
    public void AMisreadSentenceWhoseMarksTheCleanTextAlsoHoldsIsRepaired(Corruption kind)
    {
        // A span of the damaged sentence reads as "\uFF09\u3002" alone (numbers split it), which the clean sentence before it also
        // holds: marks are no word the line could be quoting with its mojibake.
        AssertRepairsOneSentenceAmongCleanOnes(
            "\u7CFB\u7EDF\u66F4\u65B0\u540E\u7684\u95EE\u9898\n\n\u6211\u7684\u7535\u8111\u662F\u4E00\u53F0\u8F7B\u8584\u672C\uFF0C\u5E73\u65F6\u4E3B\u8981\u7528\u6765\u4FEE\u56FE\u3002\n\u6211\u7684\u7535\u8111\u662F\u8054\u60F3\u5C0F\u65B0\uFF08\u9510\u9F99\u7248\uFF09\u3002", // 系统更新后的问题  我的电脑是一台轻薄本，平时主要用来修图。 我的电脑是联想小新（锐龙版）。
            "\u4E0A\u5468\u7CFB\u7EDF\u63D0\u793A\u66F4\u65B0\uFF0C\u4ECE22H2\u5347\u5230\u4E8623H2\uFF08\u5185\u90E8\u7248\u672C22631\uFF09\u3002", // 上周系统提示更新，从22H2升到了23H2（内部版本22631）。
            "\u66F4\u65B0\u5B8C\u4E4B\u540E\u4E00\u5207\u6B63\u5E38\u3002\n", // 更新完之后一切正常。 
            kind);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1254Dropped)]
    [InlineData(Corruption.Latin1Stripped)]
    [InlineData(Corruption.Cp1250Dropped)]
    [InlineData(Corruption.Cp437)]
    [InlineData(Corruption.Cp850)]
    [InlineData(Corruption.Cp866)]
    [InlineData(Corruption.Koi8R)]
    public void AnIdeographicMarkMisreadAfterAnotherTouchesTheWordBeforeIt(Corruption kind)
    {
        // A doubled "\uFF01\uFF01" whose second one alone was misread ("\uFF01\u00EF\u00BC" of cp1252): the run touches the word past
        // the mark, as damage within words does, and is no example quoted beside the genuine \u2026 that no misreading left.
        // Through cp1250 the mark lost its last byte and keeps only one of the two it needs ("\u00EF\u00BC" of cp1252 is
        // "\u010F\u013D"), as a Czech name misread would; through the DOS and KOI8-R pages it lost none, but the clean lines'
        // \u2026 is a character those pages lack. Glued to Japanese and read as a full-width mark, it is damage all the same.
        AssertRepairsOneSentenceAmongCleanOnes(
            "\u9031\u672B\u306F\u30AD\u30E3\u30F3\u30D7\u306B\u884C\u3063\u3066\u304D\u307E\u3057\u305F\n\n\u671D\u306F\u65E9\u304F\u8D77\u304D\u3066\u2026\u2026\n\u8ECA\u3067\u4E8C\u6642\u9593\u304F\u3089\u3044\u8D70\u308A\u307E\u3057\u305F\u3002\n\u7740\u3044\u305F\u3068\u304D\u306F\u96E8\u304C\u964D\u3063\u3066\u3044\u3066\u2026\u2026\n\u30C6\u30F3\u30C8\u3092\u5F35\u308B\u306E\u304C\u5927\u5909\u3067\u3057\u305F\uFF08\u7B11\uFF09\n\u3067\u3082\u591C\u306F\u6674\u308C\u3066\u3001\u661F\u304C\u3068\u3066\u3082\u304D\u308C\u3044\u3067\u3057\u305F\uFF01", // 週末はキャンプに行ってきました  朝は早く起きて…… 車で二時間くらい走りました。 着いたときは雨が降っていて…… テントを張るのが大変でした（笑） でも夜は晴れて、星がとてもきれいでした！
            "\uFF01",
            "\n\u6B21\u306E\u65E5\u306F\u5DDD\u3067\u904A\u3073\u307E\u3057\u305F\u3002\n", // 次の日は川で遊びました。 
            kind);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1254Dropped)]
    [InlineData(Corruption.Cp1250Dropped)]
    [InlineData(Corruption.Cp1252Twice)]
    [InlineData(Corruption.Cp1252TwiceDropped)]
    [InlineData(Corruption.Cp1250ThenCp1252Dropped)]
    public void AnEmojiWithItsPresentationSelectorSetOffBySpacesIsAMarkInPlace(Corruption kind)
    {
        // \U0001F336\uFE0F spells "\u00F0\u0178\u0152\u00B6\u00EF\u00B8" through cp1252, the selector short of its last byte: with its selector
        // it is one mark between spaces, as an emoji stands in text, beside a letter misread within its word. Misread
        // twice, its seven bytes are seven characters once, and the selector one of the reading's two.
        AssertRepairsOneSentenceAmongCleanOnes(
            "A praia da Nazar\u00E9\n\nNo domingo fomos \u00E0 Nazar\u00E9 ver as ondas gigantes. \u00ABNunca vi nada assim\u00BB, disse a av\u00F3\u2026 O caf\u00E9 da esplanada custava 1,20 \u20AC. ", // A praia da Nazaré  No domingo fomos à Nazaré ver as ondas gigantes. «Nunca vi nada assim», disse a avó… O café da esplanada custava 1,20 €. 
            "Ao jantar s\u00F3 ficou o piri-piri \U0001F336\uFE0F na mesa.", // Ao jantar só ficou o piri-piri 🌶️ na mesa.
            " Volt\u00E1mos para casa de noite.\n", // Voltámos para casa de noite.
            kind);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1254DroppedShyStripped)]
    [InlineData(Corruption.Cp1250Dropped)]
    public void AnEmojiBeforeTheCommaOfItsSentenceIsSetOffBySpaces(Corruption kind)
    {
        // "\u00F0\u0178\u00B9," of \U0001F379 through cp1252 stands between a space and a comma: set off as an emoji stands in text,
        // however many genuine marks the line holds, and no example quoted.
        AssertRepairsOneSentenceAmongCleanOnes(
            "Las vacaciones en Galicia\n\nEste verano alquilamos una casa cerca de Cangas. \u00ABEs el mejor sitio del mundo\u00BB, dijo mi hermana\u2026 El pulpo costaba 14 \u20AC la raci\u00F3n. ", // Las vacaciones en Galicia  Este verano alquilamos una casa cerca de Cangas. «Es el mejor sitio del mundo», dijo mi hermana… El pulpo costaba 14 € la ración. 
            "Por las tardes le\u00EDamos en la terraza \U0001F379, sin prisa y con el m\u00F3vil apagado.", // Por las tardes leíamos en la terraza 🍹, sin prisa y con el móvil apagado.
            " Volveremos el a\u00F1o que viene.\n", // Volveremos el año que viene.
            kind);
    }

    [Theory]
    [InlineData(Corruption.Cp1250ThenCp1252Dropped)]
    [InlineData(Corruption.Cp1252TwiceDropped)]
    [InlineData(Corruption.Cp1252Dropped)]
    public void AGenuineLetterThatWouldLackThreeBytesStaysBesideASentenceMisreadInItsLine(Corruption kind)
    {
        // The \u00F0 of Gu\u00F0r\u00FAn is a lead of four bytes to cp1252, and the bytes cp1252 lacks make it \U00010041 (Linear B) or a
        // letter of mathematics: no text's own script, so the clean name keeps its letter.
        AssertRepairsOneSentenceAmongCleanOnes(
            "Fer\u00F0in nor\u00F0ur\n\nVi\u00F0 \u00F3kum fr\u00E1 Reykjav\u00EDk til Akureyrar \u00ED j\u00FAl\u00ED. ", // Ferðin norður  Við ókum frá Reykjavík til Akureyrar í júlí. 
            "Fyrst var s\u00F3l, s\u00ED\u00F0an rigning og a\u00F0 lokum rok.", // Fyrst var sól, síðan rigning og að lokum rok.
            " Gu\u00F0r\u00FAn og Sigur\u00F0ur s\u00F6g\u00F0u a\u00F0 \u00FEetta v\u00E6ri e\u00F0lilegt.\n", // Guðrún og Sigurður sögðu að þetta væri eðlilegt.
            kind);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Twice)]
    [InlineData(Corruption.Cp1254TwiceDropped)]
    [InlineData(Corruption.Cp1252Dropped)]
    public void AGenuineLeadBeforeASpaceAndAWordKeepsItsSpace(Corruption kind)
    {
        // Beside a quote misread in its line, the clean \u00C5 of "1.54 \u00C5 long" is a lead to cp1252, and the space after it may
        // be the A0 of \u0160 (C5 A0): taken, it would glue \u0160 to "long", no word.
        AssertRepairsOneSentenceAmongCleanOnes(
            "Small numbers\n\nWhy use angstroms? ", // Small numbers  Why use angstroms? 
            "\u201CBecause they keep the numbers short,\u201D our teacher said.", // “Because they keep the numbers short,” our teacher said.
            " A carbon bond is 1.54 \u00C5 long, and a small molecule is 5 \u00C5 across.\n", // A carbon bond is 1.54 Å long, and a small molecule is 5 Å across.
            kind);
    }

    [Fact]
    public void ALetterThatLostItsByteBeforeASpaceAndANumberKeepsItsSpace()
    {
        // Through cp1250, \u00C8 (C3 88) loses its 88 and leaves "\u0102 12"; the damage shows no no-break space, so the space
        // may be the A0 of \u00E0 (C3 A0), but taken it would glue a letter to the number ("\u00E012 anni").
        AssertRepairedWhole("Sono stanco. \u00C8 12 anni che lavoro qui, e non \u00E8 cambiato niente.\n", Corruption.Cp1250Dropped); // Sono stanco. È 12 anni che lavoro qui, e non è cambiato niente.
    }

    [Theory]
    [InlineData("\u5730\u94C15\u53F7\u7EBF\u5357\u5EF6\u6BB5\u4ECA\u65E5\u5F00\u901A\u3002\u65B0\u7EBF\u5168\u957F\u7EA612.6\u516C\u91CC\uFF0C\u5171\u8BBE8\u5EA7\u8F66\u7AD9\uFF0C\u6700\u9AD8\u65F6\u901F\u53EF\u8FBE100\u516C\u91CC\u3002\n")] // 地铁5号线南延段今日开通。新线全长约12.6公里，共设8座车站，最高时速可达100公里。
    [InlineData("\u0413\u043E\u0440\u043E\u0434\u043E\u043A \u0431\u0443\u0434\u0435\u0442 \u043E\u0442\u043A\u0440\u044B\u0442 \u0434\u043B\u044F \u043F\u043E\u0441\u0435\u0442\u0438\u0442\u0435\u043B\u0435\u0439 \u0435\u0436\u0435\u0434\u043D\u0435\u0432\u043D\u043E \u0441 10:00 \u0434\u043E 23:00. \u0412\u0445\u043E\u0434 \u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u044B\u0439, \u0430 \u0434\u043B\u044F \u0434\u0435\u0442\u0435\u0439 \u0440\u0430\u0431\u043E\u0442\u0430\u044E\u0442 \u0433\u043E\u0440\u043A\u0438 \u0438 \u043A\u0430\u0442\u043E\u043A.\n")] // Городок будет открыт для посетителей ежедневно с 10:00 до 23:00. Вход бесплатный, а для детей работают горки и каток.
    [InlineData("\u201CWhere is it?\u201D she asked. \u201CAsk the chef \u2014 he\u2019ll know,\u201D said Tom. \u201CReally?\u201D\n")] // “Where is it?” she asked. “Ask the chef — he’ll know,” said Tom. “Really?”
    // The title's lone emoji spells one misread character ("\u00F0\u0178?\u00AE" of \U0001F36E), too little for a line of its own
    // to show damage; the lines after it show the tool's question marks plainly.
    [InlineData("Flan de la abuela \U0001F36E\n\n\u00C1ngel dijo: \u201Ces el mejor flan del mundo\u201D. \u00CDbamos cada domingo a casa de la abuela, y ella siempre dec\u00EDa \u201Cotra vez flan\u201D.\n")] // Flan de la abuela 🍮  Ángel dijo: “es el mejor flan del mundo”. Íbamos cada domingo a casa de la abuela, y ella siempre decía “otra vez flan”.
    public void QuestionMarksAnEncoderWroteForLostBytesAreRebuilt(string clean)
    {
        // Written back through cp1252 by a tool that puts "?" for each byte it has no character for: "\u00E5?\u00B7" of \u53F7, "\u00D1?" of \u0441,
        // "\u00E2\u20AC?" of \u201D. Each stands inside a misread character, in lines that show other damage, and is rebuilt as
        // U+FFFD would be; the genuine question marks stay.
        var damaged = Corruptor.Corrupt(clean, Corruption.Cp1252Question);
        Assert.True(damaged.Count(c => c == '?') > clean.Count(c => c == '?'));
        Assert.Equal(clean, Repairer.Repair(damaged).Text);
    }

    [Fact]
    public void QuestionMarksAnEncoderWroteAreRebuiltInASentenceBesideCleanNames()
    {
        // One sentence of the line went through cp1252 and a tool that writes "?" for a byte it lacks ("\u00E2\u20AC?" of
        // \u201D); the clean sentence before it holds lone lead bytes (the \u00E9 of Jos\u00E9, the \u00EB of Zo\u00EB), which are
        // genuine letters, not characters whose bytes the tool dropped without a question mark.
        AssertRepairsOneSentenceAmongCleanOnes(
            "Thanks to Zo\u00EB Bront\u00EB, Ana L\u00FAcia Gon\u00E7alves and Jos\u00E9 Mart\u00EDnez. ", // Thanks to Zoë Brontë, Ana Lúcia Gonçalves and José Martínez.
            "Special thanks to Fran\u00E7ois, who spent two weekends chasing the \u201Cdisappearing cursor\u201D bug.", // Special thanks to François, who spent two weekends chasing the “disappearing cursor” bug.
            "\n",
            Corruption.Cp1252Question);
    }

    [Fact]
    public void AQuestionMarkAfterACapitalThatLostItsByteStaysWhereOtherCapitalsLostTheirsWithout()
    {
        // Latin-1 without C1 leaves the capitals \u00DA, \u00C9, \u00D3 (C3 9A, C3 89, C3 93) as a lone "\u00C3" each: a tool that drops
        // bytes, so the "?" after PAS\u00D3 is the text's own and stays.
        var clean = "\u00DALTIMA HORA: \u00A1OL\u00C9! El equipo gan\u00F3 la final.\n\n\u00BFQU\u00C9 PAS\u00D3? La selecci\u00F3n remont\u00F3 en el \u00FAltimo minuto.\n"; // ÚLTIMA HORA: ¡OLÉ! El equipo ganó la final.  ¿QUÉ PASÓ? La selección remontó en el último minuto.
        Assert.EndsWith("PAS\u00D3? La selecci\u00F3n remont\u00F3 en el \u00FAltimo minuto.\n", Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Latin1Stripped)).Text);
    }

    [Fact]
    public void AQuestionMarkAfterAnEllipsisStaysWhereTheDashesLostTheirBytesWithout()
    {
        // Latin-1 without C1 leaves each dialogue dash a lone "\u00E2" and the ellipsis "\u00E2\u00A6": a tool that drops bytes, so
        // the "?" after the ellipsis is the text's own, not the last byte of \u2980 (E2 A6 80).
        AssertRepairedWhole("\u2014Ya lo s\u00E9 \u2014dijo Ana\u2014. \u00BFMe est\u00E1s diciendo que\u2026?\n", Corruption.Latin1Stripped); // —Ya lo sé —dijo Ana—. ¿Me estás diciendo que…?
    }

    [Fact]
    public void AQuestionMarkAfterACharacterThatLostAByteStaysWhereTheTextDroppedItsBytes()
    {
        // 吗 (E5 90 97) through cp1252 is "\u00E5\u2014" once its 90 is dropped, and the text's own "?" after it completes it as a
        // byte would: but the other characters short of bytes (号, 南) show a tool that dropped what it could not write.
        var clean = "\u5730\u94C15\u53F7\u7EBF\u5357\u5EF6\u6BB5\u4ECA\u65E5\u5F00\u901A\uFF0C\u65B0\u7EBF\u5168\u957F\u7EA612.6\u516C\u91CC\u3002\n\u4F60\u5750\u8FC7\u65B0\u7EBF\u5417?\u542C\u8BF4\u4ECE\u5357\u7AD9\u5230\u79D1\u5B66\u57CE\u53EA\u898135\u5206\u949F\u3002\n"; // 地铁5号线南延段今日开通，新线全长约12.6公里。 你坐过新线吗?听说从南站到科学城只要35分钟。
        var damaged = Corruptor.Corrupt(clean, Corruption.Cp1252Dropped);
        Assert.Contains("\u00E5\u2014?", damaged);
        Assert.Equal(clean, Repairer.Repair(damaged).Text);
    }

    [Fact]
    public void TheReportShowsTheQuestionMarksOfTheDamageAsTheInputWroteThem()
    {
        var clean = "\u5730\u94C15\u53F7\u7EBF\u5357\u5EF6\u6BB5\u4ECA\u65E5\u5F00\u901A\u3002\n"; // 地铁5号线南延段今日开通。
        var (text, report) = Repairer.RepairWithReport(Corruptor.Corrupt(clean, Corruption.Cp1252Question));
        Assert.Equal(clean, text);
        Assert.Contains(report.Rebuilt, r => r.Damaged == "\u00E5?\u00B7" && r.Chosen == "\u53F7");
        Assert.All(report.Examples, e => Assert.DoesNotContain('\uFFFD', e.Before));
        Assert.Contains(report.Examples, e => e.Before.Contains('?'));
    }

    [Theory]
    [InlineData("Se vir \u00E2\u20AC? em vez de uma aspa, o ficheiro foi lido como cp1252.\n")] // Se vir â€? em vez de uma aspa, o ficheiro foi lido como cp1252.
    [InlineData("O que \u00E9 isto? \u00C9? N\u00E3o sei. E voc\u00EA?\n")] // O que é isto? É? Não sei. E você?
    [InlineData("\u00BFQu\u00E9?? \u00BFDe verdad? \u00A1S\u00ED!\n")] // ¿Qué?? ¿De verdad? ¡Sí!
    public void QuestionMarksOfCleanTextStay(string clean)
    {
        // A question mark after a letter that is a lead byte to some page (\u00C9 is C9, \u00E9 is E9) completes no misread character
        // where nothing else in its line pairs up; and one example of mojibake a line quotes is no damaged text.
        Assert.Equal(clean, Repairer.Repair(clean).Text);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1252Twice)]
    public void AMisreadSentenceWhoseLettersStandInsideACleanWordIsRepaired(Corruption kind)
    {
        // "posi\u00C3\u00A7\u00C3\u00A3o" holds a span that reads "\u00E7\u00E3", two letters the clean "organiza\u00E7\u00E3o" before it also holds: an
        // alphabetic reading is quoted only as a word of its own, in quotes.
        AssertRepairsOneSentenceAmongCleanOnes(
            "Concurso de queijos\n\nO j\u00FAri provou mais de cem queijos de todo o pa\u00EDs durante dois dias.\nA organiza\u00E7\u00E3o do concurso anunciou ontem os vencedores na c\u00E2mara municipal. ", // Concurso de queijos  O júri provou mais de cem queijos de todo o país durante dois dias. A organização do concurso anunciou ontem os vencedores na câmara municipal. 
            "A segunda posi\u00E7\u00E3o foi para uma cooperativa de Trancoso. ", // A segunda posição foi para uma cooperativa de Trancoso. 
            "O primeiro lugar ficou em Seia.\n",
            kind);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1252Twice)]
    [InlineData(Corruption.Cp1250ThenCp1252Dropped)]
    public void ADamagedOrdinalAfterANumberIsDamageWithinWords(Corruption kind)
    {
        // "1.\u00C2\u00BA" touches a number, which stands beside letters of any script: the \u00BA it reads as is no letter a clean
        // word could have spelt there.
        AssertRepairsOneSentenceAmongCleanOnes(
            "Concurso de queijos\n\nO j\u00FAri provou mais de cem queijos de todo o pa\u00EDs durante dois dias.\nOs vencedores foram anunciados ontem na c\u00E2mara municipal. ", // Concurso de queijos  O júri provou mais de cem queijos de todo o país durante dois dias. Os vencedores foram anunciados ontem na câmara municipal. 
            "O 1.\u00BA lugar ficou para uma queijaria de Seia. ", // O 1.º lugar ficou para uma queijaria de Seia. 
            "A festa durou at\u00E9 \u00E0 noite.\n", // A festa durou até à noite. 
            kind);
    }

    [Theory]
    [InlineData(Corruption.Cp1250ThenCp1252Dropped)]
    public void ASentenceMisreadTwiceIsDamageWithinWordsThoughItsOuterReadingHoldsAModifierLetter(Corruption kind)
    {
        // "m\u00C4\u201A\u00CB\u2021s" reads through cp1254 as "m\u0102\u02C7s": \u02C7 is a letter of no alphabet, but cp1250 shows it as its byte
        // A1, the \u00E1 of m\u00E1s misread once.
        AssertRepairsOneSentenceAmongCleanOnes(
            "Flan de la abuela\n\nLa receta viene de mi abuela Carmen, que la aprendi\u00F3 en Asturias.\nEste postre no falla ning\u00FAn a\u00F1o en su cumplea\u00F1os. ", // Flan de la abuela  La receta viene de mi abuela Carmen, que la aprendió en Asturias. Este postre no falla ningún año en su cumpleaños. 
            "Os aseguro que es lo m\u00E1s sencillo del mundo. ", // Os aseguro que es lo más sencillo del mundo. 
            "Solo hacen falta huevos, leche y az\u00FAcar.\n", // Solo hacen falta huevos, leche y azúcar. 
            kind);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1252Twice)]
    [InlineData(Corruption.Cp1254Dropped)]
    public void ARunThatReadsAsAWordOfItsOwnBesideDamageWithinAWordIsRepaired(Corruption kind)
    {
        // "av\u00C3\u00B3, ao domingo \u00C3\u00A0 tarde": the \u00E0 stands apart, as an example quoted in a text about mojibake does, but
        // reads as a word between words beside damage within one.
        AssertRepairsOneSentenceAmongCleanOnes(
            "Bolo de laranja\n\nH\u00E1 receitas que nunca perdem o lugar \u00E0 mesa, e este bolo \u00E9 uma delas.\n\u00C9 simples e n\u00E3o exige batedeira el\u00E9trica. ", // Bolo de laranja  Há receitas que nunca perdem o lugar à mesa, e este bolo é uma delas. É simples e não exige batedeira elétrica. 
            "Lembro-me dele na cozinha da minha av\u00F3, ao domingo \u00E0 tarde. ", // Lembro-me dele na cozinha da minha avó, ao domingo à tarde. 
            "Mant\u00E9m-se fofo durante tr\u00EAs dias.\n", // Mantém-se fofo durante três dias. 
            kind);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Twice)]
    [InlineData(Corruption.Cp1252TwiceDropped)]
    [InlineData(Corruption.Cp1254TwiceDropped)]
    public void AGenuineLetterStandingAloneBesideASentenceMisreadTwiceIsNotReadAsAnotherScript(Corruption kind)
    {
        // cp1254, which lacks 9D and 9E, reads the sentence misread twice as well as cp1252; to it the genuine \u00E9 of the
        // clean sentences around is a lead that lost those two bytes: \u975E (E9 9D 9E), a script the text shows nowhere.
        AssertRepairsOneSentenceAmongCleanOnes(
            "Bolo de laranja\n\nH\u00E1 receitas que nunca perdem o lugar \u00E0 mesa.\nEste bolo de laranja \u00E9 uma delas. ", // Bolo de laranja  Há receitas que nunca perdem o lugar à mesa. Este bolo de laranja é uma delas. 
            "Lembro-me dele na cozinha da minha av\u00F3, ao domingo \u00E0 tarde. ", // Lembro-me dele na cozinha da minha avó, ao domingo à tarde. 
            "Ainda hoje \u00E9 o meu preferido.\n", // Ainda hoje é o meu preferido. 
            kind);
    }

    [Fact]
    public void ASentenceOfRussianMisreadBesideLongCleanParagraphsIsRepaired()
    {
        // Every other letter of clean Russian is a lead byte to cp1251, and its clean paragraphs' "\u0414\u00BB" of \u00AB\u0420\u0416\u0414\u00BB
        // pairs leads with continuations: over the whole text the runs lack too many continuation bytes to look like
        // damage. Over the lines the page reads more as damage than as genuine text, they do.
        const string sentence = "\u041E\u0431\u0435\u0449\u0430\u043B\u0430 \u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u0442\u044C, \u043A\u0430\u043A \u043F\u0440\u043E\u0448\u0451\u043B \u043C\u043E\u0439 \u043F\u0435\u0440\u0432\u044B\u0439 \u043F\u043E\u043B\u0443\u043C\u0430\u0440\u0430\u0444\u043E\u043D, \u2014 \u0440\u0430\u0441\u0441\u043A\u0430\u0437\u044B\u0432\u0430\u044E \u0431\u0435\u0437 \u043F\u0440\u0438\u043A\u0440\u0430\u0441 \u0438 \u043F\u043E \u043F\u043E\u0440\u044F\u0434\u043A\u0443. "; // Обещала рассказать, как прошёл мой первый полумарафон, — рассказываю без прикрас и по порядку.
        var clean = RepairFixtures.Paragraphs("ru-marathon");
        var at = clean.IndexOf(sentence, StringComparison.Ordinal);
        Assert.True(at > 0);
        AssertRepairsOneSentenceAmongCleanOnes(clean[..at], sentence, clean[(at + sentence.Length)..], Corruption.Cp1251Dropped);
    }

    [Theory]
    [InlineData(Corruption.Cp1251Dropped)]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1250Dropped)]
    public void ASentenceMisreadWordByWordBesideCleanWordsOfItsScriptIsRepaired(Corruption kind)
    {
        // Each misread word stands apart ("\u0420\u045B\u0420\u00B1\u0420\u00B5..." through cp1251), as an example quoted in a
        // text about mojibake does, and the text shows too little damage to be damaged in places; but a sentence's worth
        // of it reads as Cyrillic beside the line's clean Cyrillic words: an example quoted is a word or two.
        AssertRepairsOneSentenceAmongCleanOnes(
            "\u041C\u043E\u0439 \u043F\u0435\u0440\u0432\u044B\u0439 \u043F\u043E\u043B\u0443\u043C\u0430\u0440\u0430\u0444\u043E\u043D\n\n\u0412 \u0441\u0443\u0431\u0431\u043E\u0442\u0443 \u044F \u043D\u0430\u043A\u043E\u043D\u0435\u0446 \u043F\u0440\u043E\u0431\u0435\u0436\u0430\u043B\u0430 \u0441\u0432\u043E\u0439 \u043F\u0435\u0440\u0432\u044B\u0439 \u043F\u043E\u043B\u0443\u043C\u0430\u0440\u0430\u0444\u043E\u043D \u0432 \u041A\u0430\u0437\u0430\u043D\u0438.\n\u041F\u0440\u0438\u0432\u0435\u0442 \u0432\u0441\u0435\u043C! ", // Мой первый полумарафон  В субботу я наконец пробежала свой первый полумарафон в Казани. Привет всем! 
            "\u041E\u0431\u0435\u0449\u0430\u043B\u0430 \u0440\u0430\u0441\u0441\u043A\u0430\u0437\u0430\u0442\u044C, \u043A\u0430\u043A \u0432\u0441\u0451 \u043F\u0440\u043E\u0448\u043B\u043E, \u2014 \u0440\u0430\u0441\u0441\u043A\u0430\u0437\u044B\u0432\u0430\u044E \u043F\u043E\u0434\u0440\u043E\u0431\u043D\u043E. ", // Обещала рассказать, как всё прошло, — рассказываю подробно. 
            "\u0421\u043F\u043E\u0439\u043B\u0435\u0440: \u044F \u0434\u043E\u0431\u0435\u0436\u0430\u043B\u0430!\n", // Спойлер: я добежала! 
            kind);
    }

    [Theory]
    [InlineData(Corruption.Cp1251Dropped)]
    [InlineData(Corruption.MacRoman)]
    [InlineData(Corruption.Cp437)]
    [InlineData(Corruption.Koi8R)]
    [InlineData(Corruption.Iso88592)]
    [InlineData(Corruption.Cp1252Twice)]
    [InlineData(Corruption.Cp1252TwiceDropped)]
    public void ASentenceOfCyrillicMisreadAfterACleanOneInItsLineIsRepaired(Corruption kind)
    {
        // The clean sentence before it outweighs the damage in its line, and the clean paragraph's lone leads spoil the
        // shape of the runs over the whole text; but the misread sentence is one stretch of runs, no genuine letter between
        // them, longer than clean text spells by chance, and so no example quoted either.
        AssertRepairsOneSentenceAmongCleanOnes(
            "\u0412\u0435\u0447\u0435\u0440 \u043D\u0430 \u0434\u0430\u0447\u0435\n\n\u042D\u043B\u0435\u043A\u0442\u0440\u0438\u0447\u043A\u0438 \u0432 \u0442\u043E\u0442 \u0434\u0435\u043D\u044C \u0445\u043E\u0434\u0438\u043B\u0438 \u043F\u043B\u043E\u0445\u043E, \u0438 \u0434\u043E \u043F\u043E\u0441\u0451\u043B\u043A\u0430 \u044F \u0434\u043E\u0431\u0440\u0430\u043B\u0441\u044F \u0442\u043E\u043B\u044C\u043A\u043E \u043A \u0434\u0435\u0441\u044F\u0442\u0438 \u0447\u0430\u0441\u0430\u043C \u0432\u0435\u0447\u0435\u0440\u0430. \u041A\u0430\u043B\u0438\u0442\u043A\u0430 \u043E\u043F\u044F\u0442\u044C \u043D\u0435 \u043E\u0442\u043A\u0440\u044B\u0432\u0430\u043B\u0430\u0441\u044C, \u043F\u0440\u0438\u0448\u043B\u043E\u0441\u044C \u0442\u043E\u043B\u043A\u0430\u0442\u044C \u0435\u0451 \u043F\u043B\u0435\u0447\u043E\u043C, \u0430 \u0441\u043E\u0441\u0435\u0434\u0441\u043A\u0430\u044F \u0441\u043E\u0431\u0430\u043A\u0430 \u0432\u0441\u0442\u0440\u0435\u0442\u0438\u043B\u0430 \u043C\u0435\u043D\u044F \u0442\u0430\u043A\u0438\u043C \u043B\u0430\u0435\u043C, \u0431\u0443\u0434\u0442\u043E \u044F \u043F\u0440\u0438\u0448\u0451\u043B \u0433\u0440\u0430\u0431\u0438\u0442\u044C \u0434\u043E\u043C. \u0412 \u043E\u043A\u043D\u0435 \u0432\u0435\u0440\u0430\u043D\u0434\u044B \u0433\u043E\u0440\u0435\u043B \u0441\u0432\u0435\u0442, \u0438 \u043F\u0430\u0445\u043B\u043E \u0436\u0430\u0440\u0435\u043D\u043E\u0439 \u043A\u0430\u0440\u0442\u043E\u0448\u043A\u043E\u0439.\n\n\u0411\u0430\u0431\u0443\u0448\u043A\u0430 \u043E\u0431\u0435\u0440\u043D\u0443\u043B\u0430\u0441\u044C \u043E\u0442 \u043F\u043B\u0438\u0442\u044B, \u0432\u044B\u0442\u0435\u0440\u043B\u0430 \u0440\u0443\u043A\u0438 \u043E \u0444\u0430\u0440\u0442\u0443\u043A \u0438 \u0443\u043B\u044B\u0431\u043D\u0443\u043B\u0430\u0441\u044C \u043C\u043D\u0435 \u0442\u0430\u043A, \u043A\u0430\u043A \u0443\u043B\u044B\u0431\u0430\u043B\u0430\u0441\u044C \u0432\u0441\u0435\u0433\u0434\u0430. ", // Вечер на даче  Электрички в тот день ходили плохо, и до посёлка я добрался только к десяти часам вечера. Калитка опять не открывалась, пришлось толкать её плечом, а соседская собака встретила меня таким лаем, будто я пришёл грабить дом. В окне веранды горел свет, и пахло жареной картошкой.  Бабушка обернулась от плиты, вытерла руки о фартук и улыбнулась мне так, как улыбалась всегда. 
            "\u2014 \u0421\u0430\u0434\u0438\u0441\u044C, \u043A\u0430\u0440\u0442\u043E\u0448\u043A\u0430 \u0443\u0436\u0435 \u0433\u043E\u0442\u043E\u0432\u0430.", // — Садись, картошка уже готова.
            "\n",
            kind);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1254Dropped)]
    [InlineData(Corruption.Cp1250Dropped)]
    public void ASingleDamagedWordBesideAccentsThatAreWordsOfTheirOwnIsRepaired(Corruption kind)
    {
        // Portuguese "\u00E9" is a lead byte that lost two continuation bytes to a page that lacks only five, which seldom
        // happens; as a word of its own it is a genuine accent, as it is inside a word, and no evidence against the page.
        AssertRepairsOneSentenceAmongCleanOnes(
            "A cafeteira nova\n\nA m\u00E1quina chegou ontem e \u00E9 mais pequena do que eu esperava. O manual \u00E9 curto e est\u00E1 bem escrito, com desenhos claros.\nA primeira coisa que fiz foi lavar o dep\u00F3sito de \u00E1gua e o filtro. ", // A cafeteira nova  A máquina chegou ontem e é mais pequena do que eu esperava. O manual é curto e está bem escrito, com desenhos claros. A primeira coisa que fiz foi lavar o depósito de água e o filtro. 
            "Depois consegui arrum\u00E1-la ao lado da torradeira. ", // Depois consegui arrumá-la ao lado da torradeira. 
            "O caf\u00E9 \u00E9 forte e saboroso, e a limpeza \u00E9 r\u00E1pida.\n", // O café é forte e saboroso, e a limpeza é rápida.
            kind);
    }

    [Theory]
    [InlineData(Corruption.Cp1250Dropped)]
    [InlineData(Corruption.Cp1250ThenCp1252Dropped)]
    public void TheWhiteStarOfARatingIsRebuiltAsAStarNotAnArrow(Corruption kind)
    {
        // cp1250 lacks the bytes 98 and 90: \u2606 (E2 98 86) and \u2190 (E2 86 90) both read "\u00E2\u2020". A rating sets its
        // white stars between words as a text does its arrows.
        const string review = "\u201CThe Glass Orchard\u201D is Jos\u00E9 Alvarez\u2019s second novel \u2014 a quiet, patient book about a family caf\u00E9 in Lyon. It isn\u2019t perfect: the middle drags, and Zo\u00EB\u2019s chapters feel rushed. But the last forty pages are superb. \u2605\u2605\u2605\u2605\u2606\n"; // “The Glass Orchard” is José Alvarez’s second novel — a quiet, patient book about a family café in Lyon. It isn’t perfect: the middle drags, and Zoë’s chapters feel rushed. But the last forty pages are superb. ★★★★☆
        AssertRepairedWhole(review, kind);
    }

    [Fact]
    public void ReadingsOfAnotherScriptGluedToTheLettersOfARussianWordStayAsWritten()
    {
        // cp866 reads the clean "\u043E\u0431\u044F\u0437\u0430\u0442\u0435\u043B\u044C\u043D\u043E" of the line as "\u043E\u0431\uF9E0\u296B\uCB6E" and
        // "\u0441\u043A\u0430" as the Tai Tham sign \u1AA0: readings of another script glued to the letters of a Russian word, which no
        // damage of this text leaves there.
        AssertRepairsOneSentenceAmongCleanOnes(
            "\u041F\u043E\u0435\u0437\u0434\u043A\u0430 \u0432 \u041A\u0430\u0437\u0430\u043D\u044C\n\n\u0412 \u043F\u044F\u0442\u043D\u0438\u0446\u0443 \u0432\u0435\u0447\u0435\u0440\u043E\u043C \u043C\u044B \u0441\u0435\u043B\u0438 \u0432 \u043F\u043E\u0435\u0437\u0434 \u0438 \u0443\u0436\u0435 \u0443\u0442\u0440\u043E\u043C \u0433\u0443\u043B\u044F\u043B\u0438 \u043F\u043E \u043D\u0430\u0431\u0435\u0440\u0435\u0436\u043D\u043E\u0439. \u0413\u043E\u0440\u043E\u0434 \u0432\u0441\u0442\u0440\u0435\u0442\u0438\u043B \u043D\u0430\u0441 \u0441\u043E\u043B\u043D\u0446\u0435\u043C \u0438 \u0437\u0430\u043F\u0430\u0445\u043E\u043C \u0441\u0432\u0435\u0436\u0435\u0439 \u0432\u044B\u043F\u0435\u0447\u043A\u0438 \u0438\u0437 \u043C\u0430\u043B\u0435\u043D\u044C\u043A\u0438\u0445 \u043A\u0430\u0444\u0435.\n\n\u0421\u043D\u0430\u0447\u0430\u043B\u0430 \u043C\u044B \u043F\u043E\u0448\u043B\u0438 \u0432 \u043A\u0440\u0435\u043C\u043B\u044C. ", // Поездка в Казань  В пятницу вечером мы сели в поезд и уже утром гуляли по набережной. Город встретил нас солнцем и запахом свежей выпечки из маленьких кафе.  Сначала мы пошли в кремль. 
            "\u0412\u0445\u043E\u0434 \u043D\u0430 \u0442\u0435\u0440\u0440\u0438\u0442\u043E\u0440\u0438\u044E \u0431\u0435\u0441\u043F\u043B\u0430\u0442\u043D\u044B\u0439, \u0430 \u0431\u0438\u043B\u0435\u0442\u044B \u0432 \u043C\u0443\u0437\u0435\u0438 \u0441\u0442\u043E\u044F\u0442 \u043D\u0435\u0434\u043E\u0440\u043E\u0433\u043E. ", // Вход на территорию бесплатный, а билеты в музеи стоят недорого. 
            "\u041E\u0431\u044F\u0437\u0430\u0442\u0435\u043B\u044C\u043D\u043E \u0437\u0430\u0433\u043B\u044F\u043D\u0438\u0442\u0435 \u0432 \u043C\u0435\u0447\u0435\u0442\u044C, \u044D\u043A\u0441\u043A\u0443\u0440\u0441\u043E\u0432\u043E\u0434 \u0441\u043A\u0430\u0437\u0430\u043B, \u0447\u0442\u043E \u0432\u043D\u0443\u0442\u0440\u044C \u043F\u0443\u0441\u043A\u0430\u044E\u0442 \u0432\u0441\u0435\u0445.\n", // Обязательно загляните в мечеть, экскурсовод сказал, что внутрь пускают всех.
            Corruption.Cp866);
    }

    [Theory]
    [InlineData(Corruption.Cp1254Dropped)]
    [InlineData(Corruption.Cp1254DroppedShyStripped)]
    public void FullWidthMarksOfCasualJapaneseAreRebuiltAsTheMarksTheLineEndsWith(Corruption kind)
    {
        // cp1254 loses the last byte of \uFF5E and \uFF5D alike, and of \uFF01, \uFF0E and \uFF1E: IPAdic knows the wave dash only as
        // EUC-JP writes it (\u301C), and tells none of these marks apart from the others; the character model does.
        const string text = "\u307F\u306A\u3055\u3093\u3001\u3053\u3093\u306B\u3061\u306F\uFF5E\n\u4ECA\u65E5\u306F\u8FD1\u6240\u306E\u516C\u5712\u3067\u304A\u82B1\u898B\u3092\u3057\u3066\u304D\u307E\u3057\u305F\uFF01\n\u685C\u304C\u3068\u3066\u3082\u304D\u308C\u3044\u3067\u3001\u304A\u5F01\u5F53\u3082\u304A\u3044\u3057\u304B\u3063\u305F\u3067\u3059\uFF5E\n\u307E\u305F\u6765\u5E74\u3082\u884C\u304D\u305F\u3044\u306A\uFF5E\n"; // みなさん、こんにちは～ 今日は近所の公園でお花見をしてきました！ 桜がとてもきれいで、お弁当もおいしかったです～ また来年も行きたいな～ 
        AssertRepairedWhole(text, kind);
    }

    [Fact]
    public void GuillemetsQuotingAnotherLanguageDoNotMarkDownTheClosingQuotesOfAnEnglishText()
    {
        // cp1252 loses the 9D of \u201D, whose other bytes \u2010 shares: a hyphen that ends a line after a letter (a word
        // wrapped) and a closing quote that ends it. The French words quoted in \u00AB \u00BB are no sign that the text quotes so.
        const string text = "Notes from a week in Lyon\nOn the train I finally read \u201CThe Baker of Croix-Rousse\u201D\nThe owner of the caf\u00E9 just shrugged and said \u00AB c\u2019est la vie \u00BB, then handed me a warm croissant.\n"; // Notes from a week in Lyon On the train I finally read “The Baker of Croix-Rousse” The owner of the café just shrugged and said « c’est la vie », then handed me a warm croissant.
        AssertRepairedWhole(text, Corruption.Cp1252Dropped);
    }

    [Fact]
    public void AnEnglishTextThatQuotesFrenchInGuillemetsOpensItsOwnQuotationsWithQuotesNotDashes()
    {
        // Latin-1 without C1 bytes leaves « and » whole but “, ” and — each a lone "â". Guillemets would make a mark glued
        // to the word after it a dash (the Spanish aside, —que empezó—); English quotes with “ ” whatever it quotes in « »,
        // also in lines too short to tell their language.
        const string text = "Notes: \u201CHarbour Lights,\u201D chapter 3\nBy Tom Reyes, author of \u201CSalt and Stone\u201D\n\n"
            + "I asked the fisherman what he thought about the weather, and he just said \u00AB on verra \u00BB and went back to his nets.\n";
        AssertRepairedWhole(text, Corruption.Latin1Stripped);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1254Dropped)]
    public void ASingleDamagedWordBesideAccentsThatFollowEachOtherInAWordIsRepaired(Corruption kind)
    {
        // "\u00E7\u00E3" of complica\u00E7\u00E3o and "\u00E9\u00E9" of \u00E9\u00E9n are leads that each lost two continuation bytes, four in a
        // row, to a page that lacks five: genuine letters, as one such lead inside a word is.
        AssertRepairsOneSentenceAmongCleanOnes(
            "Bolo de fub\u00E1\n\nEsta receita \u00E9 da minha tia, que a fazia sem complica\u00E7\u00E3o nenhuma aos domingos. ", // Bolo de fubá  Esta receita é da minha tia, que a fazia sem complicação nenhuma aos domingos. 
            "A massa fica \u00FAmida por dentro. ", // A massa fica úmida por dentro. 
            "Serve oito pessoas e dura tr\u00EAs dias.\n", // Serve oito pessoas e dura três dias.
            kind);
        AssertRepairsOneSentenceAmongCleanOnes(
            "Fietsen langs de kust\n\nIk had \u00E9\u00E9n tas aan het stuur en \u00E9\u00E9n onder het zadel, meer niet. ", // Fietsen langs de kust  Ik had één tas aan het stuur en één onder het zadel, meer niet. 
            "We sliepen in B&B\u2019s langs de route. ", // We sliepen in B&B’s langs de route. 
            "Dat scheelt veel gewicht.\n", // Dat scheelt veel gewicht.
            kind);
    }

    [Theory]
    [InlineData(Corruption.Cp1252NbspAsSpace)]
    [InlineData(Corruption.Cp1252Dropped)]
    public void ASentenceOfJapaneseMisreadBesideCleanOnesThatShareItsWordsIsRepaired(Corruption kind)
    {
        // Spaces for the A0 bytes part the damage into runs, one of which reads as words the clean sentences around it hold
        // (\u8AAC\u660E\u66F8, \u304F\u3060\u3055\u3044), as a line that explains mojibake shows a word beside its misreading; a sentence misread whole
        // is one stretch of damage, longer than such an example.
        AssertRepairsOneSentenceAmongCleanOnes(
            "\u306F\u3058\u3081\u306B\n\n\u3053\u306E\u305F\u3073\u306F\u3001\u96FB\u6C17\u30B1\u30C8\u30EB\u300C\u30DB\u30C3\u30C8\u30DD\u30C3\u30C8 KT-300\u300D\u3092\u304A\u8CB7\u3044\u4E0A\u3052\u3044\u305F\u3060\u304D\u3001\u307E\u3053\u3068\u306B\u3042\u308A\u304C\u3068\u3046\u3054\u3056\u3044\u307E\u3059\u3002", // はじめに  このたびは、電気ケトル「ホットポット KT-300」をお買い上げいただき、まことにありがとうございます。
            "\u3054\u4F7F\u7528\u306E\u524D\u306B\u3001\u3053\u306E\u8AAC\u660E\u66F8\u3092\u5FC5\u305A\u304A\u8AAD\u307F\u304F\u3060\u3055\u3044\u3002", // ご使用の前に、この説明書を必ずお読みください。
            "\u8AAC\u660E\u66F8\u306F\u3001\u3044\u3064\u3067\u3082\u8AAD\u3081\u308B\u3088\u3046\u306B\u624B\u5143\u306B\u4FDD\u7BA1\u3057\u3066\u304F\u3060\u3055\u3044\u3002\n", // 説明書は、いつでも読めるように手元に保管してください。
            kind);
    }

    [Fact]
    public void AnArrowBesideWholeArrowsOfItsLineIsRebuiltAsAnArrowNotAStar()
    {
        // The same bytes the other way round: "\u00E2\u2020" before " back" is \u2190 or \u2606, and the line's whole \u2192 \u2191 \u2193 say which.
        const string help = "Keyboard shortcuts\nMove with \u2190 back | forward \u2192 | \u2191 up | \u2193 down, and press Enter to open the entry.\nThe caf\u00E9\u2019s menu opens with \u201CM\u201D, the r\u00E9sum\u00E9 page with \u201CR\u201D.\n"; // Keyboard shortcuts Move with ← back | forward → | ↑ up | ↓ down, and press Enter to open the entry. The café’s menu opens with “M”, the résumé page with “R”.
        AssertRepairedWhole(help, Corruption.Cp1250Dropped);
    }

    [Fact]
    public void NoBreakSpacesOfCleanSentencesDoNotKeepTheDamagedOnesFromTheirSpaces()
    {
        // Where the damaged sentences' no-break spaces became plain ones ("Chegamos \u00C3  tarde" for \u00E0), the clean
        // sentences beside them keep theirs (R$ 38,00, 31 \u00B0C): only a no-break space where a byte A0 of damage would
        // stand (after a lead byte) shows that the damage kept its A0 bytes.
        var clean =
            "O jantar custou R$\u00A038,00 por pessoa, com sobremesa e caf\u00E9 inclu\u00EDdos. Chegamos \u00E0 tarde, j\u00E1 com fome. A temperatura estava em 31\u00A0\u00B0C e o ar-condicionado n\u00E3o dava conta.\n" // O jantar custou R$ 38,00 por pessoa, com sobremesa e café incluídos. Chegamos à tarde, já com fome. A temperatura estava em 31 °C e o ar-condicionado não dava conta.
            + "Pedimos o frango com quiabo, que levou 40\u00A0minutos para chegar \u00E0 mesa. Valeu a espera: o molho estava saboroso e a farofa, crocante como s\u00F3 a da av\u00F3. O gar\u00E7om, muito simp\u00E1tico, ainda trouxe um licor \u00E0 nossa escolha.\n"; // Pedimos o frango com quiabo, que levou 40 minutos para chegar à mesa. Valeu a espera: o molho estava saboroso e a farofa, crocante como só a da avó. O garçom, muito simpático, ainda trouxe um licor à nossa escolha.
        Assert.Equal(clean, Repairer.Repair(Corruptor.CorruptSomeSentences(clean, Corruption.Cp1252NbspAsSpace)).Text);
    }

    [Fact]
    public void SentencesDamagedByIso88592BesideGenuineAccentsAreNotReadThroughCp1250()
    {
        // cp1250 and ISO-8859-2 explain the damaged sentences equally well, and only ISO-8859-2 reads "J\u0102\u0104" as J\u00E1 (cp1250
        // as J\u00E5). The model judged the two readings with the bytes cp1250 lacks rebuilt, so every genuine accent of the clean
        // sentences (\u00E1 of s\u00E1bado, a lone lead to cp1250) became a character it could not price, and was left out of
        // cp1250's reading alone.
        var clean =
            "Fui ao mercado no s\u00E1bado de manh\u00E3 com a minha m\u00E3e. J\u00E1 era tarde e o peixe estava caro. Compr\u00E1mos p\u00E3o, queijo e umas ma\u00E7\u00E3s para o lanche.\n" // Fui ao mercado no sábado de manhã com a minha mãe. Já era tarde e o peixe estava caro. Comprámos pão, queijo e umas maçãs para o lanche.
            + "O caf\u00E9 da esquina \u00E9 pequeno, mas o dono \u00E9 simp\u00E1tico. Tamb\u00E9m vende bolos caseiros \u00E0s sextas-feiras. N\u00E3o h\u00E1 lugar melhor para ler o jornal.\n" // O café da esquina é pequeno, mas o dono é simpático. Também vende bolos caseiros às sextas-feiras. Não há lugar melhor para ler o jornal.
            + "\u00C0 noite jant\u00E1mos em casa da av\u00F3, que fez arroz de pato. Ela disse que a receita \u00E9 da fam\u00EDlia h\u00E1 tr\u00EAs gera\u00E7\u00F5es. Ningu\u00E9m recusou a sobremesa.\n"; // À noite jantámos em casa da avó, que fez arroz de pato. Ela disse que a receita é da família há três gerações. Ninguém recusou a sobremesa.
        Assert.Equal(clean, Repairer.Repair(Corruptor.CorruptSomeSentences(clean, Corruption.Iso88592)).Text);
    }

    [Fact]
    public void AGenuineCapitalOfACleanSentenceStaysBesideSentencesMisreadTwice()
    {
        // Misread through cp1250 and then cp1252, whose bytes cp1254 reads alike, the damaged sentences are read as bytes
        // of an inner layer, which no word model judges: the \u00C5 of a clean "\u00C5ngstr\u00F6m" is a lead to cp1254, and its
        // lost 0x9E made it \u015E, a letter of the text's own alphabet that no script rule puts back.
        var clean =
            "Zo\u00EB named the dog \u00C5ngstr\u00F6m because he was the smallest thing she had ever looked after. He came from the shelter with wiry hair and opinions. "
            + "In the morning they went down to the caf\u00E9 on the corner. Ren\u00E9e ordered a cortado and sent it back, very politely. "
            + "The barista laughed and made her another one. \u00C5ngstr\u00F6m sat under the table and watched a pigeon with tremendous focus.\n"; // Zoë named the dog Ångström because he was the smallest thing she had ever looked after. He came from the shelter with wiry hair and opinions. In the morning they went down to the café on the corner. Renée ordered a cortado and sent it back, very politely. The barista laughed and made her another one. Ångström sat under the table and watched a pigeon with tremendous focus.
        AssertRepairsTheDamagedSentences(clean, Corruption.Cp1250ThenCp1252Dropped);
    }

    [Fact]
    public void ANoBreakSpaceBeforeADegreeSignIsNoDamageBesideAParagraphMacOsRomanDamaged()
    {
        // Mac OS Roman reads the no-break space and degree sign of "230\u00A0\u00B0C" (CA A1) as \u02A1: counted as damage that reads
        // as no Latin text, it outweighed the damaged paragraph's two runs ("you\u201A\u00C4\u00F4ll", "Crisco\u00AC\u00C6"), which do.
        var before = "If you\u2019ve ever cracked an egg into a \u201Cpre-seasoned\u201D pan and watched it weld itself to the bottom\u2026 you\u2019re not alone.\n\n";
        var paragraph = "What you\u2019ll need: a stiff brush, paper towels and a neutral oil. I like Crisco\u00AE shortening for this.";
        var after = "\n\nBake it upside down on the middle rack of a 450\u00B0F (230\u00A0\u00B0C) oven for an hour.\n\n\u00A9 2024 Hearth & Skillet. Hearth & Skillet\u2122 is a trademark of Hearth & Skillet Media LLC.\n";
        var text = before + Corruptor.Corrupt(paragraph, Corruption.MacRoman) + after;
        Assert.Equal(before + paragraph + after, Repairer.Repair(text).Text);
    }

    [Fact]
    public void ALineOfDialogueMisreadWholeIsRepairedBesideParagraphsFullOfGenuineQuotes()
    {
        // The damaged line is one run to cp1252, its full-width punctuation included; the clean paragraphs' \u201C \u201D \u2026 \u2014,
        // which cp1252 has bytes for, outnumber its characters, and one run was too few to act on.
        var clean =
            "\u201C\u5FEB\u4E86\u3002\u201D\u6797\u665A\u79CB\u8BF4\uFF0C\u201C\u4F60\u8981\u627E\u4EC0\u4E48\u4E66\uFF1F\u201D\u4ED6\u6CA1\u6709\u56DE\u7B54\u2026\u2026\u53EA\u662F\u76EF\u7740\u5899\u4E0A\u7684\u7167\u7247\u2014\u2014\u90A3\u662F\u4E8C\u5341\u5E74\u524D\u62CD\u7684\u3002\n\n" // “快了。”林晚秋说，“你要找什么书？”他没有回答……只是盯着墙上的照片——那是二十年前拍的。
            + "\u201C\u8FD9\u5F20\u7167\u7247\u2026\u2026\u201D\u4ED6\u8BF4\uFF0C\u201C\u6211\u89C1\u8FC7\u3002\u201D\u201C\u5728\u54EA\u91CC\uFF1F\u201D\u201C\u5728\u6211\u6BCD\u4EB2\u7684\u76F8\u518C\u91CC\u3002\u201D\n\n" // “这张照片……”他说，“我见过。”“在哪里？”“在我母亲的相册里。”
            + "\u201C\u4F60\u6BCD\u4EB2\u2014\u2014\u201D\u201C\u5979\u53BB\u5E74\u8D70\u4E86\u3002\u201D\u201C\u2026\u2026\u5BF9\u4E0D\u8D77\u3002\u201D\u201C\u6CA1\u5173\u7CFB\u3002\u201D\u201C\u90A3\u4F60\u2026\u2026\u201D\u201C\u6211\u53EA\u662F\u60F3\u770B\u770B\u3002\u201D\n\n"; // “你母亲——”“她去年走了。”“……对不起。”“没关系。”“那你……”“我只是想看看。”
        AssertRepairsOneParagraphAmongCleanOnes(clean, "\u201C\u6253\u70CA\u4E86\u5417\uFF1F\u201D\u4ED6\u95EE\uFF0C\u58F0\u97F3\u6709\u70B9\u54D1\u3002", Corruption.Cp1252Dropped); // “打烊了吗？”他问，声音有点哑。
    }

    [Fact]
    public void OneLetterMisreadTwiceAloneInItsParagraphIsReadThroughBothLayers()
    {
        // \u00EB through cp1252 is "\u00C3\u00AB", and that through cp1250 "\u0102\u00C2\u00AB" less the 0x83 of \u00C3, which cp1250 lacks: one
        // character decoded (\u00AB) beside one rebuilt. Too little to show a second layer, but for where it stands: right
        // after a rebuilt character that may be its lead (\u00C3, C3 to cp1252), as a layer's bytes stand. Read as one layer,
        // the rebuilt \u0102 became \u00ED, and \u00ED\u00AB a Korean syllable.
        var clean = "Zet de oven op 175\u00A0\u00B0C en vet de vorm in met een beetje boter.\n\nsap van \u00BD citroen\n\n";
        AssertRepairsOneParagraphAmongCleanOnes(clean, "Ingredi\u00EBnten voor een springvorm van 24 cm", Corruption.Cp1252ThenCp1250Dropped);
    }

    [Theory]
    [InlineData(Corruption.Cp437)]
    [InlineData(Corruption.Cp850)]
    [InlineData(Corruption.MacRoman)]
    [InlineData(Corruption.Cp866)]
    [InlineData(Corruption.Koi8R)]
    public void ARunOfSymbolsThatReadsAsALetterInsideAWordIsDamageEvenAlone(Corruption kind)
    {
        // "Ingredi\u251C\u00BDnten" (cp437) and "Ingredi\u221A\u00B4nten" (Mac OS Roman) hold one damaged run, beside clean paragraphs whose
        // \u00BD and no-break space these pages read as genuine text; no word is written with box drawing or math symbols, so
        // the run counts as much as one that spells a typographic mark. Nor with box drawing beside a Cyrillic letter
        // ("\u251C\u043B" through cp866, "\u0446\u255A" through KOI8-R).
        var clean = "Zet de oven op 175\u00A0\u00B0C en vet de vorm in met een beetje boter.\n\nsap van \u00BD citroen\n\n";
        AssertRepairsOneParagraphAmongCleanOnes(clean, "Ingredi\u00EBnten voor een springvorm van 24 cm", kind);
    }

    [Theory]
    [InlineData(Corruption.Cp437)]
    [InlineData(Corruption.Cp850)]
    [InlineData(Corruption.MacRoman)]
    [InlineData(Corruption.Koi8R)]
    public void AnEmojiAndAnApostropheAreDamageEnoughBesideCleanNames(Corruption kind)
    {
        // The damaged paragraph holds two runs, "can\u0393\u00C7\u00D6t" and "\u2261\u0192\u00D6\u00E9" (\u2019 and \U0001F642 through cp437);
        // the clean ones hold more genuine accents than the runs have characters. Four bytes that read as an emoji are
        // no more clean text of such a page than the three of a typographic mark.
        var clean = "Thanks to S\u00F8ren, Zo\u00EB Bront\u00EB, Ana L\u00FAcia Gon\u00E7alves and Jos\u00E9 Mart\u00EDnez, and to Fran\u00E7ois for the caf\u00E9.\n\n"; // Thanks to Søren, Zoë Brontë, Ana Lúcia Gonçalves and José Martínez, and to François for the café.
        AssertRepairsOneParagraphAmongCleanOnes(clean, "We read every message, even if we can\u2019t answer them all \U0001F642.", kind); // We read every message, even if we can’t answer them all 🙂.
    }

    [Theory]
    [InlineData(Corruption.Cp850)]
    [InlineData(Corruption.Cp866)]
    [InlineData(Corruption.Cp437)]
    public void AnEuroSignAloneInItsParagraphIsRepairedBesideGenuineAccents(Corruption kind)
    {
        // "\u00D4\u00E9\u00BC 640" (cp850) or "\u0442\u0412\u043C 640" (cp866) is all the damage: it gains the text too little for a
        // page that loses no byte, but no clean word reads as a mark set off where marks stand. And cp850 explains the
        // damaged line as well as latin-1 without C1, which reads it as two characters that lost a byte each
        // ("\u0501\u903C"): the more natural reading is taken, whichever page the clean accents (\u00E9\u00E9n, No\u00EBlle) favour.
        var clean = "Het is \u00E9\u00E9n van de grootste bouwprojecten van de stad, zegt wethouder No\u00EBlle de Vries.\n\n"; // Het is één van de grootste bouwprojecten van de stad, zegt wethouder Noëlle de Vries.
        AssertRepairsOneParagraphAmongCleanOnes(clean, "Het project, dat ruim \u20AC 640 miljoen moet kosten, omvat ook een basisschool en twee parkeergarages.", kind);
    }

    [Theory]
    [InlineData(Corruption.Cp850)]
    [InlineData(Corruption.Cp437)]
    [InlineData(Corruption.MacRoman)]
    [InlineData(Corruption.Cp866)]
    [InlineData(Corruption.Koi8R)]
    public void ArrowsOfAMenuPathAreRepairedWhereTheyAreAllTheDamage(Corruption kind)
    {
        // The damaged sentences of an English how-to hold no letter to misread, only the arrows of menu paths
        // ("Settings \u00D4\u00E5\u00C6 Keyboard" through cp850), and the clean ones more genuine quotes and dashes than the
        // arrows have characters: a page that loses no byte must read them as typographic marks, and no clean word stands
        // between two others as a run that reads as an arrow.
        var clean = "Don\u2019t panic if the keyboard types the \u201Cwrong\u201D letters \u2014 it\u2019s a setting, and it\u2019s easy to change. Open System Settings \u2192 Keyboard \u2192 Input Sources and click Edit. " // Don’t panic if the keyboard types the “wrong” letters — it’s a setting, and it’s easy to change. Open System Settings → Keyboard → Input Sources and click Edit. 
            + "You\u2019ll see the layouts you\u2019ve added, with the \u201Cactive\u201D one at the top \u2014 that\u2019s the one in use. On Windows, go to Settings \u2192 Time & language \u2192 Language & region instead.\n"; // You’ll see the layouts you’ve added, with the “active” one at the top — that’s the one in use. On Windows, go to Settings → Time & language → Language & region instead.
        AssertRepairsTheDamagedSentences(clean, kind);
    }

    [Theory]
    [InlineData(Corruption.Cp850)]
    [InlineData(Corruption.Cp437)]
    [InlineData(Corruption.MacRoman)]
    [InlineData(Corruption.Cp866)]
    [InlineData(Corruption.Iso885915)]
    public void ALineOfChineseDialogueMisreadWholeIsRepairedBesideCleanOnesWithGenuineQuotes(Corruption kind)
    {
        // Through a page that loses no byte the damaged line is one long run, quotes and all; the clean lines' genuine
        // \u201C \u201D are characters that page has no byte for, and outnumber the run's. Clean text spells UTF-8 by chance a
        // word or two at a time, never a run of dozens of characters.
        var clean = "\u201C\u4ECA\u5929\u4F1A\u4E0B\u96E8\u5417\uFF1F\u201D\u5979\u95EE\u3002\n\n" // “今天会下雨吗？”她问。
            + "\u201C\u5927\u6982\u4F1A\u4E0B\u4E00\u6574\u5929\u3002\u201D\u8001\u677F\u4E00\u8FB9\u64E6\u676F\u5B50\u4E00\u8FB9\u8BF4\uFF0C\u201C\u4F60\u5E26\u4F1E\u4E86\u5417\uFF1F\u201D\n\n" // “大概会下一整天。”老板一边擦杯子一边说，“你带伞了吗？”
            + "\u201C\u5750\u5427\uFF0C\u201D\u8001\u677F\u8BF4\uFF0C\u201C\u53CD\u6B63\u4E5F\u6CA1\u6709\u522B\u7684\u5BA2\u4EBA\u3002\u201D\n\n" // “坐吧，”老板说，“反正也没有别的客人。”
            + "\u201C\u8FD9\u5BB6\u5E97\u5F00\u4E86\u591A\u5C11\u5E74\u4E86\uFF1F\u201D\n\n" // “这家店开了多少年了？”
            + "\u201C\u5FEB\u4E09\u5341\u5E74\u4E86\u3002\u201D\u4ED6\u60F3\u4E86\u60F3\uFF0C\u201C\u6BD4\u4F60\u7684\u5E74\u7EAA\u8FD8\u5927\u3002\u201D\n\n" // “快三十年了。”他想了想，“比你的年纪还大。”
            + "\u201C\u90A3\u60A8\u4E00\u76F4\u5728\u8FD9\u91CC\u5417\uFF1F\u201D\n\n" // “那您一直在这里吗？”
            + "\u201C\u4E00\u76F4\u5728\u3002\u201D\u4ED6\u8BF4\uFF0C\u201C\u54EA\u513F\u4E5F\u6CA1\u53BB\u8FC7\u3002\u201D\n\n" // “一直在。”他说，“哪儿也没去过。”
            + "\u201C\u4E0D\u60F3\u51FA\u53BB\u770B\u770B\uFF1F\u201D\n\n" // “不想出去看看？”
            + "\u201C\u5E74\u8F7B\u7684\u65F6\u5019\u60F3\u8FC7\uFF0C\u201D\u4ED6\u7B11\u7740\u6447\u5934\uFF0C\u201C\u540E\u6765\u5C31\u4E0D\u60F3\u4E86\u3002\u201D\n\n" // “年轻的时候想过，”他笑着摇头，“后来就不想了。”
            + "\u201C\u4E3A\u4EC0\u4E48\uFF1F\u201D\n\n" // “为什么？”
            + "\u201C\u56E0\u4E3A\u603B\u6709\u4EBA\u56DE\u6765\u3002\u201D\n\n"; // “因为总有人回来。”
        AssertRepairsOneParagraphAmongCleanOnes(clean, "\u201C\u6CA1\u5E26\u3002\u201D\u5979\u7B11\u4E86\u7B11\uFF0C\u201C\u90A3\u6211\u518D\u5750\u4E00\u4F1A\u513F\u3002\u201D", kind); // “没带。”她笑了笑，“那我再坐一会儿。”
    }

    [Fact]
    public void AParagraphDamagedThroughIso885915IsNotReadAsC1ControlsThroughCp1252()
    {
        // ISO-8859-15 and cp1252 read the paragraph's accents alike, but its \u00BC is C2 BC, "\u00C2\u0152" through
        // ISO-8859-15, which cp1252 reads as C2 8C: U+008C, a control no text is written with, where the other page
        // reads the fraction.
        var before = "Bizcocho de naranja de mi abuela\n\n"
            + "Este bizcocho es el que preparaba mi abuela los domingos por la ma\u00F1ana, cuando toda la familia ven\u00EDa a comer.\n\n"; // Este bizcocho es el que preparaba mi abuela los domingos por la mañana, cuando toda la familia venía a comer.
        var paragraph = "Para el molde de 22 cm necesitar\u00E1s: 3 huevos, 200 g de az\u00FAcar, la ralladura de una naranja, 120 ml de aceite de oliva suave, \u00BC de cucharadita de sal y 250 g de harina."; // Para el molde de 22 cm necesitarás: 3 huevos, 200 g de azúcar, la ralladura de una naranja, 120 ml de aceite de oliva suave, ¼ de cucharadita de sal y 250 g de harina.
        var after = "Precalienta el horno a 180 \u00B0C y engrasa el molde con un poco de mantequilla.\n\n" // Precalienta el horno a 180 °C y engrasa el molde con un poco de mantequilla.
            + "Bate los huevos con el az\u00FAcar hasta que blanqueen y dupliquen su volumen; despu\u00E9s a\u00F1ade el aceite poco a poco.\n\n"; // Bate los huevos con el azúcar hasta que blanqueen y dupliquen su volumen; después añade el aceite poco a poco.
        var text = before + Corruptor.Corrupt(paragraph, Corruption.Iso885915) + "\n\n" + after;
        Assert.Equal(before + paragraph + "\n\n" + after, Repairer.Repair(text).Text);
    }

    [Fact]
    public void APageThatRebuildsKnownWordsWinsOverOneThatReadsTheDamageAlike()
    {
        // ISO-8859-2 and cp1250 read the damaged paragraph's \u00E3, \u00F3 and \u00EA alike, but its \u00E9 is "\u0102\u0160", which
        // cp1250 reads as C3 8A: "n\u00E3o \u00CA publicidade". The character model, drawn from CJK and Cyrillic text, hardly
        // tells the two apart; the word table knows \u00E9 and no word \u00CA.
        var before = "Meu cantinho de leitura\n\n"
            + "Depois de meses adiando, finalmente arrumei o cantinho de leitura da sala. Ficou do jeitinho que eu sonhava, com poltrona, lumin\u00E1ria e uma estante pequena.\n\n"; // Depois de meses adiando, finalmente arrumei o cantinho de leitura da sala. Ficou do jeitinho que eu sonhava, com poltrona, luminária e uma estante pequena.
        var paragraph = "Antes de mais nada: este post n\u00E3o \u00E9 publicidade. Comprei tudo sozinha e s\u00F3 indico o que usei de verdade durante tr\u00EAs meses."; // Antes de mais nada: este post não é publicidade. Comprei tudo sozinha e só indico o que usei de verdade durante três meses.
        var after = "A poltrona veio de um brech\u00F3 no centro e custou bem menos do que eu esperava. S\u00F3 precisei trocar o tecido, que estava bem gasto.\n\n" // A poltrona veio de um brechó no centro e custou bem menos do que eu esperava. Só precisei trocar o tecido, que estava bem gasto.
            + "A lumin\u00E1ria \u00E9 de ch\u00E3o, com luz amarela e regul\u00E1vel, perfeita para ler \u00E0 noite sem cansar a vista.\n\n"; // A luminária é de chão, com luz amarela e regulável, perfeita para ler à noite sem cansar a vista.
        var text = before + Corruptor.Corrupt(paragraph, Corruption.Iso88592) + "\n\n" + after;
        Assert.Equal(before + paragraph + "\n\n" + after, Repairer.Repair(text).Text);
    }

    [Fact]
    public void AParagraphMacOsRomanDamagedIsRepairedThoughACleanOneSpellsAStrayRunOfAnotherScript()
    {
        // Every run of the damaged paragraph reads as an accented letter or a quote through Mac OS Roman; but a clean
        // paragraph's genuine "\u201C\u00C9" is D2 83 there, the Cyrillic mark U+0483, which kept that share of all the runs
        // below nine in ten. The clean paragraphs say nothing of the damaged one: the share is taken where the page
        // reads the lines as damage.
        var before = "O presidente da c\u00E2mara disse que \u201C\u00C9 um dia hist\u00F3rico para a regi\u00E3o\u201D e prometeu apoio.\n\n"; // O presidente da câmara disse que “É um dia histórico para a região” e prometeu apoio.
        var paragraph = "\u201CAinda n\u00E3o acredito. Quando disseram o nosso nome, a minha m\u00E3e come\u00E7ou a chorar\u201D, contou In\u00EAs Gon\u00E7alves, que gere o neg\u00F3cio com os pais."; // “Ainda não acredito. Quando disseram o nosso nome, a minha mãe começou a chorar”, contou Inês Gonçalves, que gere o negócio com os pais.
        var after = "\n\nA queijaria fica a tr\u00EAs quil\u00F3metros da vila e recebe visitas \u00E0s sextas-feiras. O j\u00FAri elogiou a textura cremosa, o sabor l\u00E1ctico e a cor amarelo-palha do queijo, " // A queijaria fica a três quilómetros da vila e recebe visitas às sextas-feiras. O júri elogiou a textura cremosa, o sabor láctico e a cor amarelo-palha do queijo,
            + "produzido \u00E0 m\u00E3o com leite cru e cardo. A fam\u00EDlia j\u00E1 pensa em exportar para Fran\u00E7a e Espanha, mas n\u00E3o quer perder a tradi\u00E7\u00E3o.\n\n" // produzido à mão com leite cru e cardo. A família já pensa em exportar para França e Espanha, mas não quer perder a tradição.
            + "No ver\u00E3o, a produ\u00E7\u00E3o diminui: as ovelhas d\u00E3o menos leite e o calor obriga a cuidados redobrados na c\u00E2mara de cura. \u00C9 tamb\u00E9m a \u00E9poca em que a fam\u00EDlia tira f\u00E9rias, \u00E0 vez.\n"; // No verão, a produção diminui: as ovelhas dão menos leite e o calor obriga a cuidados redobrados na câmara de cura. É também a época em que a família tira férias, à vez.
        var text = before + Corruptor.Corrupt(paragraph, Corruption.MacRoman) + after;
        Assert.Equal(before + paragraph + after, Repairer.Repair(text).Text);
    }

    [Theory]
    [InlineData(Corruption.MacRoman)]
    [InlineData(Corruption.Cp850)]
    public void QuotesDamagedByAPageThatLosesNothingAreRepairedBesideGenuineOnes(Corruption kind)
    {
        // Six damaged quotes ("\u201A\u00C4\u00F2" for \u2018 through Mac OS Roman) beside four times as many genuine ones, which
        // are lone leads to that page: few runs, and fewer characters, but every one reads as typographic punctuation.
        var clean =
            "Op de envelop stond \u2018Hendrik\u2019, \u2018Groningen\u2019, \u20181944\u2019 en \u2018dringend\u2019. \u2018Wie is Hendrik?\u2019\n" // Op de envelop stond ‘Hendrik’, ‘Groningen’, ‘1944’ en ‘dringend’. ‘Wie is Hendrik?’
            + "Ze las \u2018lief\u2019, \u2018warm\u2019, \u2018thuis\u2019 en \u2018altijd\u2019 in het oude schrift. \u2018Dat is niet van opa.\u2019\n" // Ze las ‘lief’, ‘warm’, ‘thuis’ en ‘altijd’ in het oude schrift. ‘Dat is niet van opa.’
            + "Onderaan stond \u2018je Marie\u2019, \u2018voor altijd\u2019 en \u2018tot ziens\u2019, met een datum. \u2018Wie was Marie?\u2019\n"; // Onderaan stond ‘je Marie’, ‘voor altijd’ en ‘tot ziens’, met een datum. ‘Wie was Marie?’
        Assert.Equal(clean, Repairer.Repair(Corruptor.CorruptSomeSentences(clean, kind)).Text);
    }

    [Fact]
    public void APageThatReadsTheDamageAsCharactersForPrivateUseIsNotTheOne()
    {
        // Every other sentence went through cp850 ("\u00D4\u00C7\u00D6" for \u2019). Mac OS Roman takes the genuine quotes
        // beside them for lone leads, which count for neither side, and so seems the better fit; but it reads the damage
        // as U+F085.
        var clean =
            "\u201CThey\u2019re taking the gatepost out,\u201D said her father. He hadn\u2019t looked up from his crossword.\n" // “They’re taking the gatepost out,” said her father. He hadn’t looked up from his crossword.
            + "\u201CThey\u2019ve already taken it out.\u201D She didn\u2019t turn from the window.\n" // “They’ve already taken it out.” She didn’t turn from the window.
            + "\u201CAh.\u201D He filled in a word slowly. \u201CWell, it was never straight.\u201D\n" // “Ah.” He filled in a word slowly. “Well, it was never straight.”
            + "Nora poured the water and watched it darken. \u201CIsn\u2019t it odd,\u201D she said, \u201Cthat nobody\u2019s coming to say goodbye?\u201D\n"; // Nora poured the water and watched it darken. “Isn’t it odd,” she said, “that nobody’s coming to say goodbye?”
        Assert.Equal(clean, Repairer.Repair(Corruptor.CorruptSomeSentences(clean, Corruption.Cp850)).Text);
    }

    [Fact]
    public void ALetterThatLostItsBytesWithinAWordIsRepairedBesideGenuineText()
    {
        // Through cp1254 with its soft hyphens stripped \u00ED (C3 AD) is a lone "\u00C3": the first damaged sentence holds nothing
        // else ("segu\u00C3a"), and its line holds genuine accents; a capital after a small letter is no word's spelling.
        (string Clean, string Damaged)[] sentences =
        [
        ("Marta apart\u00F3 la mirada y no dijo nada.", "El nombre de su padre segu\u00EDa flotando entre los dos; nadie se atrev\u00EDa a decirlo."), // Marta apartó la mirada y no dijo nada. | El nombre de su padre seguía flotando entre los dos; nadie se atrevía a decirlo.
        ("Juli\u00E1n encendi\u00F3 la luz de la cocina.", "Despu\u00E9s sirvi\u00F3 caf\u00E9 para los dos y se sent\u00F3 junto a la ventana, sin prisa."), // Julián encendió la luz de la cocina. | Después sirvió café para los dos y se sentó junto a la ventana, sin prisa.
        ("Afuera hab\u00EDa empezado a llover otra vez.", "Ella record\u00F3 el \u00FAltimo invierno que pasaron juntos en la casa del r\u00EDo."), // Afuera había empezado a llover otra vez. | Ella recordó el último invierno que pasaron juntos en la casa del río.
        ("Nadie habl\u00F3 durante un buen rato.", "Al final \u00E9l sonri\u00F3 y le pregunt\u00F3 cu\u00E1ndo volver\u00EDa a visitarlo."), // Nadie habló durante un buen rato. | Al final él sonrió y le preguntó cuándo volvería a visitarlo.
        ];
        var clean = Corruptor.LinesOfPairs(sentences);
        Assert.Equal(clean, Repairer.Repair(Corruptor.CorruptSomeSentences(clean, Corruption.Cp1254DroppedShyStripped)).Text);
    }

    [Fact]
    public void CleanWordsThatAPageReadsAsUtf8StayBesideTheSentencesItDamaged()
    {
        // Through cp866 the clean "\u0441\u0435\u043B" of \u0432\u0438\u0441\u0435\u043B is E1 A5 AB, U+196B, and \u0448\u043B\u0438 is \u8AE8: in a text whose every other sentence
        // is damaged, such readings scatter a few letters of other scripts through its certain text, which are no
        // script the text is written in.
        (string Clean, string Damaged)[] sentences =
        [
        ("\u041D\u0430\u0434 \u0441\u0442\u0430\u043D\u0446\u0438\u0435\u0439 \u0432\u0438\u0441\u0435\u043B \u0442\u044F\u0436\u0451\u043B\u044B\u0439 \u0442\u0443\u043C\u0430\u043D, \u0438 \u0433\u0434\u0435-\u0442\u043E \u0432\u0434\u0430\u043B\u0435\u043A\u0435 \u043B\u0430\u044F\u043B\u0430 \u0441\u043E\u0431\u0430\u043A\u0430.", "\u041F\u043E\u0435\u0437\u0434 \u043E\u043F\u043E\u0437\u0434\u0430\u043B \u043D\u0430 \u0434\u0432\u0430\u0434\u0446\u0430\u0442\u044C \u043C\u0438\u043D\u0443\u0442, \u0438 \u043D\u0430 \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u0435 \u043D\u0438\u043A\u043E\u0433\u043E \u043D\u0435 \u0431\u044B\u043B\u043E."), // Над станцией висел тяжёлый туман, и где-то вдалеке лаяла собака. | Поезд опоздал на двадцать минут, и на платформе никого не было.
        ("\u041E\u0442\u0435\u0446 \u0432\u0441\u0442\u0440\u0435\u0442\u0438\u043B \u043C\u0435\u043D\u044F \u0443 \u0432\u043E\u0440\u043E\u0442 \u0438 \u043C\u043E\u043B\u0447\u0430 \u0432\u0437\u044F\u043B \u043C\u043E\u044E \u0441\u0443\u043C\u043A\u0443.", "\u041C\u044B \u043F\u043E\u0448\u043B\u0438 \u043A \u0434\u043E\u043C\u0443 \u043F\u043E \u0440\u0430\u0437\u0431\u0438\u0442\u043E\u0439 \u0434\u043E\u0440\u043E\u0433\u0435 \u0432\u0434\u043E\u043B\u044C \u0441\u0442\u0430\u0440\u043E\u0433\u043E \u0437\u0430\u0431\u043E\u0440\u0430."), // Отец встретил меня у ворот и молча взял мою сумку. | Мы пошли к дому по разбитой дороге вдоль старого забора.
        ("\u0414\u043E\u043C\u0430 \u043D\u0430\u0441 \u0436\u0434\u0430\u043B\u0438 \u0433\u043E\u0440\u044F\u0447\u0438\u0439 \u0447\u0430\u0439 \u0438 \u043F\u0438\u0440\u043E\u0433\u0438 \u0441 \u043A\u0430\u043F\u0443\u0441\u0442\u043E\u0439.", "\u041C\u0430\u043C\u0430 \u043E\u0431\u043D\u044F\u043B\u0430 \u043C\u0435\u043D\u044F \u0438 \u0434\u043E\u043B\u0433\u043E \u043D\u0435 \u043E\u0442\u043F\u0443\u0441\u043A\u0430\u043B\u0430, \u0430 \u043F\u043E\u0442\u043E\u043C \u043F\u043E\u0437\u0432\u0430\u043B\u0430 \u0432\u0441\u0435\u0445 \u043A \u0441\u0442\u043E\u043B\u0443."), // Дома нас ждали горячий чай и пироги с капустой. | Мама обняла меня и долго не отпускала, а потом позвала всех к столу.
        ("\u0417\u0430 \u0443\u0436\u0438\u043D\u043E\u043C \u043E\u0442\u0435\u0446 \u0440\u0430\u0441\u0441\u043A\u0430\u0437\u044B\u0432\u0430\u043B \u043E \u043D\u043E\u0432\u043E\u043C \u0441\u0430\u0440\u0430\u0435 \u0438 \u043E \u0441\u043E\u0441\u0435\u0434\u044F\u0445.", "\u041C\u044B \u0441\u0438\u0434\u0435\u043B\u0438 \u043D\u0430 \u043A\u0443\u0445\u043D\u0435 \u0434\u043E \u043F\u043E\u0437\u0434\u043D\u0435\u0439 \u043D\u043E\u0447\u0438 \u0438 \u0433\u043E\u0432\u043E\u0440\u0438\u043B\u0438 \u043E\u0431\u043E \u0432\u0441\u0451\u043C \u043F\u043E\u0434\u0440\u044F\u0434."), // За ужином отец рассказывал о новом сарае и о соседях. | Мы сидели на кухне до поздней ночи и говорили обо всём подряд.
        ("\u0423\u0442\u0440\u043E\u043C \u0437\u0430 \u043E\u043A\u043D\u043E\u043C \u0441\u043D\u043E\u0432\u0430 \u0448\u0451\u043B \u0434\u043E\u0436\u0434\u044C, \u0438 \u043D\u0438\u043A\u0442\u043E \u043D\u0438\u043A\u0443\u0434\u0430 \u043D\u0435 \u0441\u043F\u0435\u0448\u0438\u043B.", "\u041F\u043E\u0441\u043B\u0435 \u0437\u0430\u0432\u0442\u0440\u0430\u043A\u0430 \u043E\u0442\u0435\u0446 \u043F\u043E\u043A\u0430\u0437\u0430\u043B \u043C\u043D\u0435 \u044F\u0431\u043B\u043E\u043D\u0438, \u043A\u043E\u0442\u043E\u0440\u044B\u0435 \u043F\u043E\u0441\u0430\u0434\u0438\u043B \u0432\u0435\u0441\u043D\u043E\u0439."), // Утром за окном снова шёл дождь, и никто никуда не спешил. | После завтрака отец показал мне яблони, которые посадил весной.
        ("\u0412\u0435\u0447\u0435\u0440\u043E\u043C \u043C\u044B \u0448\u043B\u0438 \u0432\u0434\u043E\u043B\u044C \u043F\u0440\u0443\u0434\u0430 \u0438 \u0441\u043C\u043E\u0442\u0440\u0435\u043B\u0438, \u043A\u0430\u043A \u0441\u0430\u0434\u0438\u0442\u0441\u044F \u0441\u043E\u043B\u043D\u0446\u0435.", "\u041D\u0430 \u043E\u0431\u0440\u0430\u0442\u043D\u043E\u043C \u043F\u0443\u0442\u0438 \u043C\u0430\u043C\u0430 \u0432\u0441\u043F\u043E\u043C\u0438\u043D\u0430\u043B\u0430, \u043A\u0430\u043A \u044F \u0431\u044B\u043B\u0430 \u043C\u0430\u043B\u0435\u043D\u044C\u043A\u043E\u0439."), // Вечером мы шли вдоль пруда и смотрели, как садится солнце. | На обратном пути мама вспоминала, как я была маленькой.
        ];
        var clean = Corruptor.LinesOfPairs(sentences);
        Assert.Equal(clean, Repairer.Repair(Corruptor.CorruptSomeSentences(clean, Corruption.Cp866)).Text);
    }

    [Fact]
    public void ALineOfTraditionalCharactersGainsByItsRepairUnderAPageThatLosesNothing()
    {
        // Through cp866 譯者 reads as Cyrillic ("шнпшАЕ"), which a page that loses nothing keeps unless the repaired line is
        // the more natural: as two characters the table never saw it would not be; as 译者 it is.
        var clean = "\u9019\u500B\u7A0B\u5F0F\u53EF\u4EE5\u628A\u6A94\u6848\u58D3\u7E2E\u6210\u4E00\u500B\u5B58\u6A94\u3002\n"
            + ".SH \"\u8B6F\u8005\"\n"
            + "\u4F7F\u7528\u8005\u53EA\u9700\u8981\u6307\u5B9A\u6A94\u6848\u7684\u540D\u7A31\u548C\u5B58\u653E\u7684\u76EE\u9304\u3002\n";
        AssertRepairedWhole(clean, Corruption.Cp866);
    }

    [Fact]
    public void ATraditionalCharacterTheTablesNeverSawReadsAsItsSimplifiedForm()
    {
        // 檔 is E6 AA 94; misread twice through cp1254, the outer ” of 0x94 loses its last byte like „ (0x84), which
        // makes 檄. The character table, drawn from simplified text, has never seen 檔 (档 there), so only reading it as
        // 档 in a traditional document tells 檔案 (file) from 檄案.
        var clean = "\u9019\u500B\u7A0B\u5F0F\u53EF\u4EE5\u628A\u6A94\u6848\u58D3\u7E2E\u6210\u4E00\u500B\u5B58\u6A94\uFF0C"
            + "\u4E5F\u53EF\u4EE5\u5F9E\u5B58\u6A94\u4E2D\u63D0\u53D6\u6A94\u6848\u3002\n"
            + "\u4F7F\u7528\u8005\u53EA\u9700\u8981\u6307\u5B9A\u6A94\u6848\u7684\u540D\u7A31\u548C\u5B58\u653E\u7684\u76EE\u9304\uFF0C"
            + "\u7A0B\u5F0F\u5C31\u6703\u81EA\u52D5\u5B8C\u6210\u5176\u9918\u7684\u5DE5\u4F5C\u3002\n";
        AssertRepairedWhole(clean, Corruption.Cp1254TwiceDropped);
    }

    [Fact]
    public void WhereOneChineseWordModelMisreadsAWordTheSecondOpinionRestoresIt()
    {
        // Through cp1254 明 (E6 98 8E) and 掘 (E6 8E 98) both show as E6 98 with 8E lost, and 偏 (E5 81 8F) and 华
        // (E5 8D 8E) both as a lone E5. libime's model alone prefers 被发掘, and 华科 (a university) to 偏科; SunPinyin's,
        // from another corpus, does not, and the two together read the text as written.
        var clean = "\u8FD9\u4E5F\u662F\u5F53\u5E74\u7535\u8BDD\u88AB\u53D1\u660E\u7684\u539F\u56E0\uFF0C"
            + "\u4EBA\u4EEC\u9700\u8981\u66F4\u5FEB\u5730\u4EA4\u6D41\u3002\n"
            + "\u4ED6\u4ECE\u5C0F\u5C31\u504F\u79D1\uFF0C\u7269\u7406\u5F88\u597D\uFF0C\u82F1\u8BED\u5F88\u5DEE\u3002\n"
            + "\u8FD9\u4E2A\u5B66\u751F\u6781\u5EA6\u504F\u79D1\u7684\u95EE\u9898\u8BA9\u8001\u5E08\u5F88\u5934\u75BC\u3002\n";
        AssertRepairedWhole(clean, Corruption.Cp1254Dropped);
    }

    [Fact]
    public void ANumberGivesTheChineseWordAfterItItsContext()
    {
        // Latin-1 without C1 leaves 住 (E4 BD 8F) as "ä½" and 岁 (E5 B2 81) as "å²". A number is no word to the word
        // model unless it reads as one: as 二十 and 六十五 it is what 年 and 岁 follow, not 位于 and a lone character.
        var clean = "\u4ED6\u5728\u5317\u4EAC\u4F4F\u4E8620\u5E74\uFF0C\u4ECA\u5E7465\u5C81\u3002";
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void AChineseCharacterThatLostBothBytesAfterALetterLikeLeadIsStillAWordsCharacter()
    {
        // Latin-1 without C1 leaves 钟 (E9 92 9F) as a lone "é", which might be a genuine letter. Where the character
        // model read an ideograph there, the word search still reads the slot, so 35 分钟 is found as a word after a
        // number and not 35 and a character model's 军量.
        var clean = "\u8FD9\u6761\u7EBF\u8DEF\u5168\u957F18\u516C\u91CC\uFF0C\u5171\u8BBE\u8F66\u7AD912\u5EA7\uFF0C"
            + "\u5168\u7A0B\u7EA6\u970035\u5206\u949F\u3002";
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Theory]
    [InlineData("\u6628\u65E5\u306E\u96E8\u91CF\u306F\u591A\u3044\u3068\u3053\u308D\u3067200\u30DF\u30EA\u3001\u6700\u5927\u98A8\u901F\u306F30\u30E1\u30FC\u30C8\u30EB\u306B\u9054\u3057\u305F\u3002")]
    [InlineData("\u3053\u306E\u5DDD\u306E\u6C34\u4F4D\u306F\u4E00\u6669\u3067150\u30BB\u30F3\u30C1\u3082\u4E0A\u304C\u3063\u305F\u3002")]
    public void AJapaneseNumberIsTheNounACounterFollows(string clean)
    {
        // cp1250 loses the 0x83 of every E3 83 katakana: ミリ could be たな, センチ セント. IPAdic lists numbers in
        // full-width digits only; read as one, 200 is the number that ミリ and センチ count.
        AssertRepairedWhole(clean, Corruption.Cp1250Dropped);
    }

    [Fact]
    public void AFewDamagedWordsAreRepairedBesideManyGenuineAccents()
    {
        // To cp1254 every genuine accent below is a lead byte without its continuation bytes; they must not outvote
        // the damaged paragraph, whose sequences are whole.
        var damagedPart = "La opci\u00F3n est\u00E1 activa.";
        var cleanPart = "Adem\u00E1s, la sesi\u00F3n env\u00EDa informaci\u00F3n \u00FAtil: l\u00EDnea, p\u00E1gina, n\u00FAmero, \u00EDndice, acci\u00F3n, men\u00FA, an\u00E1lisis, despu\u00E9s, tambi\u00E9n, seg\u00FAn, dif\u00EDcil, pr\u00F3ximo, \u00FAltimo.";
        var text = Corruptor.Corrupt(damagedPart, Corruption.Cp1254DroppedShyStripped) + "\n\n" + cleanPart;
        Assert.Equal(damagedPart + "\n\n" + cleanPart, Repairer.Repair(text).Text);
    }

    [Fact]
    public void ALonePairIsRepairedInATextDamagedInPlacesBesideParagraphsOfGenuineMarks()
    {
        // The clean paragraphs hold more genuine quotes, dashes and arrows than the damaged ones hold misread characters,
        // but ten runs that read as UTF-8 are more than a text about mojibake quotes: the em dash and the arrow, each the
        // only run of its paragraph, are damage too.
        string[] clean =
        [
            "The \u201CTool Options\u201D dialog \u2014 docked by default \u2014 has \u201CReset\u201D, \u201CSave\u201D and \u201CRestore\u201D buttons; the \u201CMode\u201D menu offers \u201CReplace\u201D, \u201CAdd\u201D and \u201CSubtract\u201D.",
            "Choose \u201CImage\u201D \u2192 \u201CMode\u201D \u2192 \u201CIndexed\u201D, then \u201CConvert\u201D \u2014 the \u201CPalette\u201D dialog opens with \u201CWeb\u201D, \u201CMono\u201D and \u201CCustom\u201D options.",
        ];
        string[] damaged =
        [
            "The \u201CSelect by Color\u201D tool is now in the toolbox.",
            "\u201CPython-Fu\u201D is the standard scripting interface.",
            "Script-Fu, based on \u201CScheme\u201D, has the same drawbacks.",
            "The \u201CTool Options\u201D for many tools have new settings.",
            "Dialogs dock in the same window \u2014 a feature of several browsers.",
            "You can crop the image with Image \u2192 Crop.",
        ];
        AssertRepairsTheDamagedParagraphs([clean[0], .. damaged[..3], clean[1], .. damaged[3..]], damaged, Corruption.Cp1252Dropped);
    }

    [Fact]
    public void ALineWhoseOnlyDamageIsALoneLeadIsRepairedInATextDamagedInPlaces()
    {
        // The heading's \u00CD (C3 8D) loses its 0x8D to cp1252 and leaves a lone lead: weak evidence, which the clean
        // paragraphs' genuine quotes outvote, but the text shows eleven runs that read as UTF-8, more than a text about
        // mojibake quotes.
        string[] clean =
        [
            "El di\u00E1logo \u201COpciones de herramienta\u201D tiene los botones \u201CRestablecer\u201D, \u201CGuardar\u201D y \u201CRestaurar\u201D; el men\u00FA \u201CModo\u201D ofrece \u201CReemplazar\u201D, \u201CA\u00F1adir\u201D y \u201CRestar\u201D.",
            "Elija \u201CImagen\u201D \u2192 \u201CModo\u201D \u2192 \u201CIndexado\u201D y despu\u00E9s \u201CConvertir\u201D: el di\u00E1logo \u201CPaleta\u201D se abre con \u201CWeb\u201D, \u201CMono\u201D y \u201CPersonalizada\u201D.",
        ];
        string[] damaged =
        [
            "La herramienta de selecci\u00F3n por color est\u00E1 ahora en la caja de herramientas.",
            "Python-Fu es la interfaz de guiones est\u00E1ndar; tambi\u00E9n se puede usar con GIMP.",
            "El di\u00E1logo se acopla en la misma ventana, como en varios navegadores.",
            "Las opciones de cada herramienta est\u00E1n en un di\u00E1logo acoplable; la opci\u00F3n del men\u00FA tambi\u00E9n est\u00E1 disponible.",
            "\u00CDNDICE",
        ];
        AssertRepairsTheDamagedParagraphs([clean[0], .. damaged[..2], clean[1], .. damaged[2..]], damaged, Corruption.Cp1252Dropped);
    }

    // The paragraphs joined by blank lines, those in damaged misread with kind, come back as they were written.
    private static void AssertRepairsTheDamagedParagraphs(string[] paragraphs, string[] damaged, Corruption kind)
    {
        var text = string.Join("\n\n", paragraphs.Select(p => damaged.Contains(p) ? Corruptor.Corrupt(p, kind) : p));
        Assert.Equal(string.Join("\n\n", paragraphs), Repairer.Repair(text).Text);
    }

    [Theory]
    [InlineData("zh", Corruption.Cp1252Dropped)]
    [InlineData("es", Corruption.Cp1252Dropped)]
    [InlineData("es", Corruption.Cp1254DroppedShyStripped)]
    [InlineData("pt", Corruption.Cp1254Dropped)]
    [InlineData("ru", Corruption.Cp1252Dropped)]
    // Twice misread: a clean paragraph's lone é shows no inner layer, and stays a letter (not 非, E9 9D 9E).
    [InlineData("pt", Corruption.Cp1252TwiceDropped)]
    // Pages that lose no byte read the clean paragraphs' accents as genuine text, pages that lose some as weak damage.
    [InlineData("es", Corruption.Iso88592)]
    [InlineData("pt", Corruption.Iso88592)]
    [InlineData("es", Corruption.Cp850)]
    [InlineData("ru", Corruption.Koi8R)]
    public void RepairsOnlyTheDamagedParagraphs(string lang, Corruption kind)
    {
        // The clean paragraphs' own accents (lone lead bytes to the page) must not outvote the damaged ones.
        var clean = RepairFixtures.Clean(lang);
        var damaged = Corruptor.CorruptSomeParagraphs(clean, kind);
        var text = Repairer.Repair(damaged).Text;
        var cleanParagraphs = clean.Split("\n\n");
        var repairedParagraphs = text.Split("\n\n");
        Assert.Equal(cleanParagraphs.Length, repairedParagraphs.Length);
        for (var i = 1; i < cleanParagraphs.Length; i += 2)
        {
            Assert.Equal(cleanParagraphs[i], repairedParagraphs[i]);
        }
        Assert.True(RepairScore.Accuracy(clean, text) >= 0.98, $"accuracy {RepairScore.Accuracy(clean, text):P2}");
    }

    [Theory]
    [InlineData("es", Corruption.Cp1254DroppedShyStripped)]
    [InlineData("pt", Corruption.Cp1250Dropped)]
    [InlineData("en", Corruption.Cp1252Replaced)]
    [InlineData("ru", Corruption.Cp1252Dropped)]
    [InlineData("zh", Corruption.Cp1252Dropped)]
    [InlineData("ru", Corruption.Cp1252TwiceDropped)]
    [InlineData("es", Corruption.Latin1Stripped)]
    public void RepairsSentencesDamagedWithinLinesOfGenuineText(string lang, Corruption kind)
    {
        // A line that holds genuine accents (ó, “, Cyrillic) beside damage is no quotation in a text damaged in places,
        // and a genuine mark right after a damaged sentence (the ” after 。) does not hide the damage before it.
        AssertRepairsTheDamagedSentences(RepairFixtures.Clean(lang), kind);
    }

    [Fact]
    public void AGenuineLetterGluedToAWordStaysInATextDamagedInPlaces()
    {
        // "selecionadaé" (a space missing) spells no word, and é is a lone lead byte beside the damaged sentence that
        // follows it; rebuilt, it reads as 选, a script the Portuguese text shows nowhere.
        AssertRepairsTheDamagedSentences(
            RepairFixtures.Clean("pt") + "\n\nApenas o nome da imagem selecionada\u00E9 exibido. No modo de lista, elas s\u00E3o alinhadas uma abaixo da outra.",
            Corruption.Cp1252Dropped);
    }

    [Fact]
    public void NoiseInALineOfGenuineTextStaysInATextDamagedInPlaces()
    {
        // A modem's noise beside "Telefónica": "Ö¤" is UTF-8 for a Hebrew accent, which would sit on a brace, and the
        // lone ì and Ú rebuilt read as Hangul and Arabic, none of them letters of the Spanish text around it.
        var noise = "Telef\u00F3nica. Bienvenido al futur}\u00EC\u00DA{\u00D6\u00A4r\u00B2\u00AE\u00AB     NO CARRIER";
        var clean = RepairFixtures.Clean("es");
        var damaged = Corruptor.CorruptSomeSentences(clean, Corruption.Cp1252Dropped);
        Assert.Equal(clean + "\n\n" + noise, Repairer.Repair(damaged + "\n\n" + noise).Text);
    }

    [Fact]
    public void AnEmojiWithItsVariationSelectorIsRepairedInALineOfGenuineText()
    {
        // ☀️ is ☀ and U+FE0F, a combining mark: on a symbol it sits where it should, unlike noise's mark after a brace.
        // (The quotes make the line one that holds genuine text beside damage.)
        AssertRepairsTheDamagedSentences(
            RepairFixtures.Clean("es") + "\n\nDijo: \u201Chace calor\u201D. Llegamos cuando sal\u00EDa el sol \u2600\uFE0F.",
            Corruption.Cp1252Dropped);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1250Dropped)]
    [InlineData(Corruption.Cp1252Twice)]
    public void AFewDamagedQuotesThatRunIntoTheirWordsAreRepairedBesideGenuineLetters(Corruption kind)
    {
        // Few runs read as UTF-8 (‘ and ’ as â€˜ and â€™), each in a line that also holds genuine letters (één, Noëlle):
        // what a text quoting mojibake would show too, but a quoted example stands apart, and these run into their words;
        // so too the inner layer of text misread twice, once the outer one is undone.
        AssertRepairsTheDamagedSentences(
            "Volgens de wethouder gaat het om \u2018een noodzakelijke stap\u2019 in de aanpak. Het is \u00E9\u00E9n van de grootste projecten.\n\n"
            + "Niet iedereen is enthousiast. \u2018Als er straks duizenden mensen bij komen, wordt het onleefbaar.\u2019 Dat zegt No\u00EBlle.",
            kind);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1252Twice)]
    [InlineData(Corruption.Cp437)]
    public void ARunStandingApartInADamagedTextIsRepairedBesideACleanOriginalFullOfGenuineQuotes(Corruption kind)
    {
        // A short Dutch recipe damaged whole, then its clean English original. Its quotes run into their words, which no
        // quoted example does; so ½ and à, which stand apart as "Â½" and "Ã ", are damage too, though the original's
        // genuine quotes outnumber every damaged run.
        var dutch = "Meng de boter met \u00BD theelepel zout en de suiker.\n"
            + "Klop de eieren los en voeg ze \u2018beetje bij beetje\u2019 toe.\n"
            + "Bak de cake 50 \u00E0 60 minuten op 175 graden.\n"
            + "Laat hem daarna \u2018rustig\u2019 afkoelen op een rooster.";
        var english = "\n\n\u201CDon\u2019t rush it,\u201D my aunt said. \u201CA cake that\u2019s cut warm won\u2019t hold.\u201D\n"
            + "\u201CHow long, then?\u201D I asked. \u201CUntil you\u2019ve forgotten it\u2019s there,\u201D she said, and she\u2019d laugh.\n"
            + "\u201CAnd if it\u2019s burnt?\u201D \u201CThen it\u2019s toast\u2014and you\u2019ll eat it anyway.\u201D We didn\u2019t; the dog did.";
        Assert.Equal(dutch + english, Repairer.Repair(Corruptor.Corrupt(dutch, kind) + english).Text);
    }

    [Fact]
    public void DamagedSentencesBesideCleanOnesQuoteAsTheCleanOnesDo()
    {
        // Every other sentence behind latin-1 without C1 bytes: ‘ and “ are each a lone "â" there, and the clean sentences
        // show which the text uses; a damaged sentence alone in its line (coÃ¶rdinatie) is repaired too.
        AssertRepairsTheDamagedSentences(
            "Het plan is \u2018ambitieus\u2019, zegt de wethouder. Bewoners noemen het \u2018een stap\u2019 voor de co\u00F6peratie.\n\n"
            + "De raad stemt in september. De oppositie wil eerst betere co\u00F6rdinatie met de provincie.",
            Corruption.Latin1Stripped);
    }

    [Fact]
    public void AGenuineWordThatSpellsUtf8StaysWhileTheDamageBesideItIsRepaired()
    {
        // Through cp1251 the clean "неё" is ED E5 B8: a lone lead, then 學 that lost a byte, as no letter of this Russian
        // text reads. That word stays as it is; the damaged sentence after it in the same line is repaired all the same.
        AssertRepairsTheDamagedSentences(
            RepairFixtures.Clean("ru") + "\n\n\u041F\u043E\u0441\u043B\u0435 \u043D\u0435\u0451 \u044F \u0432\u0435\u0441\u044C \u0432\u0435\u0447\u0435\u0440 "
            + "\u043B\u0435\u0436\u0430\u043B\u0430 \u043D\u0430 \u0434\u0438\u0432\u0430\u043D\u0435. \u041D\u0430\u0448\u043B\u0430 \u0432 \u0438\u043D\u0442\u0435\u0440\u043D\u0435\u0442\u0435 "
            + "\u043F\u0440\u043E\u0441\u0442\u043E\u0439 \u043F\u043B\u0430\u043D \u0434\u043B\u044F \u043D\u043E\u0432\u0438\u0447\u043A\u043E\u0432.",
            Corruption.Cp1251Dropped);
    }

    // The text, every other sentence of each line misread with kind, comes back as it was written.
    private static void AssertRepairsTheDamagedSentences(string clean, Corruption kind)
    {
        var damaged = Corruptor.CorruptSomeSentences(clean, kind);
        Assert.NotEqual(clean, damaged);
        Assert.Equal(clean, Repairer.Repair(damaged).Text);
    }

    /// <summary>Damages <paramref name="clean"/> whole one way; the repair gives it back character for character.</summary>
    private static void AssertRepairedWhole(string clean, Corruption kind) =>
        Assert.Equal(clean, Repairer.Repair(Corruptor.Corrupt(clean, kind)).Text);

    /// <summary>Damages <paramref name="sentence"/> alone between clean text; the repair gives back all of it.</summary>
    private static void AssertRepairsOneSentenceAmongCleanOnes(string before, string sentence, string after, Corruption kind)
    {
        var damaged = Corruptor.Corrupt(sentence, kind);
        Assert.NotEqual(sentence, damaged);
        Assert.Equal(before + sentence + after, Repairer.Repair(before + damaged + after).Text);
    }

    /// <summary>Damages <paramref name="paragraph"/> alone between two copies of <paramref name="clean"/>; the repair gives back all of it.</summary>
    private static void AssertRepairsOneParagraphAmongCleanOnes(string clean, string paragraph, Corruption kind)
    {
        var text = clean + Corruptor.Corrupt(paragraph, kind) + "\n\n" + clean;
        Assert.Equal(clean + paragraph + "\n\n" + clean, Repairer.Repair(text).Text);
    }

    public static TheoryData<string, Corruption> CompletePageCases()
    {
        var cases = new TheoryData<string, Corruption>();
        foreach (var lang in RepairFixtures.Languages)
        {
            foreach (var kind in new[] { Corruption.Iso88592, Corruption.Iso885915, Corruption.MacRoman, Corruption.Cp437, Corruption.Cp850, Corruption.Cp866, Corruption.Koi8R })
            {
                cases.Add(lang, kind);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(CompletePageCases))]
    public void TextMisreadWithAPageThatHasACharacterForEveryByteComesBackExactly(string lang, Corruption kind)
    {
        var clean = RepairFixtures.Clean(lang);
        var (text, report) = Repairer.RepairWithReport(Corruptor.Corrupt(clean, kind));
        Assert.Equal(clean, text);
        Assert.Equal(0, report.BytesRebuilt);
    }

    [Theory]
    // Python's mac_roman shows byte 0xBD as Ω U+03A9, .NET's as U+2126 OHM SIGN: 你好 both ways.
    [InlineData("\u4F60\u597D", "\u2030\u03A9\u2020\u00C2\u2022\u03A9")]
    [InlineData("\u4F60\u597D", "\u2030\u2126\u2020\u00C2\u2022\u2126")]
    // ISO-8859-2 and cp1250 both read "aĂąo" as UTF-8; only ISO-8859-2 makes it "año" (cp1250: "aùo").
    [InlineData("El a\u00F1o pasado fue bueno.", "El a\u0102\u0105o pasado fue bueno.")]
    // Russian words that happen to read as UTF-8 stay Russian: cp866 "сом" (U+1BAC), "[ход]" (室), cp1251 "СЧЁТ".
    [InlineData("\u0441\u043E\u043C", "\u0441\u043E\u043C")]
    [InlineData("[\u0445\u043E\u0434]", "[\u0445\u043E\u0434]")]
    [InlineData("\u0421\u0427\u0401\u0422", "\u0421\u0427\u0401\u0422")]
    // Short clean words that spell UTF-8 in cp850 or Mac OS Roman gain too little by it: Icelandic jarðíkorni (ðí is
    // С), Turkish yargıç (ıç is Շ), Yoruba Àìkú (Àì is ˓).
    [InlineData("jar\u00F0\u00EDkorni", "jar\u00F0\u00EDkorni")]
    [InlineData("adalet | hakim | yarg\u0131\u00E7", "adalet | hakim | yarg\u0131\u00E7")]
    [InlineData("\u00C0\u00ECk\u00FA", "\u00C0\u00ECk\u00FA")]
    // ...and so do those that spell UTF-8 in a page that loses bytes, where nothing else in the input is damaged:
    // Ukrainian Кі{0} (U+02F3 in cp1251), Пі{0} (ϳ).
    [InlineData("\u041A\u0456{0}", "\u041A\u0456{0}")]
    [InlineData("\u041F\u0456{0}", "\u041F\u0456{0}")]
    // ...also where the page's reading would still have bytes to rebuild: Ukrainian Він (³ and a lead of three bytes
    // in cp1251), Рій, Мій дім, Рів (г and a lead whose lost bytes make the symbol ☘).
    [InlineData("\u0412\u0456\u043D", "\u0412\u0456\u043D")]
    [InlineData("\u0420\u0456\u0432 $lvl", "\u0420\u0456\u0432 $lvl")]
    [InlineData("\u0420\u0456\u0439", "\u0420\u0456\u0439")]
    [InlineData("\u041C\u0456\u0439 \u0434\u0456\u043C", "\u041C\u0456\u0439 \u0434\u0456\u043C")]
    public void EachPageReadsTheBytesItsDecodersShow(string expected, string damaged)
    {
        Assert.Equal(expected, Repairer.Repair(damaged).Text);
    }

    [Fact]
    public void ALetterStandingAloneInDamagedChineseIsNoWordOfItsOwn()
    {
        // Through latin-1 without its C1 controls, 的 (E7 9A 84) and 和 (E5 92 8C) lose both continuation bytes and
        // leave a lone ç or å, which the word list knows as one-letter words; between Chinese words they are damage.
        var clean = "\u8FD9\u4E2A \u51FD\u6570 \u7684 \u53C2\u6570 \u662F \u4E00\u4E2A \u6587\u4EF6 \u7684 \u540D\u5B57\u3002\n"
            + "\u4F5C\u8005 \u662F Alice \u548C Bob\u3002\n"
            + "\u4ED6 \u548C \u5979 \u90FD \u662F \u5B66\u751F\u3002\n";
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void ALoneLeadOfDamageIsRebuiltEvenWhereTheWordItSpellsExistsElsewhere()
    {
        // í lost its soft-hyphen byte: "vacÃo", and "vacão" is a Portuguese word; the line above shows the damage.
        var clean = "La canci\u00F3n est\u00E1 aqu\u00ED, en el caj\u00F3n.\nno crea archivo vac\u00EDo con -n";
        var damaged = Corruptor.Corrupt(clean, Corruption.Cp1254DroppedShyStripped);
        Assert.Contains("vac\u00C3o", damaged);
        Assert.Equal(clean, Repairer.Repair(damaged).Text);
    }

    [Fact]
    public void ReportNamesNoLetterOfACleanParagraphThatStayedAsItStood()
    {
        // The clean paragraphs' lone accented letters are decoded as possible damage and kept: nothing was rebuilt there.
        var clean = RepairFixtures.Clean("pt");
        var damaged = Corruptor.CorruptSomeParagraphs(clean, Corruption.Cp1254DroppedShyStripped);
        var (text, report) = Repairer.RepairWithReport(damaged);
        Assert.Equal(clean, text);
        Assert.NotEmpty(report.Rebuilt);
        Assert.All(report.Rebuilt, r => Assert.NotEqual(r.Damaged, r.Chosen));
        Assert.All(report.Examples, e => Assert.NotEqual(e.Before, e.After));
    }

    [Fact]
    public void ReportPointsAtEachRebuiltCharacterWithRankedCandidates()
    {
        var damaged = Corruptor.Corrupt(RepairFixtures.Clean("zh"), Corruption.Cp1252Dropped);
        var (text, report) = Repairer.RepairWithReport(damaged);
        var lines = text.Split('\n');
        Assert.NotEmpty(report.Rebuilt);
        Assert.Equal(report.CharactersRebuilt, report.Rebuilt.Count);
        foreach (var rebuilt in report.Rebuilt)
        {
            Assert.Equal(rebuilt.Chosen, lines[rebuilt.Line - 1].Substring(rebuilt.Column - 1, rebuilt.Chosen.Length));
            Assert.InRange(rebuilt.Confidence, 0.0, 1.0);
            Assert.Equal(rebuilt.Chosen, rebuilt.Candidates[0].Text);
            var others = rebuilt.Candidates.Skip(1).ToList();
            Assert.True(others.Zip(others.Skip(1)).All(p => p.First.Probability >= p.Second.Probability));
        }
        Assert.True(report.BytesRebuilt >= report.CharactersRebuilt);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("zh-tech")]
    [InlineData("zh-city")]
    [InlineData("zh-hant")]
    public void ConfidenceOfARebuiltChineseCharacterIsThatOfTheWordModelsThatChoseIt(string lang)
    {
        // Where the word models overrule the character model (搬运, not 搬迁), the character model's probabilities
        // would rank another candidate above the one chosen. Traditional text is read by one word model only.
        // (Punctuation that quote pairing settles afterwards keeps the character model's view.)
        var damaged = Corruptor.Corrupt(RepairFixtures.Clean(lang), Corruption.Cp1254Dropped);
        var report = Repairer.RepairWithReport(damaged).Report;
        var han = report.Rebuilt.Where(r => Regex.IsMatch(r.Chosen, @"^\p{IsCJKUnifiedIdeographs}$")).ToList();
        Assert.True(han.Count > 20);
        foreach (var rebuilt in han)
        {
            Assert.Equal(rebuilt.Chosen, rebuilt.Candidates[0].Text);
            Assert.All(rebuilt.Candidates, c => Assert.True(c.Probability <= rebuilt.Confidence, $"{rebuilt.Chosen} at {rebuilt.Line}:{rebuilt.Column}: {c.Text} {c.Probability} > {rebuilt.Confidence}"));
        }
    }

    [Fact]
    public void SummaryNamesTheEncodingAndGivesExamples()
    {
        var damaged = Corruptor.Corrupt(RepairFixtures.Clean("zh"), Corruption.Cp1254Dropped);
        var summary = Repairer.Repair(damaged).Summary;
        Assert.Equal(["cp1254"], summary.Encodings);
        Assert.True(summary.SpansRepaired > 5);
        Assert.True(summary.BytesRebuilt > 10);
        Assert.NotEmpty(summary.Examples);
        Assert.All(summary.Examples, e => Assert.NotEqual(e.Before, e.After));
    }

    [Fact]
    public void StreamingInSmallChunksRepairsAsWellAsOneString()
    {
        var clean = string.Join("\n\n", RepairFixtures.Languages.Select(RepairFixtures.Clean));
        var damaged = Corruptor.CorruptSomeParagraphs(clean, Corruption.Cp1252Dropped);
        var whole = Repairer.Repair(damaged).Text;
        var output = new StringWriter();
        var report = new MojibakeRepairer(() => CharNGramModel.Shared, chunkChars: 300).Repair(new StringReader(damaged), output);
        var streamed = output.ToString();
        Assert.Equal(clean.Split('\n').Length, streamed.Split('\n').Length);
        Assert.True(RepairScore.Accuracy(clean, whole) >= 0.97, $"whole {RepairScore.Accuracy(clean, whole):P2}");
        Assert.True(RepairScore.Accuracy(clean, streamed) >= 0.97, $"streamed {RepairScore.Accuracy(clean, streamed):P2}");
        Assert.False(report.IsClean);
    }

    // Three paragraphs of a news story, whose quotations close right after damage where every other sentence is damaged.
    private static readonly string QuotingChineseNews = "\u8BB0\u8005\u5728\u73B0\u573A\u770B\u5230\uFF0C\u5404\u8F66\u7AD9\u79E9\u5E8F\u826F\u597D\u3002" // 记者在现场看到，各车站秩序良好。
        + "\u201C\u4EE5\u524D\u53BB\u897F\u8FB9\u770B\u5973\u513F\uFF0C\u8981\u5012\u4E24\u8D9F\u516C\u4EA4\uFF0C\u8DEF\u4E0A\u5835\u5F97\u5389\u5BB3\u3002" // “以前去西边看女儿，要倒两趟公交，路上堵得厉害。
        + "\u201D\u5979\u7B11\u7740\u8BF4\u3002" // ”她笑着说。
        + "\u201C\u73B0\u5728\u5750\u5730\u94C1\uFF0C\u534A\u4E2A\u591A\u949F\u5934\u5C31\u5230\u4E86\uFF0C\u592A\u65B9\u4FBF\u4E86\uFF01" // “现在坐地铁，半个多钟头就到了，太方便了！
        + "\u201D\u5979\u53C8\u8865\u5145\u9053\u3002\n" // ”她又补充道。
        + "\u65B0\u7EBF\u8DEF\u5168\u957F\u4E8C\u5341\u516B\u516C\u91CC\uFF0C\u5171\u8BBE\u8F66\u7AD9\u4E8C\u5341\u4E00\u5EA7\u3002" // 新线路全长二十八公里，共设车站二十一座。
        + "\u9996\u73ED\u8F66\u516D\u70B9\u53D1\u8F66\uFF0C\u672B\u73ED\u8F66\u5341\u4E00\u70B9\u53D1\u8F66\u3002" // 首班车六点发车，末班车十一点发车。
        + "\u201C\u6211\u4EEC\u4F1A\u6839\u636E\u5BA2\u6D41\u8C03\u6574\u8FD0\u529B\u3002\u201D\u96C6\u56E2\u8D1F\u8D23\u4EBA\u8868\u793A\u3002\n" // “我们会根据客流调整运力。”集团负责人表示。
        + "\u4E0D\u5C11\u5E02\u6C11\u4E13\u7A0B\u524D\u6765\u4F53\u9A8C\u3002" // 不少市民专程前来体验。
        + "\u9000\u4F11\u6559\u5E08\u738B\u5973\u58EB\u5E26\u7740\u5B59\u5B50\u4E00\u65E9\u5C31\u6765\u5230\u8D77\u70B9\u7AD9\u3002" // 退休教师王女士带着孙子一早就来到起点站。
        + "\u201C\u5B69\u5B50\u6700\u559C\u6B22\u5750\u7B2C\u4E00\u8282\u8F66\u53A2\u3002\u201D\u5979\u8BF4\u3002\n"; // “孩子最喜欢坐第一节车厢。”她说。

    [Fact]
    public void ChineseDamagedInPlacesByLatin1WithoutC1IsReadAsLatin1BesideGenuineQuotes()
    {
        // Every other sentence lost its bytes 80 to 9F. A genuine ” right after a damaged 。 (a lone "\u00E3") reads
        // through cp1254 as byte 94 of it, which made that page explain the text a little better, though it keeps the
        // bytes 80 to 9F that the hundreds of lost ones show were stripped.
        var clean = QuotingChineseNews;
        var (repaired, report) = Repairer.RepairWithReport(Corruptor.CorruptSomeSentences(clean, Corruption.Latin1Stripped));
        Assert.Equal(["latin-1"], report.Encodings);
        Assert.True(RepairScore.Accuracy(clean, repaired) >= 0.8, repaired);
    }

    [Fact]
    public void ChineseDamagedInPlacesByMacRomanIsRepairedBesideTheGenuineQuotesAroundIt()
    {
        // Every other sentence misread as Mac OS Roman, which loses no byte. The genuine ” and “ right after a damaged 。
        // ("„ÄÇ") are D3 and D2 there, lead bytes with nothing after them: read as part of the damage, they made its whole
        // run no UTF-8.
        var clean = QuotingChineseNews;
        var damaged = Corruptor.CorruptSomeSentences(clean, Corruption.MacRoman);
        Assert.Contains("\u201E\u00C4\u00C7\u201D", damaged);
        Assert.Equal(clean, Repairer.Repair(damaged).Text);
    }

    [Theory]
    [InlineData(Corruption.Cp437)]
    [InlineData(Corruption.Koi8R)]
    [InlineData(Corruption.MacRoman)]
    public void RussianWhoseFirstParagraphAloneWasMisreadIsRepairedBesideTheCleanOnes(Corruption kind)
    {
        // A page that loses no byte is only taken where it reads more of the text as damage than as genuine; the clean
        // paragraphs' Cyrillic, which cp437 has no byte for, outvoted the damaged ones, which it reads whole.
        var damaged = "\u0423\u0442\u0440\u043E\u043C \u043C\u044B \u0432\u044B\u0448\u043B\u0438 \u0438\u0437 \u0434\u043E\u043C\u0430 \u0440\u0430\u043D\u043E, \u043F\u043E\u043A\u0430 \u0433\u043E\u0440\u043E\u0434 \u0435\u0449\u0451 \u0441\u043F\u0430\u043B.\n\n"; // Утром мы вышли из дома рано, пока город ещё спал.
        var clean = "\u0414\u043E\u0440\u043E\u0433\u0430 \u0448\u043B\u0430 \u0432\u0434\u043E\u043B\u044C \u0440\u0435\u043A\u0438, \u0438 \u043D\u0430\u0434 \u0432\u043E\u0434\u043E\u0439 \u0441\u0442\u043E\u044F\u043B \u0442\u0443\u043C\u0430\u043D.\n\n" // Дорога шла вдоль реки, и над водой стоял туман.
            + "\u041A \u043E\u0431\u0435\u0434\u0443 \u043C\u044B \u0434\u043E\u0431\u0440\u0430\u043B\u0438\u0441\u044C \u0434\u043E \u0441\u0442\u0430\u0440\u043E\u0439 \u043C\u0435\u043B\u044C\u043D\u0438\u0446\u044B \u0438 \u0441\u0435\u043B\u0438 \u043E\u0442\u0434\u043E\u0445\u043D\u0443\u0442\u044C \u043D\u0430 \u0431\u0435\u0440\u0435\u0433\u0443.\n\n" // К обеду мы добрались до старой мельницы и сели отдохнуть на берегу.
            + "\u0412\u0435\u0447\u0435\u0440\u043E\u043C \u0432\u0435\u0440\u043D\u0443\u043B\u0438\u0441\u044C \u0443\u0441\u0442\u0430\u043B\u044B\u0435, \u043D\u043E \u0434\u043E\u0432\u043E\u043B\u044C\u043D\u044B\u0435, \u0438 \u0434\u043E\u043B\u0433\u043E \u0441\u0438\u0434\u0435\u043B\u0438 \u043D\u0430 \u043A\u0443\u0445\u043D\u0435 \u0437\u0430 \u0447\u0430\u0435\u043C, \u0432\u0441\u043F\u043E\u043C\u0438\u043D\u0430\u044F \u0434\u0435\u043D\u044C.\n"; // Вечером вернулись усталые, но довольные, и долго сидели на кухне за чаем, вспоминая день.
        Assert.Equal(damaged + clean, Repairer.Repair(Corruptor.Corrupt(damaged, kind) + clean).Text);
    }

    [Theory]
    [InlineData("\u2014 O autocarro avariou em Leiria. Tive de esperar mais de uma hora.", Corruption.Cp1252Dropped)]
    [InlineData("\u2014 O autocarro avariou em Leiria. Tive de esperar mais de uma hora.", Corruption.Cp1252Twice)]
    [InlineData("\u2014 O autocarro avariou em Leiria. Tive de esperar mais de uma hora.", Corruption.Cp1252TwiceDropped)]
    [InlineData("\u2014 O autocarro avariou em Leiria. Tive de esperar mais de uma hora.", Corruption.Cp1254TwiceDropped)]
    [InlineData("Een kaartje kost voortaan \u20AC 64 per jaar, zei de wethouder.", Corruption.Cp1252Dropped)]
    public void OneParagraphThatLostItsMarkIsRepairedAmongCleanOnes(string paragraph, Corruption kind)
    {
        // Its one damaged run stands where the mark stands in text, a dialogue's dash or the euro before an amount: no
        // quoted example of mojibake, though the clean paragraphs hold more genuine marks than it has damage. Misread
        // twice, "Ã¢â‚¬â€" with its kept 0x9D reads as "â€”" and that as —; without it, as "â€”" among a few others.
        var clean = "\u2018Vamos embora,\u2019 disse ela \u2014 e fomos. O caf\u00E9 j\u00E1 estava fechado.\n\n"
            + "A viagem durou \u2018s\u00F3\u2019 seis horas \u2014 ou foi o que nos pareceu.\n\n";
        AssertRepairsOneParagraphAmongCleanOnes(clean, paragraph, kind);
    }

    [Theory]
    [InlineData("Pers het sap van \u00BD citroen boven de appels uit.", Corruption.Cp1250Dropped)]
    [InlineData("Pers het sap van \u00BD citroen boven de appels uit.", Corruption.MacRoman)]
    [InlineData("Pers het sap van \u00BD citroen boven de appels uit.", Corruption.Cp437)]
    [InlineData("Roer er 1\u00BD eetlepel suiker door.", Corruption.MacRoman)]
    [InlineData("Roer er 1\u00BD eetlepel suiker door.", Corruption.Cp437)]
    [InlineData("Verwarm de oven voor op 175\u00B0 en vet de vorm in.", Corruption.MacRoman)]
    public void OneParagraphThatLostItsFractionOrDegreeIsRepairedAmongCleanOnes(string paragraph, Corruption kind)
    {
        // A fraction between words or after a whole number, a degree sign after a number: each stands where the sign stands
        // in a recipe, as no quoted example of mojibake does ("Â˝" of ½ through cp1250, "¬Ω" through Mac OS Roman, whose
        // Ω is no letter of the Dutch words around it).
        var clean = "Oma\u2019s appeltaart is \u00E9\u00E9n van de lekkerste taarten die er zijn.\n\n"
            + "Bak de taart in 60 \u00E0 70 minuten goudbruin.\n\n";
        AssertRepairsOneParagraphAmongCleanOnes(clean, paragraph, kind);
    }

    [Theory]
    [InlineData(Corruption.Cp866)]
    [InlineData(Corruption.Koi8R)]
    public void CleanRussianSentencesStayAsTheyAreBesideOnesDamagedByADosOrKoiPage(Corruption kind)
    {
        // cp866 gives the letters р to я the lead bytes E0 to EF and а to п continuation bytes, so clean words beside the
        // damaged sentences read as UTF-8 too: "переправам" holds ९ and ࠢ, "Бревеннике" a Devanagari vowel sign. No word
        // of Cyrillic letters holds those, and they stay the letters they are.
        AssertRepairsTheDamagedSentences(
            "\u041F\u0430\u0440\u043E\u043C \u0445\u043E\u0434\u0438\u0442 \u043F\u043E \u043F\u0435\u0440\u0435\u043F\u0440\u0430\u0432\u0430\u043C \u043A\u0430\u0436\u0434\u044B\u0439 \u0434\u0435\u043D\u044C, \u043A\u0440\u043E\u043C\u0435 \u0432\u044B\u0445\u043E\u0434\u043D\u044B\u0445. "
            + "\u0416\u0438\u0442\u0435\u043B\u0438 \u043E\u0441\u0442\u0440\u043E\u0432\u0430 \u0436\u0434\u0443\u0442 \u0432\u0435\u0441\u043D\u044B \u0441 \u043D\u0435\u0442\u0435\u0440\u043F\u0435\u043D\u0438\u0435\u043C. "
            + "\u041D\u0430 \u0411\u0440\u0435\u0432\u0435\u043D\u043D\u0438\u043A\u0435 \u0442\u0430\u043A\u0436\u0435 \u043E\u0442\u043A\u0440\u044B\u0442 \u043C\u0430\u0433\u0430\u0437\u0438\u043D, \u043D\u043E \u0442\u043E\u0432\u0430\u0440\u044B \u0442\u0443\u0434\u0430 \u0432\u043E\u0437\u044F\u0442 \u0440\u0435\u0436\u0435. "
            + "\u0420\u043E\u0434\u0438\u0442\u0435\u043B\u0438 \u043F\u0440\u043E\u0441\u044F\u0442 \u0434\u0435\u0442\u0435\u0439 \u043D\u0435 \u0432\u044B\u0445\u043E\u0434\u0438\u0442\u044C \u043D\u0430 \u043B\u0451\u0434.\n\n"
            + "\u0421\u0442\u043E\u0438\u043C\u043E\u0441\u0442\u044C \u043F\u0440\u043E\u0435\u0437\u0434\u0430 \u0434\u043B\u044F \u043C\u0435\u0441\u0442\u043D\u044B\u0445 \u0436\u0438\u0442\u0435\u043B\u0435\u0439 \u043E\u0441\u0442\u0430\u043D\u0435\u0442\u0441\u044F \u043F\u0440\u0435\u0436\u043D\u0435\u0439. "
            + "\u0421\u043F\u0430\u0441\u0430\u0442\u0435\u043B\u0438 \u043F\u0440\u043E\u0432\u0435\u043B\u0438 \u0431\u043E\u043B\u0435\u0435 \u0441\u043E\u0440\u043E\u043A\u0430 \u0440\u0435\u0439\u0434\u043E\u0432 \u043D\u0430 \u0432\u043E\u0434\u043E\u0451\u043C\u0430\u0445. "
            + "\u0421\u0435\u0432\u0435\u0440\u043D\u0430\u044F \u0414\u0432\u0438\u043D\u0430 \u0432\u0441\u043A\u0440\u044B\u043B\u0430\u0441\u044C \u0432 \u043D\u0430\u0447\u0430\u043B\u0435 \u043C\u0430\u044F, \u043A\u0430\u043A \u0438 \u0432 \u043F\u0440\u043E\u0448\u043B\u043E\u043C \u0433\u043E\u0434\u0443.\n",
            kind);
    }

    [Theory]
    [InlineData("The gap between the plates is 3\u20135 \u00C5 wide, so the probe doesn\u2019t touch them. ", Corruption.Cp1252Dropped)]
    [InlineData("The gap between the plates is 3\u20135 \u00C5 wide, so the probe doesn\u2019t touch them. ", Corruption.Cp1254Dropped)]
    [InlineData("The sea holds about 35 \u2030 of salt, and it isn\u2019t less near the shore. ", Corruption.Cp1252Dropped)]
    [InlineData("The board is 30 \u00D7 40 cm, which doesn\u2019t fit the case. ", Corruption.Cp1252Dropped)]
    [InlineData("The gap between the plates is 3\u20135 \u00C5 wide, so the probe doesn\u2019t touch them. ", Corruption.Cp1250ThenCp1252Dropped)]
    [InlineData("The gap between the plates is 3\u20135 \u00C5 wide, so the probe doesn\u2019t touch them. ", Corruption.Cp1252ThenCp1250Dropped)]
    public void ASentenceWithAUnitOrNumberSignSetOffByASpaceIsRepairedBesideCleanCurlyQuotes(string sentence, Corruption kind)
    {
        // Its apostrophe is damage within a word, but the sign of a unit after a number ("3 Ã… wide") or of a number
        // before one ("30 Ã— 40") stands apart, as an example of mojibake quoted beside the genuine quotes of the line
        // would: a sign where numbers put it is no example.
        AssertRepairsOneSentenceAmongCleanOnes(
            "We checked it with the \u201Cfine\u201D gauge first. ", sentence, "Nobody expected that.\n", kind);
    }

    [Theory]
    [InlineData(Corruption.Latin1Stripped)]
    [InlineData(Corruption.Cp1252Dropped)]
    public void ACopyrightSignBeforeItsYearIsRepairedInATextDamagedInPlaces(Corruption kind)
    {
        // "Â© 2024" alone is what a text about mojibake quotes; at the foot of a text whose other damaged paragraphs lost
        // their apostrophes (latin-1 without C1 leaves "youâll") or show them misread ("youâ€™ll"), it is a copyright
        // sign standing where one does, before its year.
        const string text = "What you\u2019ll need\n\nA board, a sensor and some wire \u2014 nothing more. It reads up to 185 \u00B0F; "
            + "that\u2019s the sensor\u2019s limit, and the \u201Csafe\u201D range is 40\u2013120 \u00B0F.\n\n"
            + "Tips from people who\u2019ve built one\n\nKeep the sensor out of the sun, and don\u2019t power it from the board \u2014 "
            + "the caf\u00E9 down the road sells a na\u00EFve \u201Cstarter kit\u201D that does.\n\n"
            + "\u00A9 2024 The Garden Club. Share freely.\n";
        var damaged = Corruptor.CorruptSomeParagraphs(text, kind);
        Assert.Contains("\u00C2\u00A9 2024", damaged);
        Assert.Equal(text, Repairer.Repair(damaged).Text);
    }

    [Fact]
    public void ASentenceThatLostItsApostrophesToLatin1IsRepairedBesideOnesThatKeptTheirMarks()
    {
        // Latin-1 without C1 bytes leaves "didnât" and "heâd": a lone "â" that ends an English contraction stands where
        // no language writes the letter, in a line whose genuine dashes show it was not damaged as a whole.
        AssertRepairsOneSentenceAmongCleanOnes(
            "Our guide \u2014 a retired sailor \u2014 met us at the pier. ",
            "He said we didn\u2019t need tickets, and that he\u2019d sort it out. ",
            "The boat left at noon.\n",
            Corruption.Latin1Stripped);
    }

    [Fact]
    public void AEuroSignThatLostAByteBeforeItsAmountIsDamageWithinTheLine()
    {
        // Latin-1 without C1 bytes leaves "â¬1.20" of €1.20: the byte lost may make € or a letterlike symbol (Ⅼ), and the
        // one that fits beside a number is enough for damage that runs into it. With "cafÃ©", the sentence is repaired
        // beside one whose genuine apostrophe shows the line was not damaged whole.
        AssertRepairsOneSentenceAmongCleanOnes(
            "We didn\u2019t expect much. ",
            "A slice costs \u20AC1.20 at the caf\u00E9 by the station. ",
            "It was worth it.\n",
            Corruption.Latin1Stripped);
    }

    [Fact]
    public void SentencesThatLostTheirApostrophesToLatin1AreRepairedBesideCleanOnesWithAccentsAndMarks()
    {
        // Latin-1 without C1 bytes leaves "customerâs" and "ZÃ¼rich", which cp1254 reads alike but for the lone "â" it
        // could not have left and the "ð¥°" of 🥰 it cannot read; and in the next line lone "â"s, which no pair of bytes
        // shows, beside the genuine é and ï of clean sentences: apostrophes within words, no quoted example.
        const string text = "Margaret, a retired ing\u00E9nieure from Gen\u00E8ve, fixes anything with a plug, as her sign says. "
            + "The customer\u2019s grandfather bought the radio in Z\u00FCrich for 45 francs. "
            + "\u201CIt\u2019s worth keeping,\u201D she said.\n"
            + "Coffee is free\u2026 and so is advice. She doesn\u2019t advertise, and she won\u2019t start now \U0001F970. "
            + "A na\u00EFve visitor once suggested a caf\u00E9 instead.\n";
        AssertRepairsTheDamagedSentences(text, Corruption.Latin1Stripped);
    }

    [Fact]
    public void AEuroSignThatLostAByteSetOffBeforeItsAmountIsRepairedBesideAGenuineOne()
    {
        // Latin-1 without C1 bytes leaves "â¬ 312,00" of € 312,00: a character that lost a byte, which may be €, set off
        // where a euro sign stands, as no quoted example of mojibake stands.
        AssertRepairsOneSentenceAmongCleanOnes(
            "Voor een klein evenement betaalt u \u20AC 78,50. ",
            "Voor een festival bedragen de leges \u20AC 312,00. ",
            "Een melding voor een buurtfeest is gratis.\n",
            Corruption.Latin1Stripped);
    }

    [Fact]
    public void ALoneLeadBetweenTwoNumbersIsTheirDashInATextThatLostItsMarks()
    {
        // Latin-1 without C1 bytes leaves "3â4 feet" of 3–4 feet: no language writes "â" between digits, so the sentence
        // is damage beside the clean one in its line, in a text whose lone "â"s elsewhere end contractions.
        const string text = "Last spring we had a question. We didn\u2019t know, and guessing wasn\u2019t good enough. So we built a logger.\n"
            + "6. Mount the box in the shade, 3\u20134 feet above the soil. Direct sunlight can push readings up by 10 \u00B0F or more.\n";
        AssertRepairsTheDamagedSentences(text, Corruption.Latin1Stripped);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1254Dropped)]
    [InlineData(Corruption.Latin1Stripped)]
    public void ASuperscriptDigitThatLostAByteAfterATenIsAPowerOfTen(Corruption kind)
    {
        // ⁸ is E2 81 B8: cp1252 lacks the 81 and latin-1 without C1 strips it, and "â¸" may as well be ⸁ (E2 B8 81) or
        // ₸ (E2 82 B8). Right after a ten that starts a number, a superscript is a power of ten.
        const string text = "Light travels at about 3 \u00D7 10\u2078 metres a second, and sound at about 340.\n";
        AssertRepairedWhole(text, kind);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1254Dropped)]
    public void ASentenceMisreadWholeNextToALineThatNamesMojibakeIsRepaired(Corruption kind)
    {
        // The line before talks about 乱码 (mojibake), and near such talk a few runs are examples it quotes; but a
        // sentence's worth of damage that no genuine letter parts is no example, which is a word or two.
        AssertRepairsOneSentenceAmongCleanOnes(
            "\u672C\u8F6F\u4EF6\u53EF\u4EE5\u4FEE\u590D\u201C\u4E71\u7801\u201D\u95EE\u9898\u3002\n\u652F\u6301\u7B80\u4F53\u548C\u7E41\u9AD4\u5B57\u3002", // 本软件可以修复“乱码”问题。 支持简体和繁體字。
            "\u63A8\u8350\u9605\u8BFB\u300A\u7F16\u7801\u7684\u6545\u4E8B\u300B\u4E00\u4E66\uFF0C\u4E86\u89E3\u66F4\u591A\u80CC\u666F\u77E5\u8BC6\u3002", // 推荐阅读《编码的故事》一书，了解更多背景知识。
            "\n",
            kind);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1254Dropped)]
    public void AOneLetterWordThatEndsAWrappedLineIsDamageBesideDamageWithinWords(Corruption kind)
    {
        // "Ã©" alone may be an example quoted; after "Ãºmida" in the same damaged sentence, the "Ã©" that ends the
        // wrapped line is the word é, as it would be between two words.
        AssertRepairsOneSentenceAmongCleanOnes(
            "Esta receita \u00E9 da minha tia, que a fazia sem complica\u00E7\u00E3o nenhuma aos domingos. ",
            "A massa fica \u00FAmida por dentro e o sabor \u00E9",
            "\ninesquec\u00EDvel para toda a fam\u00EDlia.\n",
            kind);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1254Dropped)]
    public void AFullWidthZeroThatLostItsLastByteEndsTheNumberItFollows(Corruption kind)
    {
        // ０ is EF BC 90, and both pages lack the 90: after ４ it may be ！, － or ／ as much, which the models know far
        // better. After a digit that stood whole and before none, it ends the number.
        const string text = "\u6C34\u307E\u305F\u306F\u306C\u308B\u307E\u6E6F\uFF08\uFF14\uFF10\u2103\u4EE5\u4E0B\uFF09\u3092\u4F7F\u3063\u3066\u304F\u3060\u3055\u3044\u3002\n"; // 水またはぬるま湯（４０℃以下）を使ってください。
        AssertRepairedWhole(text, kind);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1254Dropped)]
    [InlineData(Corruption.Cp1254TwiceDropped)]
    public void FullWidthZerosThatLostTheirLastByteContinueTheNumberTheyFollow(Corruption kind)
    {
        // Each ０ of ５０００ lost its 90: the second and third follow no digit that stood whole, only rebuilt slots that
        // may be digits after one. Within a longer number (２０２４) a slot between digits is one too, and so is one after
        // it that an outer layer left unsure (the ４ of ２０２４ misread twice, whose ” lost its 9D).
        const string text = "\u8FD9\u79CD\u7535\u6C60\u53EF\u4EE5\u53CD\u590D\u5F2F\u6298\uFF15\uFF10\uFF10\uFF10\u6B21\u4EE5\u4E0A\u3002\u9879\u76EE\u603B\u7ECF\u8D39\u7EA6\uFF11\uFF12\uFF10\uFF10\u4E07\u5143\uFF0C\u9884\u8BA1\uFF12\uFF10\uFF12\uFF14\u5E74\u5E95\u5B8C\u6210\u3002\n"; // 这种电池可以反复弯折５０００次以上。项目总经费约１２００万元，预计２０２４年底完成。
        AssertRepairedWhole(text, kind);
    }

    [Theory]
    [InlineData("\u8BE5\u7535\u6C60\u5728\uFF0D\uFF12\uFF10\u00B0C\u7684\u73AF\u5883\u4E2D\u4ECD\u80FD\u4FDD\u6301\u7EA6\uFF18\uFF15\uFF05\u7684\u5BB9\u91CF\uFF0C\u5185\u963B\u63A7\u5236\u5728\uFF10.\uFF18 \u03A9\u4EE5\u4E0B\uFF0C\u7535\u538B\u4E3A\uFF13.\uFF10 V\u3002", Corruption.Cp1252Dropped)] // 该电池在－２０°C的环境中仍能保持约８５％的容量，内阻控制在０.８ Ω以下，电压为３.０ V。
    [InlineData("\u8BE5\u7535\u6C60\u5728\uFF0D\uFF12\uFF10\u00B0C\u7684\u73AF\u5883\u4E2D\u4ECD\u80FD\u4FDD\u6301\u7EA6\uFF18\uFF15\uFF05\u7684\u5BB9\u91CF\uFF0C\u5185\u963B\u63A7\u5236\u5728\uFF10.\uFF18 \u03A9\u4EE5\u4E0B\uFF0C\u7535\u538B\u4E3A\uFF13.\uFF10 V\u3002", Corruption.Cp1254Dropped)]
    [InlineData("\u8BE5\u7535\u6C60\u5728\u96F6\u4E0B\u4E8C\u5341\u5EA6\u4ECD\u80FD\u4FDD\u6301\u7EA6\uFF18\uFF15\uFF05\u7684\u5BB9\u91CF\u3002", Corruption.Cp1250Dropped)] // 该电池在零下二十度仍能保持约８５％的容量。
    [InlineData("\u4F7F\u7528\u73AF\u5883\uFF1A\u6E7F\u5EA6\uFF18\uFF15\uFF05\u4EE5\u4E0B\uFF08\u4E0D\u7ED3\u9732\uFF09\u3002", Corruption.Cp1250Dropped)] // 使用环境：湿度８５％以下（不结露）。
    public void ARebuiltSlotBeforeAFullWidthNumberOpensIt(string line, Corruption kind)
    {
        // cp1252 lacks the 8D of － and the 90 of ０, cp1250 the 98 of ８ (and the 90 of ０, so a lone "０" or "８" is
        // either); the models read each as the ！ that shares its other bytes. Before a digit that stood whole, the slot is
        // a sign or a digit (but a leading ０), or an opening bracket where a closing one follows and no other may open
        // before it (the rebuilt （ after 以下 may); before a decimal point and a digit, or a percent sign, a digit; after a
        // decimal point, a digit.
        AssertRepairedWhole(line + "\n", kind);
    }

    [Fact]
    public void AMarkBeforeAnAsciiNumberIsNoSignOfAFullWidthOne()
    {
        // Latin-1 without C1 leaves the ， of "，2023" (EF BC 8C) short of its 8C, like every full-width digit: the mark
        // before an ASCII number opens no full-width one, and stays the comma the models read.
        const string text = "\u6839\u636E\u516C\u5E03\u7684\u6570\u636E\uFF0C2023\u5E74\u5168\u5E02\u7D2F\u8BA1\u63A5\u5F85\u8BFB\u8005\u8D85\u8FC7300\u4E07\u4EBA\u6B21\uFF0C\u540C\u6BD4\u589E\u957F\u7EA622%\u3002\n"; // 根据公布的数据，2023年全市累计接待读者超过300万人次，同比增长约22%。
        var repaired = Repairer.Repair(Corruptor.Corrupt(text, Corruption.Latin1Stripped)).Text;
        Assert.Contains("\uFF0C2023", repaired);
        Assert.Contains("\u4EBA\u6B21\uFF0C", repaired);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1250Dropped)]
    public void AnEmojiAndADashSetOffBySpacesAreNoQuotedExample(Corruption kind)
    {
        // "ðŸ”§" of 🔧 stands between spaces, where emoji stand, and the "â€”" after it where a dash stands, though damage
        // precedes it: with the apostrophe within "doesnâ€™t", the sentence is damage beside the genuine marks of its line.
        AssertRepairsOneSentenceAmongCleanOnes(
            "The repair stall opens at nine\u2026 and tea is free. ",
            "Tom doesn\u2019t advertise \U0001F527 \u2014 word just gets around. ",
            "A na\u00EFve tourist once asked if he\u2019d sell cake instead.\n",
            kind);
    }

    [Fact]
    public void AnApostropheLostToLatin1IsRepairedBesideADamagedFractionAmongCleanParagraphs()
    {
        // Latin-1 without C1 bytes leaves ½ a whole "Â½" and ’ a lone "â": one of each, in two paragraphs among clean
        // ones, is too little to take the text for damaged by either alone. The fraction set off between words shows
        // the damage, and the "â" where an apostrophe stands (Omaâs) is then damage too.
        var clean = "Oma\u2019s appeltaart is \u00E9\u00E9n van de lekkerste taarten die er zijn.\n\n";
        var damaged = "Pers het sap van \u00BD citroen boven de appels uit.\n\n"
            + "Oma\u2019s tip: de taart smaakt de volgende dag nog lekkerder.\n\n";
        var after = "Bak de taart in 60 \u00E0 70 minuten goudbruin.\n";
        var text = clean + Corruptor.Corrupt(damaged, Corruption.Latin1Stripped) + after;
        Assert.Equal(clean + damaged + after, Repairer.Repair(text).Text);
    }

    [Theory]
    [InlineData("Let\u2019s meet at the caf\u00E9 on Friday, then walk down to the river.", Corruption.Cp437)]
    [InlineData("Let\u2019s meet at the caf\u00E9 on Friday, then walk down to the river.", Corruption.MacRoman)]
    [InlineData("Let\u2019s meet at the caf\u00E9 on Friday, then walk down to the river.", Corruption.Koi8R)]
    [InlineData("We left at 21 \u2014 in the rain \u2014 and walked all the way home.", Corruption.Cp437)]
    [InlineData("We left at 21 \u2014 in the rain \u2014 and walked all the way home.", Corruption.MacRoman)]
    public void AnEnglishParagraphMisreadByAPageThatLosesNothingIsRepairedAmongCleanOnes(string paragraph, Corruption kind)
    {
        // Only two runs read as UTF-8 ("LetΓÇÖs", "caf├⌐" through cp437), fewer than a page that loses no byte is taken
        // on where they might be anything, and the genuine marks and accents of the clean paragraphs outnumber them; but
        // both stand inside words of Latin letters, or read as dashes set off between words, which no quotation of
        // mojibake and no clean text of another script shows.
        var clean = "\u201CIt\u2019s spring at last,\u201D Ren\u00E9e said \u2014 and the garden came back to life.\n\n"
            + "We planted beans along the fence; the na\u00EFve roses \u2018bloomed\u2019 in March.\n\n";
        AssertRepairsOneParagraphAmongCleanOnes(clean, paragraph, kind);
    }

    [Theory]
    [InlineData(Corruption.Cp437)]
    [InlineData(Corruption.MacRoman)]
    [InlineData(Corruption.Koi8R)]
    public void AParagraphWhoseOneDamagedRunSpellsAMarkInsideAWordIsRepairedAmongCleanOnes(Corruption kind)
    {
        // Its only damage is the apostrophe of "Oma’s" (OmaΓÇÖs through cp437), fewer runs than a page that loses no byte
        // is taken on, beside clean paragraphs with genuine quotes and accents. Three characters that spell a mark inside
        // a word are seldom genuine text, and count as two runs in place.
        var paragraph = "Oma\u2019s tip: bewaar de taart afgedekt op een koele plek en serveer hem met slagroom.";
        var clean = "De appels komen uit de boomgaard van de buren; de \u201EElstar\u201D is het zoetst \u2014 vinden wij.\n\n"
            + "Na \u00E9\u00E9n uur in de oven is de bovenkant goudbruin, en het huis ruikt naar kaneel en \u2018gezelligheid\u2019.\n\n";
        AssertRepairsOneParagraphAmongCleanOnes(clean, paragraph, kind);
    }

    [Theory]
    [InlineData(Corruption.Cp437)]
    [InlineData(Corruption.MacRoman)]
    public void ThePageIsChosenByTheLinesItReadsAsDamageNotByTheCleanParagraphsAccents(Corruption kind)
    {
        // Each page reads the clean paragraphs' accents as text of its own: é is a lone lead to latin-1 (no evidence) but
        // a stray continuation byte to cp437 and Mac OS Roman (genuine text). Counted over the whole text, they made
        // latin-1 the page, which reads "Γé¼" as a lead that lost a byte, over cp437, which reads it whole as €. The
        // lines a page reads as damage tell which page it is.
        var paragraph = "Het project, dat ruim \u20AC 640 miljoen moet kosten, omvat ook een basisschool.";
        var clean = "Het is \u00E9\u00E9n van de grootste bouwprojecten in de geschiedenis van de stad.\n\n";
        AssertRepairsOneParagraphAmongCleanOnes(clean, paragraph, kind);
    }

    [Theory]
    [InlineData(Corruption.Cp437)]
    [InlineData(Corruption.Cp850)]
    public void APortugueseParagraphMisreadByADosPageIsRepairedAmongCleanOnesFullOfAccents(Corruption kind)
    {
        // The clean paragraphs' é and á are continuation bytes to cp437, and their ã, õ, “ and ” no character of it: they
        // outvoted the damaged paragraph. A page that reads no line as more damage than genuine text explains no damage,
        // and is not taken over one that reads the damaged paragraph whole.
        var paragraph = "A cal\u00E7ada do pr\u00E9dio ficou cheia. \u201CEu voltei,\u201D contou ela, emocionada.";
        var clean = "As obras de renova\u00E7\u00E3o terminaram em mar\u00E7o, e a biblioteca reabriu na ter\u00E7a-feira.\n\n"
            + "A prefeitura diz que as cole\u00E7\u00F5es est\u00E3o \u201Cmais acess\u00EDveis do que nunca\u201D, segundo a dire\u00E7\u00E3o.\n\n"
            + "\u00C0 tarde, os leitores j\u00E1 ocupavam as mesas, e ningu\u00E9m reclamou do sil\u00EAncio.\n\n";
        AssertRepairsOneParagraphAmongCleanOnes(clean, paragraph, kind);
    }

    [Fact]
    public void APoundSignThatKoi8RReadsAsACyrillicWordIsRepairedInEnglish()
    {
        // KOI8-R shows £ (C2 A3) as "бё", two Cyrillic letters the character model finds as natural after a space as £,
        // which it seldom saw. An English line does not turn Cyrillic for one word: where that is all its damage, it is
        // repaired as the lines around it are.
        var clean = "The pier reopens after a \u00A34.2m restoration.\n"
            + "\u201CIt\u2019s been a long wait,\u201D said the mayor \u2014 and the crowd cheered.\n"
            + "Adults will pay \u00A31.50, and children go free.\n"
            + "The caf\u00E9 at the end of the pier opens at ten.\n";
        AssertRepairedWhole(clean, Corruption.Koi8R);
    }

    [Fact]
    public void RussianWithOneParagraphMisreadAsCp866IsRepairedAmongCleanOnes()
    {
        // cp866 is a Russian page: the clean paragraphs read through it as genuine text, and some of their words as
        // UTF-8 (висел as ви + U+196B); the damaged paragraph's lines alone read as damage.
        var clean = "\u0412 \u0434\u0435\u0440\u0435\u0432\u043D\u0435 \u0432\u0441\u0435 \u0437\u043D\u0430\u043B\u0438 \u0441\u0442\u0430\u0440\u0443\u044E \u043C\u0435\u043B\u044C\u043D\u0438\u0446\u0443 \u0443 \u0440\u0435\u043A\u0438. \u041D\u0430 \u0441\u0442\u0435\u043D\u0435 \u0432\u0438\u0441\u0435\u043B \u0441\u0442\u0430\u0440\u044B\u0439 \u0444\u043E\u043D\u0430\u0440\u044C.\n\n"; // В деревне все знали старую мельницу у реки. На стене висел старый фонарь.
        var damaged = "\u0423\u0442\u0440\u043E\u043C \u043C\u044B \u0432\u044B\u0448\u043B\u0438 \u0438\u0437 \u0434\u043E\u043C\u0430 \u0440\u0430\u043D\u043E, \u043F\u043E\u043A\u0430 \u0433\u043E\u0440\u043E\u0434 \u0435\u0449\u0451 \u0441\u043F\u0430\u043B.\n\n"; // Утром мы вышли из дома рано, пока город ещё спал.
        var text = clean + clean + Corruptor.Corrupt(damaged, Corruption.Cp866) + clean + clean;
        Assert.Equal(clean + clean + damaged + clean + clean, Repairer.Repair(text).Text);
    }

    [Fact]
    public void EmptyInputStaysEmpty()
    {
        var result = Repairer.Repair("");
        Assert.Equal("", result.Text);
        Assert.True(result.Summary.IsClean);
    }
}
