using Bot.TestKit;
using static Bot.TestKit.OfficeFiles;

namespace Bot.Answering.Tests.Agreements;

/// <summary>
/// An agreement's own pages read as its fields: a legal database's page (its notes over the text, its final clause, its
/// signature columns, a list of related documents with their own laws), a law that ratifies a treaty (the treaty keeps its
/// own signing; the law's number and date are the ratification), a gazette's issue, a treaty in Kazakh with its signature
/// table, a .docx with a signature table. Each answer proves the agreement, the side and the step asked; an act, date or
/// signer of another agreement on the same page, or of the other side, is never given for it.
/// </summary>
public sealed class LegalPageAnswerTests
{
    // A legal database's page: notes over the text, an older agreement in the preamble, a two-column signature block,
    // and two related agreements with their own laws.
    const string VeterinaryPage = """
        Соглашение между Правительством Республики Казахстан и Правительством Республики Болгария о сотрудничестве в области ветеринарии

        (Ратифицировано Законом Республики Казахстан от 3 апреля 2014 года N 188-V) (Вступило в силу 12 июня 2014 года)

        Правительство Республики Казахстан и Правительство Республики Болгария, далее именуемые "Сторонами",
        руководствуясь Соглашением о торгово-экономическом сотрудничестве, подписанным в Софии 6 октября 1993 года,
        согласились о нижеследующем:

        Статья 1
        Стороны сотрудничают в области ветеринарии и обмениваются сведениями о заразных болезнях животных.

        Статья 12
        Настоящее Соглашение вступает в силу с даты получения последнего письменного уведомления о выполнении Сторонами внутригосударственных процедур.

        Совершено в городе Астане 20 ноября 2013 года в двух подлинных экземплярах, каждый на казахском, болгарском и русском языках, причем все тексты имеют одинаковую силу.

        За Правительство                             За Правительство
        Республики Казахстан                         Республики Болгария
        А. Мамытбеков                                Д. Греков

        Связанные документы:
        1. Соглашение между Правительством Республики Казахстан и Правительством Республики Болгария о сотрудничестве в области карантина растений — подписано в Софии 6 мая 2012 года; ратифицировано Законом Республики Казахстан от 17 января 2013 года N 71-V.
        2. Соглашение между Правительством Республики Казахстан и Правительством Республики Болгария о сотрудничестве в области туризма — ратифицировано Законом Республики Казахстан от 2 июля 2019 года N 255-VI.
        """;

    // A gazette's issue: the promulgating decree, the law ratifying the agreement, the editor's note on the other side's approval.
    const string GazetteIssue = """
        ДЪРЖАВЕН ВЕСТНИК, брой 41 от 30.05.2017 г.

        УКАЗ № 140

        Да се обнародва в „Държавен вестник“ Законът за ратифициране на Споразумението между правителството на Република България и правителството на Република Казахстан за сътрудничество в областта на енергетиката, приет от XLIV Народно събрание на 18 май 2017 г.

        Издаден в София на 24 май 2017 г.

        ЗАКОН
        за ратифициране на Споразумението между правителството на Република България и правителството на Република Казахстан за сътрудничество в областта на енергетиката

        Член единствен. Ратифицира Споразумението между правителството на Република България и правителството на Република Казахстан за сътрудничество в областта на енергетиката, подписано на 3 март 2017 г. в Астана.

        Бел. ред.: От казахстанска страна споразумението е одобрено с Постановление № 211 на правителството на Република Казахстан от 14 април 2017 г.
        """;

    // A law's page naming the treaty it ratifies: the treaty was done at Sofia on 14 May 2019; the law is of 27 January 2020.
    const string LawPage = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>On ratification of the Agreement on cooperation in the field of civil protection</title>
        <meta property="article:published_time" content="2020-02-11"></head>
        <body>
        <h1>Law of the Republic of Kazakhstan No. 301-VI of 27 January 2020 "On ratification of the Agreement between the Government of the Republic of Kazakhstan and the Government of the Republic of Bulgaria on cooperation in the field of civil protection"</h1>
        <p>To ratify the Agreement between the Government of the Republic of Kazakhstan and the Government of the Republic of Bulgaria on cooperation in the field of civil protection, done at Sofia on 14 May 2019.</p>
        <p>President of the Republic of Kazakhstan K. Tokayev</p>
        </body></html>
        """;

    // A treaty in Kazakh whose preamble names an older agreement, signed by a table of two columns.
    const string KazakhTreaty = """
        # Қазақстан Республикасының Үкіметі мен Болгария Республикасының Үкіметі арасындағы ауыл шаруашылығы саласындағы ынтымақтастық туралы келісім

