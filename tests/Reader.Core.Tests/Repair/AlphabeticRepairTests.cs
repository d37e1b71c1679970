using Reader.Core.Repair;

namespace Reader.Core.Tests.Repair;

/// <summary>
/// Repair of alphabetic scripts (en, es, pt, nl, ru): undecided letters spelled from the word table, rebuilt quotes
/// and dashes chosen by typography. Fixtures in <c>Fixtures/alpha</c> (written for these tests, two topics a language, three for Russian)
/// are damaged each way and scored character by character; floors are the measured accuracy less a little.
/// </summary>
public class AlphabeticRepairTests
{
    private static readonly MojibakeRepairer Repairer = new();

    private static readonly string[] Fixtures =
        ["en-science", "en-workshop", "es-cocina", "es-viaje", "nl-fietsen", "nl-weer", "pt-escola", "pt-mercado", "ru-dacha", "ru-nauka", "ru-poezd"];

    public static TheoryData<string> FixtureNames() => [.. Fixtures];

    // Every fixture, every corruption kind, at least this accurate; the exceptions are below with their measured floors.
    private const double DefaultFloor = 0.99;

    private static readonly Dictionary<(string, Corruption), double> Floors = new()
    {
        // 🐈 behind one lost byte of cp1252/cp1254/cp1250 is 🍈 🏈 🐈 alike; no model can tell.
        [("en-science", Corruption.Cp1252Dropped)] = 0.95,
        [("en-science", Corruption.Cp1252Replaced)] = 0.95,
        [("en-science", Corruption.Cp1254Dropped)] = 0.95,
        [("en-science", Corruption.Cp1254DroppedShyStripped)] = 0.95,
        [("en-science", Corruption.Cp1250Dropped)] = 0.95,
        [("pt-escola", Corruption.Cp1252Dropped)] = 0.95,
        [("pt-escola", Corruption.Cp1252Replaced)] = 0.95,
        [("pt-escola", Corruption.Cp1254Dropped)] = 0.95,
        [("pt-escola", Corruption.Cp1254DroppedShyStripped)] = 0.95,
        // Latin-1 with its C1 bytes stripped loses both continuation bytes of every quote and dash, and the second
        // byte of every Cyrillic letter from р to я: single or double quote, emoji and some word choices stay guesses.
        [("en-science", Corruption.Latin1Stripped)] = 0.78,
        [("en-workshop", Corruption.Latin1Stripped)] = 0.88,
        [("es-cocina", Corruption.Latin1Stripped)] = 0.96,
        // nl-fietsen quotes in older print's low-opening style („…”), and nl-weer cites with “…”, which latin-1 leaves as
        // the ‘…’ Dutch quotes with most today.
        [("nl-fietsen", Corruption.Latin1Stripped)] = 0.7,
        [("nl-weer", Corruption.Latin1Stripped)] = 0.75,
        [("pt-escola", Corruption.Latin1Stripped)] = 0.95,
        [("ru-dacha", Corruption.Latin1Stripped)] = 0.93,
        [("ru-nauka", Corruption.Latin1Stripped)] = 0.98,
        [("ru-poezd", Corruption.Latin1Stripped)] = 0.96,
        // Misread twice with bytes lost: the emoji above, whose other bytes went with the inner layer's losses.
        [("en-science", Corruption.Cp1252TwiceOuterDropped)] = 0.95,
        [("pt-escola", Corruption.Cp1252TwiceOuterDropped)] = 0.95,
        [("en-science", Corruption.Cp1252TwiceDropped)] = 0.95,
        [("pt-escola", Corruption.Cp1252TwiceDropped)] = 0.95,
        [("en-science", Corruption.Cp1254TwiceDropped)] = 0.95,
        [("pt-escola", Corruption.Cp1254TwiceDropped)] = 0.95,
    };