        Қазақстан Республикасының Үкіметі мен Болгария Республикасының Үкіметі, бұдан әрі Тараптар деп аталатын, төмендегілер туралы келісті:

        1-бап
        Тараптар ауыл шаруашылығы өнімдерінің саудасын дамытады.

        8-бап
        Осы Келісім Тараптардың оның күшіне енуі үшін қажетті мемлекетішілік рәсімдерді орындағаны туралы соңғы жазбаша хабарламаны алған күнінен бастап күшіне енеді.

        Софияда 2016 жылғы 24 наурызда екі түпнұсқа данада, әрқайсысы қазақ, болгар және орыс тілдерінде жасалды, әрі барлық мәтіндердің күші бірдей.

        | Қазақстан Республикасының Үкіметі үшін | Болгария Республикасының Үкіметі үшін |
        |---|---|
        | Асылжан Мамытбеков | Десислава Танева |
        """;

    static async Task<TempStore> StoreWith(params (string Name, byte[] Bytes)[] files)
    {
        var temp = TempStore.Empty();
        var dir = Directory.CreateTempSubdirectory("legal-page-");
        foreach (var (name, bytes) in files) await File.WriteAllBytesAsync(Path.Combine(dir.FullName, name), bytes);
        await temp.Store.Ingestor.IngestAsync([dir.FullName], CancellationToken.None);
        return temp;
    }

    static (string, byte[]) Text(string name, string text) => (name, System.Text.Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("Каким законом ратифицировано соглашение о сотрудничестве в области ветеринарии?", "ru")]
    [InlineData("С кой закон е ратифицирано споразумението за ветеринарно сътрудничество?", "bg")]
    public async Task The_page_s_own_note_names_the_law_of_its_agreement_never_a_related_item_s(string question, string lang)
    {
        using var temp = await StoreWith(Text("veterinary.txt", VeterinaryPage));
        var answer = temp.Store.Offline.Answer(question, lang);
        answer.Text.ShouldContain("188-V");
        answer.Text.ShouldNotContain("71-V");
        answer.Text.ShouldNotContain("255-VI");
    }

    [Fact]
    public async Task A_related_item_s_law_is_its_own_agreement_s_and_not_the_page_s()
    {
        using var temp = await StoreWith(Text("veterinary.txt", VeterinaryPage));
        var answer = temp.Store.Offline.Answer("Каким законом ратифицировано соглашение о карантине растений?", "ru");
        answer.Text.ShouldContain("71-V");
        answer.Text.ShouldNotContain("188-V");
        answer.Text.ShouldNotContain("255-VI");
    }

    [Fact]
    public async Task The_ratification_is_dated_by_its_law_not_by_the_signing_nor_by_an_agreement_the_preamble_names()
    {
        using var temp = await StoreWith(Text("veterinary.txt", VeterinaryPage));
        var answer = temp.Store.Offline.Answer("When did Kazakhstan ratify the veterinary agreement with Bulgaria?", "en");
        answer.Text.ShouldStartWith("3 April 2014");
        answer.Text.ShouldNotContain("2013");
        answer.Text.ShouldNotContain("1993");
    }

    [Fact]
    public async Task The_signing_is_dated_by_the_final_clause_not_by_the_agreement_the_preamble_names()
    {
        using var temp = await StoreWith(Text("veterinary.txt", VeterinaryPage));
        var answer = temp.Store.Offline.Answer("Кога е подписано споразумението за сътрудничество в областта на ветеринарната медицина?", "bg");
        answer.Text.ShouldContain("20 ноември 2013");
        answer.Text.ShouldNotContain("1993");
    }

    [Fact]
    public async Task Each_signature_column_answers_for_its_own_side()
    {
        using var temp = await StoreWith(Text("veterinary.txt", VeterinaryPage));
        var answer = temp.Store.Offline.Answer("Кто подписал соглашение о ветеринарии со стороны Болгарии?", "ru");
        answer.Text.ShouldStartWith("Д. Греков");
        answer.Text.ShouldNotContain("Мамытбеков");
    }

    [Theory]
    [InlineData("На коя дата Народното събрание прие закона за ратифициране на споразумението с Казахстан в областта на енергетиката?", "bg", "18 май 2017", "14 април")]
    [InlineData("Когда казахстанская сторона утвердила соглашение с Болгарией о сотрудничестве в области энергетики?", "ru", "14 апреля 2017", "18 мая")]
    public async Task The_side_asked_is_answered_with_its_own_act_s_date(string question, string lang, string date, string other)
    {
        using var temp = await StoreWith(Text("gazette.txt", GazetteIssue));
        var answer = temp.Store.Offline.Answer(question, lang);
        answer.Text.ShouldStartWith(date);
        answer.Text.ShouldNotContain(other);
        // The issue's own date and the agreement's signing are no act's date.
        answer.Text.ShouldNotContain("30 ма");
        answer.Text.ShouldNotContain("3 март");
    }

    [Fact]
    public async Task A_law_keeps_the_treaty_s_own_signing_and_is_its_ratification()
    {
        using var temp = await StoreWith(Text("law.html", LawPage));
        var signed = temp.Store.Offline.Answer("When and where was the civil protection agreement between Kazakhstan and Bulgaria signed?", "en");
        signed.Text.ShouldContain("14 May 2019");
        signed.Text.ShouldContain("Sofia");
        signed.Text.ShouldNotContain("2020");
        var ratified = temp.Store.Offline.Answer("Когда было ратифицировано соглашение о сотрудничестве в области гражданской защиты?", "ru");
        ratified.Text.ShouldStartWith("27 января 2020");
        ratified.Text.ShouldContain("301-VI");
    }

    [Fact]
    public async Task A_kazakh_treaty_s_signature_table_answers_for_the_side_asked()
    {
        using var temp = await StoreWith(Text("kelisim.md", KazakhTreaty));
        var answer = temp.Store.Offline.Answer("Ауыл шаруашылығы туралы келісімге Болгария тарапынан кім қол қойды?", "kk");
        answer.Text.ShouldStartWith("Десислава Танева");
        answer.Text.ShouldNotContain("Мамытбеков");
        var when = temp.Store.Offline.Answer("Ауыл шаруашылығы саласындағы ынтымақтастық туралы келісімге қашан қол қойылды?", "kk");
        when.Text.ShouldContain("2016");
        when.Text.ShouldContain("24 наурыз");
    }

    [Fact]
    public async Task A_docx_signature_table_names_the_signer_of_each_side()
    {
        var docx = Docx("Agreement on cooperation in the field of education",
            Para("AGREEMENT between the Government of the Republic of Kazakhstan and the Government of the Republic of Bulgaria on cooperation in the field of higher education"),
            Para("Guided by the Agreement on cultural cooperation signed at Sofia on 18 May 2004, the Parties have agreed as follows:"),
            Para("Article 1. The Parties shall promote exchanges of students and teachers between their universities."),
            Para("Done at Astana on 12 September 2018 in two originals, each in the Kazakh, Bulgarian and English languages, all texts being equally authentic."),
            Table(0,
                Row("For the Government of the Republic of Kazakhstan", "For the Government of the Republic of Bulgaria"),
                Row("Yerlan Sagadiyev", "Krasimir Valchev")));
        using var temp = await StoreWith(("education.docx", docx));
        var signer = temp.Store.Offline.Answer("Who signed the higher education agreement for Bulgaria?", "en");
        signer.Text.ShouldStartWith("Krasimir Valchev");
        signer.Text.ShouldNotContain("Sagadiyev");
        var when = temp.Store.Offline.Answer("When was the higher education agreement signed?", "en");
        when.Text.ShouldContain("12 September 2018");
        when.Text.ShouldNotContain("2004");
    }
}