    public static TheoryData<string, Corruption> Cases()
    {
        var cases = new TheoryData<string, Corruption>();
        foreach (var fixture in Fixtures)
        {
            foreach (var kind in Enum.GetValues<Corruption>())
            {
                cases.Add(fixture, kind);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RestoresTheDamagedCharacters(string fixture, Corruption kind)
    {
        var clean = Clean(fixture);
        var damaged = Corruptor.Corrupt(clean, kind);
        Assert.NotEqual(clean, damaged);
        var accuracy = RepairScore.Accuracy(clean, Repairer.Repair(damaged).Text);
        var floor = Floors.GetValueOrDefault((fixture, kind), DefaultFloor);
        Assert.True(accuracy >= floor, $"{fixture} {kind}: {accuracy:P2} < {floor:P1}");
    }

    [Fact]
    public void AWordOfTwoLettersKeepsItsSecondLowerCaseUnlessAWordOfCapitalsStandsBeside()
    {
        // Stripping the soft hyphen takes the AD of \u00ED along with the 8D of \u00CD that cp1254 lacks: "S\u00C3." is "S\u00ED." or
        // "S\u00CD.", which the case-folded models read alike; a word of capitals beside it says which.
        const string dialogue = "La barca\n\n\u2014\u00BFLa conoce usted? \u2014pregunt\u00F3 el viejo.\n\u2014S\u00ED. La vi ayer en el puerto, con las redes todav\u00EDa mojadas.\n\u2014\u00BFY qu\u00E9 le dijo?\n\u2014Nada. \u00C9l nunca habla con los forasteros.\n\u00A1S\u00CD, SE\u00D1OR! \u2014grit\u00F3 el muchacho desde la orilla.\n"; // La barca  —¿La conoce usted? —preguntó el viejo. —Sí. La vi ayer en el puerto, con las redes todavía mojadas. —¿Y qué le dijo? —Nada. Él nunca habla con los forasteros. ¡SÍ, SEÑOR! —gritó el muchacho desde la orilla.
        Assert.Equal(dialogue, Repairer.Repair(Corruptor.Corrupt(dialogue, Corruption.Cp1254DroppedShyStripped)).Text);
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void CleanFixturesComeBackIdentical(string fixture)
    {
        var clean = Clean(fixture);
        var result = Repairer.Repair(clean);
        Assert.Equal(clean, result.Text);
        Assert.True(result.Summary.IsClean);
    }

    [Theory]
    [InlineData("\u041E\u043D \u0441\u043A\u0430\u0437\u0430\u043B: \u00AB\u0412\u0441\u0451 \u0432 \u043F\u043E\u0440\u044F\u0434\u043A\u0435\u00BB \u2014 \u0438 \u0443\u0448\u0451\u043B \u0434\u043E\u043C\u043E\u0439.")]
    [InlineData("S\u00C3O PAULO \u2014 A capital paulista amanheceu com chuva; o tr\u00E2nsito na Marginal ficou parado.")]
    [InlineData("\u00C4rger \u00FCber \u00D6lpreise: \u201EDas ist zu teuer\u201C, sagte sie. Stra\u00DFe, Ma\u00DF und Gr\u00FC\u00DFe.")]
    [InlineData("\u00C7a co\u00FBte 5 \u20AC \u2014 c\u2019est \u00AB g\u00E9nial \u00BB ! \u00C0 bient\u00F4t, Z\u00FCrich et S\u00E3o Tom\u00E9.")]
    [InlineData("Espa\u00F1ol: \u00BFQu\u00E9 tal? \u00A1Muy bien! El ni\u00F1o comi\u00F3 pi\u00F1a \u2014 \u00ABsin az\u00FAcar\u00BB.")]
    [InlineData("O \u00E2mbito do projeto \u00E9 amplo: o \u00E2ngulo, a \u00E2ncora e o \u00E2nimo da equipa. \u00C2ngela p\u00E2te.")]
    [InlineData("Le g\u00E2teau et la p\u00E2te: \u00E2ge, \u00E2me, ch\u00E2teau, t\u00E2che, b\u00E2ton.")]
    [InlineData("<day type=\"sat\">S\u00E2m</day>\n<day type=\"sat\">S\u00E2</day>\n<day type=\"sat\">S\u00E2m</day>")]
    [InlineData("\u00E2i \u2192 \u0268j ;\nu\u00E2 \u2192 w\u0268 ;\n\u00E2 \u2192 \u0268 ;\nR\u00E2mnicu \u00EEi \u00EEnchide.")]
    [InlineData("A text about encodings: in latin-1 the letter \u00D1 (0xD1) and \u00D0 (0xD0) lead Cyrillic bytes, e.g. \u00D0\u00BF for \u043F.")]
    [InlineData("Our old export showed \u00C3\u00A9 where \u00E9 should be, and \u00E2\u20AC\u2122 for \u2019 in names like O\u2019Brien.")]
    [InlineData("Read with the wrong code page, caf\u00E9 turns into caf\u00C3\u00A9 and na\u00EFve into na\u00C3\u00AFve.")]
    public void GenuineTextThatLooksDamagedIsLeftAlone(string text)
    {
        var result = Repairer.Repair(text);
        Assert.Equal(text, result.Text);
        Assert.True(result.Summary.IsClean);
    }

    [Theory]
    [InlineData("pt-escola", Corruption.Cp1252Dropped)]
    [InlineData("pt-mercado", Corruption.Cp1254Dropped)]
    [InlineData("es-viaje", Corruption.Cp1252Dropped)]
    [InlineData("nl-weer", Corruption.Cp1254Dropped)]
    [InlineData("ru-nauka", Corruption.Cp1252Dropped)]
    public void CleanParagraphsOfAPartlyDamagedTextKeepTheirLoneAccentedLetters(string fixture, Corruption kind)
    {
        // "por que é que": a lone é in a clean paragraph could be a lead byte whose continuation bytes were lost.
        var clean = Clean(fixture);
        var repaired = Repairer.Repair(Corruptor.CorruptSomeParagraphs(clean, kind)).Text.Split("\n\n");
        var paragraphs = clean.Split("\n\n");
        Assert.Equal(paragraphs.Length, repaired.Length);
        for (var i = 1; i < paragraphs.Length; i += 2)
        {
            Assert.Equal(paragraphs[i], repaired[i]);
        }
    }

    [Fact]
    public void AWordOfSeveralLoneAccentedLettersInACleanParagraphStaysWhole()
    {
        // Each \u00E9 of "\u00E9\u00E9n" is a lone lead to latin-1 (the damaged line's \u00EF and \u00EB keep both bytes); the
        // decoder made \u9752\u9752 of them, and neither, put back alone beside the other, spelt a word.
        var clean = "Het venster werkt in de lijstmodus zoals in de rastermodus, met \u00E9\u00E9n uitzondering:";
        var damaged = "Penselen die vooraf zijn ge\u00EFnstalleerd kunt u niet wijzigen. Alleen penselen die u zelf hebt ge\u00EFnstalleerd of gecre\u00EBerd kunt u hernoemen.";
        var text = clean + "\n" + Corruptor.Corrupt(damaged, Corruption.Latin1Stripped);
        Assert.Equal(clean + "\n" + damaged, Repairer.Repair(text).Text);
    }

    [Theory]
    [InlineData("\u2018Mam!\u2019 riep ze naar beneden.", "\u2018Wist jij dat opa een kist vol brieven had?\u2019 Ze hield er een omhoog.")]
    [InlineData("\u201CCome in,\u201D she said.", "\u201CIt is colder than I thought,\u201D he replied, and shut the door.")]
    public void ASentenceThatLostItsQuotesBesideOneThatKeptThemIsRepaired(string kept, string lost)
    {
        // Latin-1 without C1 leaves the quotes of the second sentence lone "\u00E2"s; the first one's genuine quotes
        // show the paragraph is no latin-1 text, yet its other sentence was damaged all the same.
        var text = kept + " " + Corruptor.Corrupt(lost, Corruption.Latin1Stripped) + "\n";
        Assert.Equal(kept + " " + lost + "\n", Repairer.Repair(text).Text);
    }

    [Fact]
    public void ADashThatLostItsBytesIsRepairedBesideGenuineMarksInATextLatin1DamagedInPlaces()
    {
        // Every other sentence lost its bytes 80 to 9F: "\u2014 Perguntei-lhe" became "\u00E2 Perguntei-lhe", all the damage
        // of its sentence, in a line whose genuine dashes and accents say nothing of it.
        (string Clean, string Damaged)[] sentences =
        [
        ("A av\u00F3 estava sentada \u00E0 porta, a remendar a rede.", "N\u00E3o olhou para mim, mas sorriu; tamb\u00E9m n\u00E3o disse nada."), // A avó estava sentada à porta, a remendar a rede. | Não olhou para mim, mas sorriu; também não disse nada.
        ("O mar estava calmo naquela manh\u00E3 de mar\u00E7o.", "Os barcos j\u00E1 voltavam ao porto com pouca pesca e muita conversa \u00E0 mistura."), // O mar estava calmo naquela manhã de março. | Os barcos j\u00E1 voltavam ao porto com pouca pesca e muita conversa \u00E0 mistura.
        ("\u2014 Amanh\u00E3 o rapaz sai \u00E0s cinco \u2014 disse a av\u00F3.", "\u2014 Perguntei-lhe se te levava."), // — Amanhã o rapaz sai às cinco — disse a avó. | — Perguntei-lhe se te levava.
        ("Fiquei calado durante muito tempo.", "Depois levantei-me, peguei no caf\u00E9 e fui sentar-me ao lado dela, at\u00E9 ao anoitecer."), // Fiquei calado durante muito tempo. | Depois levantei-me, peguei no café e fui sentar-me ao lado dela, até ao anoitecer.
        ("\u2014 Est\u00E1 frio \u2014 disse eu.", "Ela encolheu os ombros e continuou a trabalhar, como fazia \u00E0s ter\u00E7as-feiras, em sil\u00EAncio."), // — Está frio — disse eu. | Ela encolheu os ombros e continuou a trabalhar, como fazia \u00E0s ter\u00E7as-feiras, em sil\u00EAncio.
        ];
        var clean = Corruptor.LinesOfPairs(sentences);
        Assert.Equal(clean, Repairer.Repair(Corruptor.CorruptSomeSentences(clean, Corruption.Latin1Stripped)).Text);
    }

    [Fact]
    public void LoneMarksBesideGenuineTurkishLettersShowLatin1NotTheTurkishPage()
    {
        // cp1254 reads the genuine \u011F and \u015F of the clean sentences as lead bytes that lost theirs, and so seems to explain
        // the text better than latin-1; but it keeps the bytes 80 to 9F, which the lone "\u00E2"s of the damaged quotes lost.
        (string Clean, string Damaged)[] sentences =
        [
        ("\u0130stanbul\u2019da sonbahar \u00E7ok g\u00FCzeldir.", "\u201CBug\u00FCn sis \u00E7ok g\u00FCzel,\u201D dedi bir bal\u0131k\u00E7\u0131."), // İstanbul’da sonbahar çok güzeldir. | “Bugün sis çok güzel,” dedi bir balıkçı.
        ("Mart\u0131lar vapurun etraf\u0131nda d\u00F6ner.", "\u00C7ocuklar \u201Csimit, simit!\u201D diye g\u00FCler."), // Martılar vapurun etrafında döner. | Çocuklar “simit, simit!” diye güler.
        ("Ak\u015Fam g\u00FCne\u015F batarken \u015Fehir turuncuya boyan\u0131r.", "\u201CBu kentte her g\u00FCn \u00E7ok g\u00FCzel,\u201D dedim."), // Akşam güneş batarken şehir turuncuya boyanır. | “Bu kentte her gün çok güzel,” dedim.
        ];
        var clean = Corruptor.LinesOfPairs(sentences);
        Assert.Equal(clean, Repairer.Repair(Corruptor.CorruptSomeSentences(clean, Corruption.Latin1Stripped)).Text);
    }

    [Fact]
    public void ADashThatLostItsBytesBetweenTwoWordsIsRepairedBesideAGenuineApostrophe()
    {
        // The first line lost its quotes as a whole; in the second, "morning\u00E2with" stands beside a genuine \u2019.
        var damagedLine = "\u201CIt is colder than I thought,\u201D he said.";
        var kept = "That\u2019s fine for one cup.";
        var lost = "Making four on a Sunday morning\u2014with everyone hovering\u2014is a small workout.";
        var text = Corruptor.Corrupt(damagedLine, Corruption.Latin1Stripped) + "\n" + kept + " " + Corruptor.Corrupt(lost, Corruption.Latin1Stripped) + "\n";
        Assert.Equal(damagedLine + "\n" + kept + " " + lost + "\n", Repairer.Repair(text).Text);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1254Dropped)]
    [InlineData(Corruption.Cp1250Dropped)]
    public void RussianLettersBehindLostBytesAreSpelledAsKnownWords(Corruption kind)
    {
        // с э я ю behind cp1252's lost bytes: one lead byte, five candidates each.
        var clean = "\u042D\u0442\u043E \u0431\u044B\u043B\u0430 \u043D\u0435\u0431\u043E\u043B\u044C\u0448\u0430\u044F \u044F\u0440\u043C\u0430\u0440\u043A\u0430, \u0438 \u0432\u0441\u0435 \u043F\u043E\u0441\u0435\u0442\u0438\u0442\u0435\u043B\u0438 \u0441\u043B\u0443\u0448\u0430\u043B\u0438 \u044D\u0442\u0443 \u043C\u0443\u0437\u044B\u043A\u0443.";
        AssertRepairedWhole(clean, kind);
    }

    [Fact]
    public void ARussianCaseEndingIsTheOneRunningTextUsesAfterTheVerb()
    {
        // ю (D1 8E) and я (D1 8F) both lose their last byte in cp1254: информацию and информация are both words, and
        // only sentences (not word lists) show that "выводит" takes the accusative.
        var clean = "\u041A\u043E\u043C\u0430\u043D\u0434\u0430 \u0432\u044B\u0432\u043E\u0434\u0438\u0442 \u0438\u043D\u0444\u043E\u0440\u043C\u0430\u0446\u0438\u044E \u043E \u0444\u0430\u0439\u043B\u0430\u0445 \u0438 \u043A\u0430\u0442\u0430\u043B\u043E\u0433\u0430\u0445.\n" // Команда выводит информацию о файлах и каталогах.
            + "\u0421 \u044D\u0442\u0438\u043C \u043A\u043B\u044E\u0447\u043E\u043C \u043E\u043D\u0430 \u043D\u0435 \u0432\u044B\u0432\u043E\u0434\u0438\u0442 \u0438\u043D\u0444\u043E\u0440\u043C\u0430\u0446\u0438\u044E \u043E \u0433\u0440\u0443\u043F\u043F\u0435.\n"; // С этим ключом она не выводит информацию о группе.
        AssertRepairedWhole(clean, Corruption.Cp1254Dropped);
    }

    [Theory]
    [InlineData("\u0422\u044B \u0437\u043D\u0430\u0435\u0448\u044C, \u0447\u0442\u043E \u044D\u0442\u0430 \u043F\u0440\u043E\u0433\u0440\u0430\u043C\u043C\u0430 \u0432\u044B\u0432\u043E\u0434\u0438\u0442 \u0441\u043F\u0440\u0430\u0432\u043A\u0443 \u0438 \u0437\u0430\u043A\u0430\u043D\u0447\u0438\u0432\u0430\u0435\u0442 \u0440\u0430\u0431\u043E\u0442\u0443?")] // Ты знаешь, что эта программа выводит справку и заканчивает работу?
    [InlineData("\u0421\u0435\u0433\u043E\u0434\u043D\u044F \u043E\u0447\u0435\u043D\u044C \u0445\u043E\u043B\u043E\u0434\u043D\u043E, \u043F\u043E\u044D\u0442\u043E\u043C\u0443 \u044F \u043E\u0441\u0442\u0430\u043B\u0441\u044F \u0434\u043E\u043C\u0430.")] // Сегодня очень холодно, поэтому я остался дома.
    [InlineData("\u041E\u043D \u0441\u043F\u0440\u043E\u0441\u0438\u043B, \u043F\u043E\u0447\u0435\u043C\u0443 \u0442\u044B \u043D\u0435 \u043F\u0440\u0438\u0448\u0451\u043B \u043D\u0430 \u0432\u0441\u0442\u0440\u0435\u0447\u0443.")] // Он спросил, почему ты не пришёл на встречу.
    [InlineData("\u0423\u0447\u0451\u043D\u044B\u0435 \u043E\u0431\u044A\u044F\u0432\u0438\u043B\u0438 \u043E \u043D\u043E\u0432\u043E\u043C \u043E\u0442\u043A\u0440\u044B\u0442\u0438\u0438, \u0438 \u0432\u0441\u0435 \u0441 \u043D\u0438\u043C\u0438 \u0441\u043E\u0433\u043B\u0430\u0441\u043D\u044B.")] // Учёные объявили о новом открытии, и все с ними согласны. (counted as ученые: most text writes ё as е)
    public void RussianBehindStrippedC1BytesIsSpelledAsRunningTextUsesIt(string clean)
    {
        // Latin-1 without its C1 bytes leaves every р..я undecided: я/с, ты/уч, эта/ста are all words, and only how
        // often each is written, and next to what (заканчивает работу, not работы), tells them apart.
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Theory]
    [InlineData("\u041F\u0440\u043E\u0433\u0440\u0430\u043C\u043C\u0430 \u0440\u0430\u0431\u043E\u0442\u0430\u0435\u0442 \u043D\u0430 \u0440\u0430\u0437\u043D\u044B\u0445 \u0430\u0440\u0445\u0438\u0442\u0435\u043A\u0442\u0443\u0440\u0430\u0445 \u0438 \u043F\u043E\u0434\u0434\u0435\u0440\u0436\u0438\u0432\u0430\u0435\u0442 \u0437\u0435\u0440\u043A\u0430\u043B\u0438\u0440\u043E\u0432\u0430\u043D\u0438\u0435 \u043A\u0430\u0442\u0430\u043B\u043E\u0433\u043E\u0432.")] // Программа работает на разных архитектурах и поддерживает зеркалирование каталогов.
    [InlineData("\u0421\u043F\u0438\u0441\u043E\u043A \u043F\u043E\u0434\u0434\u0435\u0440\u0436\u0438\u0432\u0430\u0435\u043C\u044B\u0445 \u0430\u0440\u0445\u0438\u0442\u0435\u043A\u0442\u0443\u0440 \u043C\u043E\u0436\u043D\u043E \u043D\u0430\u0439\u0442\u0438 \u043D\u0430 \u0441\u0430\u0439\u0442\u0435 \u043F\u0440\u043E\u0435\u043A\u0442\u0430.")] // Список поддерживаемых архитектур можно найти на сайте проекта.
    public void ARussianFormNoDictionaryHoldsIsReadAsAKnownStemWithACommonEnding(string clean)
    {
        // The dictionary lists архитектура without a plural and lacks зеркалирование; behind latin-1 without its C1 bytes
        // most of their letters are undecided, and the character model alone spelt "ающитекстрая".
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Theory]
    [InlineData("\u041A\u0430\u0436\u0434\u044B\u0439 \u043F\u0430\u0440\u0430\u043C\u0435\u0442\u0440 \u043D\u0435\u0439\u0440\u043E\u0441\u0435\u0442\u0438 \u0445\u0440\u0430\u043D\u0438\u0442\u0441\u044F \u0432 \u043F\u0430\u043C\u044F\u0442\u0438 \u043A\u0430\u043A \u0447\u0438\u0441\u043B\u043E.", Corruption.Cp1252Dropped)] // Каждый параметр нейросети хранится в памяти как число.
    public void ARussianCompoundNoDictionaryHoldsIsReadAsAKnownWordJoinedOn(string clean, Corruption kind)
    {
        // cp1252 lacks 0x81, so the с of нейросети (D1 81) is lost and may as well be э (D1 8D); no dictionary holds
        // нейросети, and the stems spelt the rare "нейроэндокринный" into "нейроэети". The word after нейро, сети, is common.
        AssertRepairedWhole(clean, kind);
    }

    [Theory]
    [InlineData("\u041F\u0440\u043E\u0433\u0440\u0430\u043C\u043C\u0430 \u0443\u043C\u0435\u0435\u0442 \u043A\u043E\u043F\u0438\u0440\u043E\u0432\u0430\u0442\u044C, \u043F\u0435\u0440\u0435\u0438\u043C\u0435\u043D\u043E\u0432\u044B\u0432\u0430\u0442\u044C, \u0443\u0434\u0430\u043B\u044F\u0442\u044C \u0444\u0430\u0439\u043B\u044B \u0438 \u0442.\u0434.")] // Программа умеет копировать, переименовывать, удалять файлы и т.д.
    [InlineData("\u041C\u043E\u0436\u043D\u043E \u0432\u044B\u0431\u0440\u0430\u0442\u044C \u0448\u0440\u0438\u0444\u0442, \u0446\u0432\u0435\u0442, \u0440\u0430\u0437\u043C\u0435\u0440 \u0438 \u0442. \u0434.")] // Можно выбрать шрифт, цвет, размер и т. д.
    public void AOneLetterAbbreviationIsReadWithTheLetterAfterItsFullStop(string clean)
    {
        // т (D1 82) loses its second byte behind latin-1 without C1 bytes; alone, я and с are far likelier words, and
        // only the д after the full stop says it is "и т. д." (and so on).
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Theory]
    [InlineData("\u0420\u0435\u043F\u043E\u0437\u0438\u0442\u043E\u0440\u0438\u0439 \u2014 \u044D\u0442\u043E \u043A\u0430\u0442\u0430\u043B\u043E\u0433 \u0441 \u043F\u0430\u043A\u0435\u0442\u0430\u043C\u0438.")] // Репозиторий — это каталог с пакетами.
    [InlineData("\u042F\u0434\u0440\u043E \u2014 \u044D\u0442\u043E \u043E\u0441\u043D\u043E\u0432\u0430 \u043E\u043F\u0435\u0440\u0430\u0446\u0438\u043E\u043D\u043D\u043E\u0439 \u0441\u0438\u0441\u0442\u0435\u043C\u044B.")] // Ядро — это основа операционной системы.
    public void AWordAfterASpacedDashIsReadAsRunningTextUsesItThere(string clean)
    {
        // э (D1 8D) and ч (D1 87) both lose their second byte behind latin-1 without C1 bytes; alone "что" is the
        // likelier word, after a dash ("X \u2014 это Y") "это" is.
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void ANameNoDictionaryHoldsStartsItsSentenceWithACapital()
    {
        // Í lost its byte to cp1252; with no soft hyphen left in the text, the lost byte may also be í's AD. Only the web
        // crawl's word list knows Íñigo, and after a full stop the word starts a sentence.
        const string clean = "Lleg\u00F3 tarde a la reuni\u00F3n. \u2014\u00BFD\u00F3nde estabas? \u2014pregunt\u00F3 \u00D3scar. "
            + "\u00CD\u00F1igo no contest\u00F3; dej\u00F3 el informe sobre la mesa y se sent\u00F3 junto a la ventana.";
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Cp1252Dropped)).Text;
        Assert.Equal(clean, repaired);
    }

    [Fact]
    public void RebuiltQuotesAndDashesFollowTheirPlace()
    {
        var clean = "At the caf\u00E9 she said \u201Cyes\u201D \u2014 then ordered cr\u00E8me br\u00FBl\u00E9e for \u20AC5\u2026 on pages 12\u201318 it\u2019s all there.";
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Theory]
    [InlineData("It\u2019s a small town \u2014 everyone knows everyone.")]
    [InlineData("I\u2019m sure we\u2019ll manage; they don\u2019t mind and she\u2019d agree.")]
    [InlineData("She said \u201Chello\u201D and left.")]
    public void ShortTextWhoseOnlyDamageIsItsApostrophesAndDashesIsRepaired(string clean)
    {
        // The apostrophe of a contraction stands inside a word (Itâs, donât), an opening quote before a lower-case word
        // that a closing one follows (âhelloâ): places no genuine "â" takes either.
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Theory]
    [InlineData("\u201CI have not the pleasure,\u201D said he. \u201CI hope you are well.\u201D")]
    [InlineData("It was a lucky recollection\u2014it saved her from worse. Nobody\u2019s fault, I\u2019m sure.")]
    [InlineData("A quiet man with a beard\u2014whom I didn\u2019t know\u2014sat down. \u201CWell,\u201D he said.")]
    [InlineData("He paused;\u2014then he spoke: \u201Cwhat now?\u201D and she said\u2014\u201CA little.\u201D")]
    [InlineData("Sales grew in the 1990\u2019s and again in 2022\u20132023\u2019s \u201Cboom\u201D.")]
    [InlineData("O\u2019Brien said \u201Cl\u2019homme\u201D means the man, ma\u2019am, and it\u2019s French.")]
    public void ADashBetweenWordsIsNoApostropheUnlessItEndsAContraction(string clean)
    {
        // Through latin-1 without C1 bytes ’, “ and — are each a lone "â": only the words beside it tell them apart. An
        // apostrophe ends a contraction (don’t) or elides a one-letter word (l’, O’); between other words stands a
        // dash, and before "I" an opening quote, not the apostrophe of Dutch ’s or ’t.
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Theory]
    [InlineData("\u2014\u00BFVienes ma\u00F1ana a la reuni\u00F3n? \u2014pregunt\u00F3 Pablo sin levantar la vista del libro.\n\n\u2014No lo s\u00E9 \u2014respondi\u00F3 Luc\u00EDa\u2014. Depende de si el informe est\u00E1 listo.")]
    [InlineData("\u2014 N\u00E3o sei \u2014 respondeu ela. \u2014 Depende do relat\u00F3rio, que ainda n\u00E3o est\u00E1 pronto.")]
    public void SpanishAndPortugueseDialogueKeepsItsDashes(string clean)
    {
        // Latin-1 without C1 bytes leaves "â" for both — and “: a line of dialogue opens with a dash, and the dashes
        // around what the narrator says (—preguntó, —respondió Lucía—.) pair with nothing as quotes would.
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Theory]
    [InlineData("\u201CEspaciado\u201D es la distancia entre las marcas del pincel cuando traza una pincelada con el puntero.\n\u201CTextos de Capa\u201D s\u00E3o certas passagens de texto que s\u00E3o listadas como tal na nota da Licen\u00E7a.")]
    [InlineData("Puede abrir el di\u00E1logo \u201CIm\u00E1genes\u201Ddel men\u00FA de la imagen, que muestra la lista.\nNota\u00E7\u00E3o infixa: 1 + 23 (a maneira em que \u201Cgeralmente\u201Dse escreve) \u00E9 a mais comum.")]
    public void AQuotedTermIsNoDialogueNorADash(string clean)
    {
        // Latin-1 without C1 bytes leaves "â" for both — and “. A line that opens by quoting a term of a few words closes
        // it right after the last word, where dialogue would set its dash apart (—Vamos —dijo Juan—); and a quotation
        // still open at a dash that joins two words closes there, its space forgotten.
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void ATextThatQuotesWithGuillemetsSetsItsAsidesWithDashes()
    {
        // Behind latin-1 without C1 bytes « and » stand whole (C2 AB, C2 BB) while “ and — are each a lone "â". A text
        // that quotes with « » elsewhere sets a remark off with dashes, not quotes, in lines with no « » of their own.
        var clean = "La alcaldesa dijo: \u00ABEl mercado abrir\u00E1 en marzo\u00BB.\n"
            + "La obra \u2014que empez\u00F3 hace dos a\u00F1os\u2014 cost\u00F3 m\u00E1s de lo previsto.\n";
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void ATextThatQuotesWithGuillemetsQuotesAQuestionWithDoubleQuotesRatherThanSingleOnes()
    {
        // Behind latin-1 without C1 bytes “ and ‘ are each a lone "â". A text that quotes with « » uses “ ” as its
        // next level, and ‘ ’ only after that: a quotation that opens on a question is double.
        var clean = "La alcaldesa dijo: \u00ABEs una inversi\u00F3n necesaria\u00BB.\n"
            + "Los vecinos no est\u00E1n convencidos: \u201C\u00BFY qui\u00E9n pagar\u00E1 los retrasos?\u201D, pregunt\u00F3 uno de ellos.\n";
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void ASpanishNarrativeOpensAShortLineOfDialogueWithADash()
    {
        // Behind latin-1 without C1 bytes — and “ are each a lone "â". "—¿Y ahora qué hacemos? —murmuró Tomás." holds
        // too few Spanish words to tell its language, and a mark after its question may close a quotation; the text
        // around it is Spanish through and through, whose narrative opens dialogue with a dash.
        var clean = "El tren se detuvo en medio del campo y los pasajeros se miraron con la misma pregunta en los ojos. "
            + "Por la ventanilla solo se ve\u00EDan olivos y una casa blanca a lo lejos.\n\n"
            + "\u2014\u00BFY ahora qu\u00E9 hacemos? \u2014murmur\u00F3 Tom\u00E1s.\n\n"
            + "\u2014Esperar, como todos \u2014contest\u00F3 su hermana sin levantar la vista del libro.\n";
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void AQuotationInsideADoubleOneIsSingle()
    {
        // ‘ and “ lose the same bytes behind latin-1 without C1 bytes; inside a quotation the inner one is the single.
        var clean = "\u201CIt is true that \u2018For Mrs. Henry Baker\u2019 was printed on the card,\u201D said he. \u201CI saw it.\u201D";
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void DutchQuotesWithSingleQuotesWhereNoneStandWhole()
    {
        // Latin-1 without C1 bytes leaves every quote a lone "\u00E2"; nothing in the text tells ‘ from “, but Dutch
        // quotes with ‘…’ most. Its "al" is no Spanish word that would open the line with a dialogue dash.
        var clean = "De nieuwe brug over het Spaarne is zaterdag geopend. Het project heeft ruim twee jaar geduurd.\n"
            + "\u2018Dit is een brug waar de stad al dertig jaar over praat\u2019, zei de wethouder. \u2018Ik ben trots op de bewoners die al die tijd zijn blijven meedenken.\u2019\n";
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void DutchSetsAnAsideBetweenSpacedEmDashesAndAListAfterEnDashes()
    {
        // Behind latin-1 without C1 bytes \u2013 and \u2014 are the same lone "\u00E2": between spaces the em dash Dutch
        // prose sets around an aside, at a line's start the en dash of a list.
        var clean = "De nieuwe brug \u2014 twee jaar in aanbouw \u2014 is zaterdag geopend, met \u00E9\u00E9n fietspad.\n"
            + "Wat het beste werkte in de tuin, en wat ik volgend jaar niet meer doe:\n"
            + "\u2013 \u2019s avonds water geven in plaats van overdag;\n"
            + "\u2013 niet alles tegelijk zaaien, maar om de twee weken een beetje.\n";
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void EnglishSetsAnAsideBetweenSpacedEmDashes()
    {
        var clean = "The bridge \u2014 two years in the making \u2014 opened on Saturday, and the whole town came to see it.\n";
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void ADashBetweenTwoRussianWordsIsNoApostropheWhateverTheirLettersLost()
    {
        // Latin-1 without C1 bytes leaves the dash a lone "\u00E2" and the \u0447 after it undecided; a word that cannot
        // be spelt may end a contraction in English, but Russian writes no apostrophe after \u0438.
        var clean = "\u041F\u043E\u0435\u0437\u0434\u043A\u0430 \u0437\u0430\u0439\u043C\u0451\u0442 \u0442\u0440\u0438\u2014\u0447\u0435\u0442\u044B\u0440\u0435 \u0447\u0430\u0441\u0430, \u0435\u0441\u043B\u0438 \u043D\u0435 \u0431\u0443\u0434\u0435\u0442 \u043F\u0440\u043E\u0431\u043E\u043A."; // Поездка займёт три—четыре часа, если не будет пробок.
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Latin1Stripped)).Text;
        Assert.DoesNotContain('\u2019', repaired);
        Assert.Equal(clean.IndexOf('\u2014'), repaired.IndexOf('\u2014'));
    }

    [Theory]
    [InlineData("El truco final \u2014y aqu\u00ED no admito discusi\u00F3n\u2014 es dejarlo enfriar al menos dos horas en la nevera.\n")]
    [InlineData("Mi consejo es empezar por lo b\u00E1sico \u2014add, commit, push, pull\u2014 y escribir buenos mensajes desde el primer d\u00EDa.\n")]
    [InlineData("Con esa historia puedes comparar versiones o descubrir \u2014con git blame\u2014 qui\u00E9n introdujo aquella l\u00EDnea.\n")]
    [InlineData("Mi primer proyecto \u201Cserio\u201D de programaci\u00F3n era una carpeta llena de archivos con nombres como final.py.\n")]
    public void SpanishSetsAnAsideBetweenUnspacedEmDashesWhereQuotesCouldStand(string clean)
    {
        // Latin-1 without C1 bytes leaves \u2014 and the quotes \u201C \u201D as the same lone "\u00E2", and an aside that
        // faces outwards stands where a quotation would; one that opens with a conjunction or a preposition, or lists with
        // commas, is an aside, a term (\u201Cserio\u201D) a quotation.
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void ADashBeforeACommaClosesASpacedAside()
    {
        var clean = "Depois de anos resistindo \u00E0 ideia \u2014 sempre fui daqueles que dizem que \u201Cnada substitui o papel\u201D \u2014, finalmente comprei um leitor digital.\n";
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void AListThatLostItsBulletsIsRepairedBesideCleanParagraphs()
    {
        // The first half lost its bytes 80 to 9F: each bullet \u2014 is a lone "\u00E2" at the line's start, and a few
        // accents (Le\u00F3n as "Le\u00C3\u00B3n") show latin-1. The clean half's genuine accents stand alone as lead bytes
        // would, too many for the bullets alone to tell the damage.
        var damaged = "Esta es la receta de mi abuela, sin olla expr\u00E9s, porque el secreto est\u00E1 en el fuego lento.\n"
            + "Ingredientes para cuatro raciones:\n"
            + "\u2014 400 g de lentejas pardinas\n"
            + "\u2014 1 chorizo de Le\u00F3n\n"
            + "\u2014 1 cebolla y 2 dientes de ajo\n";
        var clean = "Se sofr\u00EDe la cebolla a fuego medio hasta que est\u00E9 dorada \u2014 unos diez minutos \u2014 y se a\u00F1ade el piment\u00F3n.\n"
            + "Despu\u00E9s se echan las lentejas, el chorizo y agua fr\u00EDa, y se deja cocer una hora larga.\n"
            + "Mi abuela dec\u00EDa que las lentejas saben mejor al d\u00EDa siguiente, y ten\u00EDa raz\u00F3n.\n";
        Assert.Equal(damaged + clean, Repairer.Repair(Corruptor.Corrupt(damaged, Corruption.Latin1Stripped) + clean).Text);
    }

    [Fact]
    public void EnglishStillQuotesWithDoubleQuotesWhereNoneStandWhole()
    {
        var clean = "The new bridge over the river opened on Saturday after two years of work.\n"
            + "\u201CThis is a bridge the city has talked about for thirty years,\u201D the alderman said. \u201CI am proud of the residents.\u201D\n";
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Theory]
    [InlineData("\u0412 \u0431\u0438\u0431\u043B\u0438\u043E\u0442\u0435\u043A\u0435 \u2116 1 \u0432\u0441\u0451 \u0433\u043E\u0442\u043E\u0432\u043E \u043A \u043E\u0442\u043A\u0440\u044B\u0442\u0438\u044E.", true)]
    [InlineData("\u0421\u043C\u043E\u0442\u0440\u0438\u0442\u0435 \u0441\u0442\u0440\u0430\u043D\u0438\u0446\u044B 12 \u2013 15 \u0432 \u043A\u043D\u0438\u0433\u0435.", false)]
    [InlineData("\u0414\u043B\u044F \u0437\u0430\u043F\u0435\u043A\u0430\u043D\u043A\u0438 \u043D\u0443\u0436\u0435\u043D \u0442\u0432\u043E\u0440\u043E\u0433 \u2014 500 \u0433.", false)] // Для запеканки нужен творог — 500 г.
    [InlineData("\u0414\u043B\u0438\u043D\u0430 \u043D\u0430\u0431\u0435\u0440\u0435\u0436\u043D\u043E\u0439 \u2014 1,2 \u043A\u0438\u043B\u043E\u043C\u0435\u0442\u0440\u0430.", false)] // Длина набережной — 1,2 километра.
    [InlineData("\u0417\u0430\u0432\u0442\u0440\u0430\u043A \u0434\u043B\u044F \u0433\u043E\u0441\u0442\u0435\u0439 \u2014 2 \u0448\u0442. \u043D\u0430 \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430.", false)] // Завтрак для гостей — 2 шт. на человека.
    public void ARussianNumberIsNumberedWithTheNumeroSignButNotARangeOrAnAmount(string clean, bool numbered)
    {
        // Through latin-1 without C1 bytes № (E2 84 96), – and — are each a lone "â": before a number in a Russian line
        // it is №; between two numbers, or before an amount (a unit, a fraction), it is not.
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Latin1Stripped)).Text;
        Assert.Equal(numbered, repaired.Contains('\u2116'));
    }

    [Theory]
    [InlineData("\u0414\u043B\u044F \u0442\u0435\u0441\u0442\u0430 \u043F\u043E\u043D\u0430\u0434\u043E\u0431\u044F\u0442\u0441\u044F \u044F\u0439\u0446\u0430 \u2014 2 \u0448\u0442. \u0438 \u0441\u0430\u0445\u0430\u0440 \u2014 4 \u0441\u0442. \u043B.", "2 \u0448\u0442.")] // Для теста понадобятся яйца — 2 шт. и сахар — 4 ст. л.
    [InlineData("\u0414\u043B\u044F \u0442\u0435\u0441\u0442\u0430 \u043F\u043E\u043D\u0430\u0434\u043E\u0431\u044F\u0442\u0441\u044F \u044F\u0439\u0446\u0430 \u2014 2 \u0448\u0442. \u0438 \u0441\u0430\u0445\u0430\u0440 \u2014 4 \u0441\u0442. \u043B.", "4 \u0441\u0442. \u043B.")]
    [InlineData("\u0417\u0430\u0440\u043F\u043B\u0430\u0442\u0430 \u0432\u044B\u0440\u043E\u0441\u043B\u0430 \u0434\u043E 85 \u0442\u044B\u0441. \u0440\u0443\u0431. \u0437\u0430 \u0433\u043E\u0434.", "85 \u0442\u044B\u0441.")] // Зарплата выросла до 85 тыс. руб. за год.
    public void ARussianUnitAfterANumberIsSpelledAsTheUnit(string clean, string amount)
    {
        // Latin-1 without C1 bytes leaves шт and ст "\u00D1\u00D1", as it leaves the far likelier word ты; after a number
        // and before a full stop, they are units.
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Latin1Stripped)).Text;
        Assert.Contains(amount, repaired);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void DamagedTextQuotesAsItsOwnLanguageDoesBesideACleanTextInAnother(bool dutchDamaged)
    {
        // Latin-1 without C1 bytes leaves every quote a lone "â". The clean text beside the damaged one (an English
        // original after its Dutch translation, or a Dutch one after English) quotes as its own language does: with
        // “…” in English, with ‘…’ in Dutch. What it shows whole says nothing of the quotes of the other.
        var dutch = "\u2018Wist jij dat opa een kist vol brieven had?\u2019 vroeg ze, en ze hield er een omhoog.\n\n"
            + "\u2018Geen idee\u2019, zei haar vader. \u2018Hij heeft het er nooit over gehad, ook niet met oma.\u2019\n\n"
            + "Ze bleven nog een uur op zolder zitten en lazen de brieven \u00E9\u00E9n voor \u00E9\u00E9n.\n";
        var english = "\u201CDid you know Grandad kept a chest full of letters?\u201D she asked, holding one up.\n\n"
            + "\u201CNo idea,\u201D said her father. \u201CHe never mentioned it, not even to Gran.\u201D\n\n"
            + "They sat in the attic for another hour and read the letters one by one.\n";
        var (damaged, clean) = dutchDamaged ? (dutch, english) : (english, dutch);
        var repaired = Repairer.Repair(Corruptor.Corrupt(damaged, Corruption.Latin1Stripped) + "\n" + clean).Text;
        Assert.Equal(damaged + "\n" + clean, repaired);
    }

    [Fact]
    public void AnApostropheThatOpensAOneLetterWordClosesNoQuotation()
    {
        // Behind latin-1 without C1 bytes the ’ of Dutch ’s is a lone "â" like the quotes around it: inside a quotation
        // it stays an apostrophe, and the quotation closes after "rotonde".
        var clean = "\u2018We hebben hier nu al \u2019s ochtends files tot aan de rotonde\u2019, zegt een buurtbewoner.";
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void ASoftHyphenIsRebuiltOnlyBetweenLetters()
    {
        // "Â " is a no-break space that became a plain space; its lost byte may not be that of a soft hyphen, which marks
        // where a word may break and never stands before a space.
        var clean = "C\u2019est devenu un rituel\u00A0: un caf\u00E9 serr\u00E9 au comptoir, puis une lente d\u00E9ambulation.";
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Cp1252NbspAsSpace)).Text;
        Assert.DoesNotContain('\u00AD', repaired);
        Assert.StartsWith("C\u2019est devenu un rituel", repaired);
    }

    [Fact]
    public void ACapitalThatLostItsByteSpellsTheWordRunningTextUsesBeforeItsNeighbour()
    {
        // Latin-1 without C1 bytes leaves À and É the same lone "Ã": "Às vezes" and "És vezes", "À noite" and "É noite"
        // are all words, which only how often each pair is written tells apart.
        AssertRepairedWhole("\u00C0s vezes n\u00E3o chove. \u00C0 noite lemos um livro de hist\u00F3rias. \u00C9 importante dormir bem.", Corruption.Latin1Stripped);
    }

    [Theory]
    [InlineData("It\u2019s 2.7\u00D7 faster and uses 10\u00D7 less memory \u2014 the \u201Cfast path\u201D works.")]
    [InlineData("Memory stays flat (\u2264 512 MB) and latency drops from 120 ms \u2192 45 ms; it\u2019s \u201Cdone\u201D.")]
    [InlineData("A tile is 30 \u00D7 30 cm, the wall 12 \u00D7 3 tiles; it\u2019s \u201Csquare\u201D enough.")]
    [InlineData("Atoms are 1\u20133 \u00C5 across; a chemist says \u201Cthe bond is 1.54 \u00C5 long\u201D \u2014 it\u2019s \u201Csmall\u201D.")]
    [InlineData("Open it from Windows \u2192 Dockable Dialogs \u2192 Fonts. The mayor \u2014 John Smith \u2014 agreed; it\u2019s \u201Cfine\u201D.")]
    [InlineData("The old path was: request \u2192 validate \u2192 serialise \u2192 send. It\u2019s \u201Cslow\u201D \u2014 we know.")]
    [InlineData("The final score was 3 \u2013 2, and the shop is open 9 \u2013 5; it\u2019s \u201Cbusy\u201D \u2014 they say.")]
    public void SignsOfNumbersAndStepsAreToldFromLettersAndDashes(string clean)
    {
        // Latin-1 without C1 bytes leaves × as the lone "Ã" of the capitals À to ß, ≤ as "â¤" like ❤, and → as a lone
        // "â" like the dashes: after a number, or between spaced ones, × stands where no letter does, ≤ before one, and
        // → leads from a measure to a measure, through a chain of one-word steps or along a menu path of capitalised ones;
        // between bare numbers a spaced en dash sets a score or a range.
        // Å, another lone "Ã", stands alone after a number as the unit of length, where the word models would read É.
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Theory]
    [InlineData(Corruption.Cp1254TwiceDropped)]
    [InlineData(Corruption.Cp1252TwiceDropped)]
    public void TheOhmSignAfterANumberOrItsPrefixIsToldFromACyrillicCapital(Corruption kind)
    {
        // \u03A9 (CE A9) misread twice leaves "\u00C3" and "\u00C2\u00A9" around the byte 8E that the outer page lacks, which
        // \u0429 (D0 A9) spells too: after a number or its metric prefix it is the unit of resistance, in a text of no
        // Cyrillic word.
        AssertRepairedWhole("Parts list:\n- One 4.7 k\u03A9 resistor\n- Two 220\u03A9 resistors and a 10 M\u03A9 one\n- A caf\u00E9 na\u00EFve\u2019s \u201Cstarter kit\u201D", kind);
    }

    [Theory]
    [InlineData(Corruption.Cp1254TwiceDropped)]
    [InlineData(Corruption.Cp1252TwiceDropped)]
    public void TheOhmSignAfterAFullWidthNumberIsToldFromACyrillicCapital(Corruption kind)
    {
        // After a full-width number (\uFF10.\uFF18 \u03A9) the number's last inner bytes are EF BC 98: as after an ASCII digit, the
        // unit of resistance. Read as \u0429, its \u00D0 is a character cp1254 lacks, which alone made the inner layer of the
        // whole text cp1252 and lost every byte that page keeps.
        AssertRepairedWhole("\u6574\u7247\u7535\u6C60\u7684\u5185\u963B\u63A7\u5236\u5728\uFF10.\uFF18 \u03A9\u4EE5\u5185\uFF0C\u7535\u538B\u4E3A\uFF13.\uFF10 V\u3002", kind); // 整片电池的内阻控制在０.８ Ω以内，电压为３.０ V。
    }

    [Theory]
    [InlineData("Open the fonts from Windows \u2192 Dockable Dialogs \u2192 Fonts, or from Filters \u2192 Script-Fu \u2192 Console.\nTo keep your work, choose File \u2192 Save As in the image window.\nThe mayor \u2014 John Smith \u2014 agreed; the plan \u2014 as Fred said \u2014 was \u201Cfine\u201D.")]
    [InlineData("Abra o di\u00E1logo em Janelas \u2192 Di\u00E1logos de encaixe \u2192 Imagens.\nPara salvar, use Arquivo \u2192 Exportar como na janela da imagem.\nO prefeito \u2014 Jo\u00E3o Silva \u2014 concordou; o plano \u2014 disse ele \u2014 \u00E9 \u201Cbom\u201D.")]
    public void AMenuPathShownOnceMakesArrowsOfItsSingleSteps(string clean)
    {
        // Latin-1 without C1 bytes leaves → and — the same lone "â". A chain of capitalised menu items (of a few words, or
        // hyphenated) is a menu path; once the text has shown one, a single step from a capitalised name to a capitalised
        // item is an arrow too, while asides that end in lower case stay dashes.
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Theory]
    [InlineData("Guarde la imagen con el men\u00FA Archivo \u2192 Guardar como... y elija un nombre. La casa \u2014 dijo Ana \u2014 es \u201Cgrande\u201D.")]
    [InlineData("Kleuren staan nu in het menu Lagen \u2192 Kleuren. Daartoe gebruik je Bestand \u2192 Exporteer als\u2026 en een naam. De burgemeester \u2014 Jan Smit \u2014 stemde in.")]
    [InlineData("Voc\u00EA vai em Arquivo \u2192 Exportar..., e p\u00F5e um nome. O prefeito \u2014 Jo\u00E3o Silva \u2014 concordou.")]
    [InlineData("He stopped. I thought \u2014 Maybe... no. Then use File \u2192 Save As... to keep it.")]
    public void ASingleMenuStepIsAnArrowWhereTheTextSaysItIsAMenu(string clean)
    {
        // Latin-1 without C1 bytes leaves → and — the same lone "â". With no menu path shown elsewhere, a single step
        // between capitalised names is an arrow where the word menu names the menu, or where the item ends in an
        // ellipsis, as commands that open a dialog do; asides stay dashes.
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void ASpaceThatWasANoBreakSpaceIsTheByteItStoodFor()
    {
        // à is C3 A0, and cp1252 shows A0 as a no-break space, which text tools turn into a plain one: "Ã  escola".
        var clean = "Ele foi \u00E0 escola e depois \u00E0 praia \u2013 \u00E0s vezes volta \u00E0 noite, n\u00E3o \u00E9? Custa 5 \u20AC.";
        var damaged = Corruptor.Corrupt(clean, Corruption.Cp1252NbspAsSpace);
        Assert.Contains("\u00C3  escola", damaged);
        Assert.Equal(clean, Repairer.Repair(damaged).Text);
    }

    [Fact]
    public void ASpaceWithinAWordIsTheByteOfItsLeadAlsoInALanguageTheWordTableLacks()
    {
        // "Th\u00C3 nh" is Th\u00E0nh with its A0 made a space: the lead goes on into the letters of its own word, which no word
        // table holds (Vietnamese), as a lead standing apart does only into a known word ("\u00C3 s" of \u00E0s).
        var clean = "Th\u00E0nh ph\u1ED1 H\u1ED3 Ch\u00ED Minh r\u1EA5t \u0111\u00F4ng v\u00E0o bu\u1ED5i s\u00E1ng."; // Thành phố Hồ Chí Minh rất đông vào buổi sáng.
        var damaged = Corruptor.Corrupt(clean, Corruption.Cp1252NbspAsSpace);
        Assert.StartsWith("Th\u00C3 nh ", damaged);
        Assert.StartsWith("Th\u00E0nh ph\u1ED1", Repairer.Repair(damaged).Text);
    }

    [Theory]
    [InlineData("Verwarm de oven voor op 175\u00A0\u00B0C. Bak de taart in 45\u00A0minuten gaar en laat hem afkoelen.\nHet water kookt bij 100\u00A0\u00B0C en bevriest bij 0\u00A0\u00B0C, zegt de leraar.\n")]
    [InlineData("Le professeur a dit\u00A0: \u00AB\u00A0Bonjour\u00A0!\u00A0\u00BB et nous avons r\u00E9pondu.\n")]
    public void ANoBreakSpaceThatBecameAPlainSpaceIsRebuilt(string clean)
    {
        // The no-break space is C2 A0: read as cp1252 and its A0 made a plain space, "175Â \u00B0C", "ditÂ :". A capital
        // Â after a number or a small letter is no letter of the text; the space it stands before was its byte.
        var damaged = Corruptor.Corrupt(clean, Corruption.Cp1252NbspAsSpace);
        Assert.Contains("\u00C2 ", damaged);
        Assert.Equal(clean, Repairer.Repair(damaged).Text);
    }

    [Fact]
    public void ACapitalWhoseSecondByteBecameASpaceJoinsTheRestOfItsWord()
    {
        // Р is D0 A0: with A0 read as a space, "Руководство" is "Ð уководство", which letter by letter reads as the word
        // А and a stray "уководство". Only as one word do the pieces read as Russian. (Where the rest is a word of its
        // own, "А им" for Рим, both readings are Russian and the split stays.)
        var clean = "\u0420\u0443\u043A\u043E\u0432\u043E\u0434\u0441\u0442\u0432\u043E \u043F\u043E\u043B\u044C\u0437\u043E\u0432\u0430\u0442\u0435\u043B\u044F \u043D\u0430\u043F\u0438\u0441\u0430\u043D\u043E \u043F\u0440\u043E\u0441\u0442\u043E. \u0420\u0430\u0437\u0434\u0435\u043B \u043E \u043D\u0430\u0441\u0442\u0440\u043E\u0439\u043A\u0435 \u043A\u043E\u0440\u043E\u0442\u043A\u0438\u0439, \u0430 \u0420\u043E\u0441\u0441\u0438\u044F \u0443\u043F\u043E\u043C\u044F\u043D\u0443\u0442\u0430 \u0432 \u043F\u0440\u0438\u043C\u0435\u0440\u0430\u0445.";
        var damaged = Corruptor.Corrupt(clean, Corruption.Cp1252NbspAsSpace);
        Assert.StartsWith("\u00D0 \u00D1\u0192", damaged);
        Assert.Equal(clean, Repairer.Repair(damaged).Text);
    }

    [Fact]
    public void AnAbbreviationNoDictionaryListsIsReadAsRunningTextWritesIt()
    {
        // с is D1 81 and я is D1 8F, both bytes cp1252 lacks: "Ñм" is см or ям. No word list holds the abbreviation см.
        // ("see"), but running text uses it far more than ям (pits).
        var clean = "\u0415\u0441\u043B\u0438 \u044D\u0442\u043E \u043D\u0435 \u043F\u043E\u043C\u043E\u0433\u043B\u043E, \u0441\u043C. \u0440\u0430\u0437\u0434\u0435\u043B \u043E \u043D\u0430\u0441\u0442\u0440\u043E\u0439\u043A\u0435 \u0441\u0435\u0442\u0438; \u043F\u043E\u0434\u0440\u043E\u0431\u043D\u043E\u0441\u0442\u0438 \u0441\u043C. \u0432 \u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0441\u0442\u0432\u0435 \u043F\u043E\u043B\u044C\u0437\u043E\u0432\u0430\u0442\u0435\u043B\u044F.";
        AssertRepairedWhole(clean, Corruption.Cp1252Dropped);
    }

    [Fact]
    public void RunningTextCountsDoNotVouchForASpellingWithYo()
    {
        // The counts file ё under е: "видё" and "окнё" would pass for виде and окне, which they hold. Through latin-1
        // without C1 the last letters of виду and окну (D1 83) may be ё (D1 91) as well.
        var clean = "\u0427\u0442\u043E \u0438\u043C\u0435\u0435\u0442\u0441\u044F \u0432 \u0432\u0438\u0434\u0443? \u041E\u043A\u043D\u0430, \u043E\u0442\u043D\u043E\u0441\u044F\u0449\u0438\u0435\u0441\u044F \u043A \u043E\u043A\u043D\u0443 \u043F\u0440\u043E\u0433\u0440\u0430\u043C\u043C\u044B, \u0437\u0430\u043A\u0440\u044B\u0432\u0430\u044E\u0442\u0441\u044F \u0432\u043C\u0435\u0441\u0442\u0435 \u0441 \u043D\u0438\u043C.";
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Latin1Stripped)).Text;
        Assert.DoesNotContain('\u0451', repaired);
    }

    [Fact]
    public void TextWhoseOnlyDamageIsItsEmojiIsRepaired()
    {
        // Through latin-1 without C1 bytes each emoji keeps only its lead ð, standing as a word of its own.
        var clean = "Happy birthday \U0001F382 and see you at the party \U0001F389!";
        var damaged = Corruptor.Corrupt(clean, Corruption.Latin1Stripped);
        Assert.Equal("Happy birthday \u00F0 and see you at the party \u00F0!", damaged);
        Assert.Equal(clean, Repairer.Repair(damaged).Text);
    }

    [Fact]
    public void AnEmojiMisreadTwiceWhoseOuterLayerLostAByteIsRebuiltAsItsInnerLayerSpellsIt()
    {
        // 👍 is F0 9F 91 8D: read as cp1252 it is ð Ÿ ‘ and U+008D, which the second reading loses (Â alone). Only as a
        // byte of the inner layer (8D) does the lost one spell an emoji, not as the invisible soft hyphen (👭).
        var clean = "Great job \U0001F44D see you tomorrow";
        AssertRepairedWhole(clean, Corruption.Cp1252TwiceOuterDropped);
    }

    [Fact]
    public void AnEmojiSelectorMisreadTwiceWhoseInnerLeadLostABytePresentsTheEmojiBeforeIt()
    {
        // U+FE0F is EF B8 8F: read as cp1250 the lead is \u010F, whose UTF-8 (C4 8F) cp1252 then loses a byte of. The
        // rebuilt lead may be \u010D (E8) as well, which spells \u8E0F with the same two bytes: after an emoji it is the selector.
        var clean = "S\u00F3 ficam os pombos \U0001F54A\uFE0F e o cheiro a coentros.";
        AssertRepairedWhole(clean, Corruption.Cp1250ThenCp1252Dropped);
    }

    [Theory]
    [InlineData(Corruption.Cp1252TwiceDropped)]
    [InlineData(Corruption.Cp1254TwiceDropped)]
    public void DecomposedAccentsMisreadTwiceAreRebuiltAsTheCombiningMarksTheyWere(Corruption kind)
    {
        // Decomposed text (o and U+0301, CC 81) read as cp1252 leaves a lone \u00CC, then \u00C3\u0152 once read again.
        // The outer layer decodes that \u00CC with certainty; the inner layer must still take it for damage, not text.
        // (The quotes show the outer page: \u0152 alone is also ISO-8859-15's BC, which makes \u00FC.)
        var clean = "Desde la barra del menu\u0301 de la imagen: Herramientas de seleccio\u0301n, \u201CSeleccio\u0301n libre\u201D.\n\n"
            + "Si no esta\u0301n, se puede acceder a ellas a trave\u0301s de Ventanas, Dia\u0301logos empotrables.";
        AssertRepairedWhole(clean, kind);
    }

    [Theory]
    [InlineData(Corruption.Latin1Stripped)]
    [InlineData(Corruption.Cp1250Dropped)]
    public void ADecomposedAccentIsTheMarkThatComposesAKnownWord(Corruption kind)
    {
        // U+0301 is CC 81 and U+0303 is CC 83: latin-1 without C1 leaves a lone \u00CC of every combining mark, and cp1250
        // loses both bytes alike. Only composed with the letter before it (\u00E1, \u00F1) does a mark spell a word. (The
        // text also holds composed letters, which show its damage.)
        var clean = "La ma\u0301scara ra\u0301pida es la manera ma\u0301s fa\u0301cil de reducir el taman\u0303o del archivo; "
            + "tambi\u00E9n el pequen\u0303o boto\u0301n cambia la selecci\u00F3n y la informaci\u00F3n del di\u00E1logo.";
        AssertRepairedWhole(clean, kind);
    }

    [Fact]
    public void ALineWhoseDecomposedAccentsOutnumberItsInnerPairsStillReadsAsASecondLayer()
    {
        // Through cp1252 then cp1250, each lone \u00CC of a combining accent decodes with certainty, but as an inner lead
        // it stands alone: counted against the line, they hid its second layer, and the outer layer then rebuilt the
        // lost 83 of "\u00C3\u00A1" (\u00E1 misread) as the \u00C1 that spells nothing inside.
        var clean = "La ma\u0301scara r\u00E1pida le permite pintar una seleccio\u0301n en lugar de trazar el a\u0301rea de su contorno: "
            + "adema\u0301s esta\u0301 la \u201Cseleccio\u0301n\u201D de cada pi\u0301xel, con ma\u0301s detalle que en el menu\u0301.";
        AssertRepairedWhole(clean, Corruption.Cp1252ThenCp1250Dropped);
    }

    [Fact]
    public void TextWhoseOnlyTraceIsLoneLeadBytesOfQuotesIsRepaired()
    {
        // No accented letter, no euro sign: latin-1 leaves nothing but a lone "â" where each quote and dash stood.
        var clean = "The meeting started late \u2014 nobody knew why \u2014 and the room was cold.\n\n"
            + "\u201CWe\u2019ll wait ten more minutes,\u201D said the chair, \u201Cand then we\u2019ll begin.\u201D\n\n"
            + "Nobody objected; it wasn\u2019t the first time.";
        var damaged = Corruptor.Corrupt(clean, Corruption.Latin1Stripped);
        Assert.DoesNotContain('\u201C', damaged);
        Assert.Equal(clean, Repairer.Repair(damaged).Text);
    }

    [Theory]
    [InlineData("The crew reached the boat within minutes \u2014 nobody was hurt, and the family was back on shore by noon.")]
    [InlineData("We tried three times, but the engine didn\u2019t start; in the end we walked home.")]
    [InlineData("Voor zo\u2019n prijs is het apparaat echt indrukwekkend, en het past zelfs onder de bovenkastjes.")]
    [InlineData("We gaan \u2019s ochtends fietsen, meestal een uur of twee, en daarna drinken we koffie.")]
    public void OneLostDashOrApostropheIsDamageEnoughInTextThatNamesNoLetter(string clean)
    {
        // English or Dutch in ASCII but for one dash or apostrophe: latin-1 without C1 leaves a single lone "â", between
        // two words or in a contraction (didnât, zoân, âs ochtends), where no text names a letter and no word has one.
        var damaged = Corruptor.Corrupt(clean, Corruption.Latin1Stripped);
        Assert.Equal(1, damaged.Count(c => c == '\u00E2'));
        Assert.Equal(clean, Repairer.Repair(damaged).Text);
    }

    [Fact]
    public void ARunStandingApartIsMoreOfTheDamageThatLoneMarksShowed()
    {
        // A recipe damaged in places by latin-1 without C1, beside a paragraph that kept its marks: the damaged one's
        // dashes are lone "â"s, and ½ (C2 BD), which lost nothing, an "Â½" standing apart in a list item, as a quoted
        // example would.
        var clean = "This is my go-to weeknight dinner: it doesn\u2019t keep me in the kitchen all evening, and the pan juices are good "
            + "enough to drink \u2014 though I\u2019d mop them up with bread. My partner calls it \u2018the lemony one\u2019.";
        var item = "- \u00BD tsp chilli flakes";
        var method = "Pat the chicken dry \u2014 this is the secret to crisp skin \u2014 and season it all over.";
        AssertRepairedInPlaces(Corruption.Latin1Stripped, "\u00C2\u00BD", (clean, false), (item, true), (method, true));
    }

    [Fact]
    public void AContractionShowsDamageBesideCleanParagraphsFullOfAccents()
    {
        // Damaged in places: a paragraph lost its apostrophe (zo'n) and × to latin-1 without C1, while the clean ones
        // hold één, café and ideeën, accented letters that stand alone as a misread lead would.
        var clean = "Voor \u00E9\u00E9n cappuccino gaat het prima. Latte art zoals in het caf\u00E9? Dat is mij nog niet gelukt.";
        var more = "Ik heb nog wel idee\u00EBn voor een volgende versie, en \u00E9\u00E9n ding weet ik zeker: ik koop hem weer.";
        var damagedOne = "Het apparaat is echt klein: 17 \u00D7 30 centimeter, wat voor zo\u2019n prijs indrukwekkend is.";
        AssertRepairedInPlaces(Corruption.Latin1Stripped, "zo\u00E2n", (clean, false), (damagedOne, true), (more, false));
    }

    [Fact]
    public void ALetterThatLostItsByteWithinAWordIsDamageWhereDamageRunsIntoWordsElsewhere()
    {
        // Damaged in places through cp1254 with soft hyphens stripped: í (C3 AD) of the title's "días" is a lone "Ã"
        // and nothing else there shows damage, but two paragraphs run their damage into words (mÃ¡s, QuiÃ©n), beside a
        // clean paragraph whose accents and quotes stand whole.
        var title = "Diario de viaje: tres d\u00EDas en Oaxaca";
        var clean = "Cenamos en el mercado: tlayudas y un agua de horchata que Marta declar\u00F3 \u201Cla mejor de su vida\u201D.";
        var pools = "El agua de las pozas estaba m\u00E1s fr\u00EDa de lo que esperaba.";
        var last = "Me voy con ganas de volver. \u00BFQui\u00E9n dijo que tres d\u00EDas eran suficientes?";
        AssertRepairedInPlaces(Corruption.Cp1254DroppedShyStripped, "d\u00C3as en", (title, true), (clean, false), (pools, true), (last, true));
    }

    [Fact]
    public void ALetterACircumflexBetweenSpacesInTextFullOfGenuineAccentsIsNoLostDash()
    {
        // A hunspell affix file names a rule "â"; between spaces it stands where a dash would, but the text around it
        // is full of accented letters that stand alone as no damaged text's would: nothing here is mojibake.
        var clean = "SFX \u00E2 Y 3\nSFX \u00E2 acer \u00E1game acer\nSFX \u00E2 acer \u00E1ganme acer\nSFX \u00E2 ecer \u00E9game ecer\n"
            + "MAP e\u00E9E\u00C9\nMAP a\u00E1A\u00C1\nMAP o\u00F3O\u00D3\nMAP u\u00FA\u00FCU\u00DA\u00DC\n";
        Assert.Equal(clean, Repairer.Repair(clean).Text);
    }

    [Theory]
    [InlineData(Corruption.Latin1Stripped)]
    [InlineData(Corruption.Cp1251Dropped)]
    public void ASymbolRebuiltBeforeAnEmojiSelectorIsOneThatHasAnEmojiForm(Corruption kind)
    {
        // ☀️: latin-1 loses both continuation bytes of ☀ and one of U+FE0F; cp1251 loses the 0x98 of ☀, which may then
        // stand before or after the 0x80 it kept (‘ is E2 80 98). A quote or an arrow never takes U+FE0F.
        var clean = "The morning was cold, but over the river the sun was shining ☀️ and nobody minded the wind.";
        var damaged = Corruptor.Corrupt(clean, kind);
        var repaired = Repairer.Repair(damaged).Text;
        var selector = repaired.IndexOf('️');
        Assert.True(selector > 0, repaired);
        var symbol = repaired[selector - 1];
        Assert.True(symbol is >= '☀' and <= '➿', $"U+{(int)symbol:X4} before U+FE0F in: {repaired}");
        Assert.Equal(clean.Remove(clean.IndexOf('☀'), 1), repaired.Remove(selector - 1, 1));
    }

    [Theory]
    [InlineData("\u0421\u041C\u041E\u0422\u0420\u0418\u0422\u0415 \u0422\u0410\u041A\u0416\u0415")] // СМОТРИТЕ ТАКЖЕ
    [InlineData("\u0421\u0418\u041D\u0422\u0410\u041A\u0421\u0418\u0421")] // СИНТАКСИС
    public void AllCapsRussianWhoseOtherLettersWereStrippedIsNoSecondLayer(string clean)
    {
        // Latin-1 with C1 stripped keeps Р–Я (D0 A0–AF) and loses А–П (D0 90–9F); the С, Т, Р left are cp1251 lead
        // bytes beside rebuilt slots, which must not pass for cp1251 mojibake misread a second time.
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void ARebuiltLetterTakesTheCaseOfItsWord()
    {
        // í (C3 AD) loses its soft hyphen: Í and í are both a lost byte away, and the character model is case-folded.
        var clean = "La secci\u00F3n \u00ABL\u00EDnea de t\u00EDtulo\u00BB y el S\u00EDmbolo de registro est\u00E1n en la p\u00E1gina siguiente.";
        Assert.Equal(clean, Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Cp1254DroppedShyStripped)).Text);
    }

    [Theory]
    [InlineData("El ni\u00F1o dijo \u00ABs\u00ED\u00BB y despu\u00E9s volvi\u00F3 con su mam\u00E1.")]
    [InlineData("El ni\u00F1o dijo \u00ABahora s\u00ED\u00BB y se fue, pero volvi\u00F3 despu\u00E9s.")]
    public void ARebuiltCapitalDoesNotFollowALowerCaseLetterOfItsWord(string clean)
    {
        // El niño dijo «sí» y después volvió con su mamá.
        // The í of "sí" loses its soft hyphen before », where a short document's lost bytes may be any C1 byte: then
        // only capitals (É of C3 89, Ó of C3 93) share its lead, and the case-folded models read "sÉ" and "sÓ" as the
        // words sé and só, as likely as sí.
        AssertRepairedWhole(clean, Corruption.Cp1254DroppedShyStripped);
    }

    [Fact]
    public void AnOpeningQuoteMatchesTheClosingOneWhereOnlyItCanChange()
    {
        // Druk op de knop „Start” en wacht enkele seconden. / Bel de klantenservice: 0800-1234 (maandag t/m vrijdag, 9.00–17.00 uur).
        // cp1254 loses the 0x9E of „ and the 0x9D of ”; ’ (0x99) stands whole, so the closing quote cannot become the
        // single one that typography alone prefers to open with (‘Start”): the opening one matches it instead.
        AssertRepairedWhole("Druk op de knop \u201EStart\u201D en wacht enkele seconden.\nBel de klantenservice: 0800-1234 (maandag t/m vrijdag, 9.00\u201317.00 uur).\n", Corruption.Cp1254Dropped);
    }

    [Theory]
    [InlineData("es-cocina", 0.8)]
    [InlineData("pt-mercado", 0.85)]
    public void AccentsMisreadTwiceWithTheC1BytesStrippedEachTimeAreMostlyRestored(string fixture, double floor)
    {
        // ñ becomes "Ã±", then "ÃÂ±" less its 0x83: the rebuilt byte is told by the inner letter it spells in its
        // plain-ASCII context (espa-ñ-ola), not by how often each letter occurs anywhere (б is commoner than ñ).
        var clean = Clean(fixture);
        var damaged = Corruptor.Corrupt(Corruptor.Corrupt(clean, Corruption.Latin1Stripped), Corruption.Latin1Stripped);
        var accuracy = RepairScore.Accuracy(clean, Repairer.Repair(damaged).Text);
        Assert.True(accuracy >= floor, $"{fixture}: {accuracy:P2}");
    }

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1254Dropped)]
    public void EmojiSequencesKeepTheirJoinersAndSkinTones(Corruption kind)
    {
        // The joiner (E2 80 8D) and 🏽 (F0 9F 8F BD) lose a byte these pages lack: between two emoji the first is no
        // closing quote (E2 80 9D), and after 👍 or ✌ the second no plate (🍽, F0 9F 8D BD).
        var clean = "Finally got the new keyboard \U0001F469\u200D\U0001F4BB and everyone liked it \U0001F44D\U0001F3FD. See you soon \u270C\U0001F3FC\n";
        Assert.Equal(clean, Repairer.Repair(Corruptor.Corrupt(clean, kind)).Text);
    }

    [Fact]
    public void AJoinerAfterARebuiltEmojiSelectorIsAJoiner()
    {
        // 🏳️‍🌈 through cp1252: the selector (EF B8 8F) and the joiner (E2 80 8D) both lost their last byte.
        var clean = "Everyone is welcome at the parade \U0001F3F3\uFE0F\u200D\U0001F308 this weekend.\n";
        Assert.Contains("\uFE0F\u200D\U0001F308", Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Cp1252Dropped)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ALostEmojiAfterASpaceIsNoSkinToneModifier()
    {
        // 📻 through latin-1 keeps only F0 and BB: 🏻 (a skin tone, U+1F3FB) shares them but only ever follows an emoji.
        var clean = "She doesn\u2019t advertise \U0001F4FB \u2014 people just hear about it, and the caf\u00E9 is full.";
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Latin1Stripped)).Text;
        Assert.DoesNotContain("\U0001F3FB", repaired);
        Assert.Equal(clean.Remove(clean.IndexOf("\U0001F4FB"), 2), repaired.Remove(clean.IndexOf("\U0001F4FB"), 2));
    }

    [Theory]
    [InlineData("The caf\u00E9 was full. The lecture ended with a slide and a photo of a cat \U0001F408 sitting on a spectrometer.")]
    [InlineData("Ao meio-dia o mercado esvazia-se depressa e s\u00F3 ficam os pombos \U0001F54A\uFE0F e o cheiro a coentros.")]
    [InlineData("Aun as\u00ED, los domingos la cocino en casa \U0001F373, con el mismo cuidado y la misma sart\u00E9n.")]
    // "masa", nearer the emoji, only begins 💆's "masaje": the bread is named by "pan".
    [InlineData("Hoy por fin me sali\u00F3 bien el pan de masa madre \U0001F35E")]
    public void AnEmojiThatLostAllItsContinuationBytesIsTheOneTheWordsBesideItName(string clean)
    {
        // Through latin-1 without C1 bytes these keep only their lead F0: any of two thousand emoji. The character model
        // knows a few dozen, faces first; the word beside the emoji (cat, pombos, cocino) says which it is, while a word
        // that many emoji share (con, of "persona con turbante") says nothing.
        var damaged = Corruptor.Corrupt(clean, Corruption.Latin1Stripped);
        Assert.Equal(clean, Repairer.Repair(damaged + "\n" + damaged).Text.Split('\n')[0]);
    }

    [Fact]
    public void AKeywordOfOneCharacterWithinAWordNamesNoEmoji()
    {
        // 🙂 keeps only its lead F0 through latin-1 without C1. 家 is a keyword of 🏘 (houses), but here it is part of
        // 大家 (everyone) right beside the emoji, which names no house: the face the line does not name stays a face.
        // (The ideographs around it lose bytes too, which the word models may rebuild otherwise.)
        var clean = "\u4ECA\u5929\u7EC8\u4E8E\u628A\u9879\u76EE\u505A\u5B8C\u4E86\U0001F642\u5927\u5BB6\u8F9B\u82E6\u4E86\uFF01";
        var repaired = Repairer.Repair(Corruptor.Corrupt(clean, Corruption.Latin1Stripped)).Text;
        Assert.Equal(["\U0001F642"], repaired.EnumerateRunes().Where(r => r.Value > 0xFFFF).Select(r => r.ToString()));
    }

    [Theory]
    [InlineData("The chemist wrote \u201C0.154 nm\u201D in the margin, and nobody doubted it.")]
    [InlineData("The output is typically called a \u201C.i\u201D file, or a \u201C.ii\u201D file for C++.")]
    public void AClosingQuoteWithoutAnOpeningOneGetsItBack(string clean)
    {
        // Before a number a lone "â" reads as a minus sign (−0.15), before a period as a dash, unless the ” after it
        // says a quotation opened there.
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Theory]
    [InlineData(Corruption.Cp1252Dropped)]
    [InlineData(Corruption.Cp1250Dropped)]
    [InlineData(Corruption.Latin1Stripped)]
    public void AWordBrokenAcrossLinesKeepsItsHyphen(Corruption kind)
    {
        // Typeset text (groff's man pages) breaks words with U+2010 (E2 80 90), which loses its last byte to all three
        // kinds and shares the rest with ” (and with ‘ in cp1250); after a letter at the line's end, with nothing
        // opened, it is the hyphen.
        var clean = "The daemon\u2019s settings are read from the file named on the com\u2010\n"
            + "mand line; it doesn\u2019t look elsewhere, and it writes a report to the ad\u2010\n"
            + "dress you gave when it stops. See \u201Cfiles\u201D below.\n";
        AssertRepairedWhole(clean, kind);
    }

    [Fact]
    public void DutchQuotationsOpenHighAsDutchIsWrittenToday()
    {
        // Latin-1 without C1 leaves a lone "\u00E2" of \u201A, \u201E, \u2018 and \u201C alike. Older Dutch print opened low;
        // today's Dutch text, like the Dutch version of the article in content/, opens high.
        var clean = "Het caf\u00E9 was vol. \u2018Dat is niet waar,\u2019 zei ze, \u2018maar het is een mooi verhaal.\u2019";
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void ALineThatOpensWithAMarkNothingClosesIsDialogue()
    {
        // Behind latin-1 without C1 bytes \u2014 and \u201C are the same lone "\u00E2". "Alguien tiene que hacerlo." holds too few
        // Spanish function words to say it is Spanish, but a quotation it opened would close in the line.
        var clean = "\u2014\u00BFVienes con nosotros o no? \u2014pregunt\u00F3 Marta desde la puerta.\n\u2014Alguien tiene que hacerlo.\n\u2014Pues hazlo t\u00FA.\n";
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void ADashJoinsANumberToAWordAsItJoinsTwoWords()
    {
        // Behind latin-1 without C1 bytes \u2013 and \u2014 are both a lone "\u00E2"; between a number and a word it is the dash of
        // an aside, as between two words, not the en dash of a range (5\u201310).
        var clean = "The grinder arrived\u2014a sleek cylinder with a price tag of \u00A389\u2014I was curious but wary.";
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Fact]
    public void SpanishAsidesKeepTheirDashes()
    {
        var clean = "Comimos en una terraza \u2014el camarero insisti\u00F3 en que era la mejor\u2014 y \u00E9l dijo: \u00ABIncre\u00EDble\u00BB.";
        AssertRepairedWhole(clean, Corruption.Latin1Stripped);
    }

    [Theory]
    [InlineData("ru-poezd", Corruption.Latin1Stripped)]
    [InlineData("en-workshop", Corruption.Latin1Stripped)]
    [InlineData("nl-weer", Corruption.Cp1254Dropped)]
    public void ReportPointsAtEachRebuiltLetterAndMark(string fixture, Corruption kind)
    {
        var (text, report) = Repairer.RepairWithReport(Corruptor.Corrupt(Clean(fixture), kind));
        var lines = text.Split('\n');
        Assert.NotEmpty(report.Rebuilt);
        foreach (var rebuilt in report.Rebuilt)
        {
            // The word decoder and the typography pass may overrule the character model; the report follows the output.
            Assert.Equal(rebuilt.Chosen, lines[rebuilt.Line - 1].Substring(rebuilt.Column - 1, rebuilt.Chosen.Length));
            Assert.Equal(rebuilt.Chosen, rebuilt.Candidates[0].Text);
            Assert.InRange(rebuilt.Confidence, 0.0, 1.0);
        }
    }

    [Fact]
    public void ConfidenceOfARebuiltLetterIsThatOfTheWordsThatSpellIt()
    {
        // Latin-1 without its C1 bytes leaves most Cyrillic letters undecided; the word model picks the words, and a
        // letter's confidence is the share of the phrase's readings that put it there, not the character model's view.
        var report = Repairer.RepairWithReport(Corruptor.Corrupt(Clean("ru-dacha"), Corruption.Latin1Stripped)).Report;
        Assert.True(report.Rebuilt.Count > 100);
        foreach (var rebuilt in report.Rebuilt)
        {
            Assert.All(rebuilt.Candidates, c => Assert.True(c.Probability <= rebuilt.Confidence, $"{rebuilt.Chosen} at {rebuilt.Line}:{rebuilt.Column}: {c.Text} {c.Probability} > {rebuilt.Confidence}"));
        }
        Assert.Contains(report.Rebuilt, r => r.Confidence < 0.9);
    }

    [Fact]
    public void SentencesThatLostTheirMarksToLatin1AreRepairedBesideCleanOnesFullOfThem()
    {
        // Every other sentence through latin-1 without C1: "customerâs" and "ZÃ¼rich", which cp1254 reads alike but for
        // the lone "â" it could not have left and the "ð»" of 📻 it cannot read; and "doesnât" in a line whose only pair
        // of bytes is that emoji, beside the genuine ï and é of clean sentences.
        var repaired = Repairer.Repair(Corruptor.CorruptSomeSentences(Clean("en-workshop"), Corruption.Latin1Stripped)).Text;
        Assert.Contains("the customer\u2019s grandfather had bought it in Z\u00FCrich", repaired);
        Assert.Contains("She doesn\u2019t advertise", repaired);
    }

    private static string Clean(string fixture) =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Reader.Core.Tests", "Repair", "Fixtures", "alpha", fixture + ".txt"));

    // Damages clean text one way and expects the repair to give it back character for character.
    // A text damaged in places: its paragraphs, those marked damaged corrupted by kind, shows what it must (the damage
    // under test) and comes back whole.
    private static void AssertRepairedInPlaces(Corruption kind, string shows, params (string Text, bool Damaged)[] paragraphs)
    {
        var damaged = string.Join("\n\n", paragraphs.Select(p => p.Damaged ? Corruptor.Corrupt(p.Text, kind) : p.Text)) + "\n";
        Assert.Contains(shows, damaged);
        Assert.Equal(string.Join("\n\n", paragraphs.Select(p => p.Text)) + "\n", Repairer.Repair(damaged).Text);
    }

    private static void AssertRepairedWhole(string clean, Corruption kind) =>
        Assert.Equal(clean, Repairer.Repair(Corruptor.Corrupt(clean, kind)).Text);
}
