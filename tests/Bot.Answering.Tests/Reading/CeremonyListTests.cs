using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// Lists and places as other outlets write them: a list of documents introduced paragraphs after the lead that says where
/// the talks were; a count of projects followed, in the next paragraph, by "the following were presented:" and the items;
/// the sectors a side showed interest in, in a Kazakh sentence about consultations; the zone an official visited, named
/// before or after its kind, in a year a sentence gives as "that year".
/// </summary>
public sealed class CeremonyListTests(CeremonyListTests.Store fixture) : IClassFixture<CeremonyListTests.Store>
{
    public sealed class Store : NewsFixture
    {
        protected override void WriteNews(Bot.TestKit.TempFolder files)
        {
            files.Write("palace.md", Doc("Президентът Радев проведе разговори в Акорда", "2025-06-09", "bg",
                "Президентът на Казахстан Касъм-Жомарт Токаев прие в двореца Акорда президента на Република България Румен Радев.\n\n" +
                "Разговорите започнаха в тесен формат и продължиха в разширен състав.\n\n" +
                "Двамата държавни глави обсъдиха търговията и транспорта.\n\n" +
                "Токаев подчерта ролята на междуправителствената комисия.\n\n" +
                "Радев покани Токаев да посети България.\n\n" +
                "След разговорите бяха разменени следните документи:\n\n" +
                "меморандум за сътрудничество между министерствата на земеделието;\n\n" +
                "споразумение за въздушни съобщения между Алмати и Варна;\n\n" +
                "програма за обмен на студенти между университетите в Караганда и Русе.\n\n" +
                "След това лидерите направиха изявления за медиите."));
            files.Write("forum.md", Doc("Алматыдағы бизнес-форум", "2024-10-03", "kk",
                "Алматыда өткен бизнес-форумда болгар компаниялары төрт жоба ұсынды. Олардың екеуі энергетикаға қатысты.\n\n" +
                "Мына жобалар таныстырылды:\n\n" +
                "• Түркістанда күн электр станциясын салу;\n\n" +
                "• Ақтауда жүзім шаруашылығы кешені;\n\n" +
                "• Қарағандыда дәрі-дәрмек зауыты;\n\n" +
                "• Павлодарда логистикалық орталық.\n\n" +
                "Форумға 200-ден астам адам қатысты."));
            files.Write("forum-summary.md", Doc("Business week", "2024-10-20", "en",
                "At the business forum in Almaty Bulgarian companies presented four projects, covering energy, agriculture, pharmaceuticals and logistics."));
            files.Write("consult.md", Doc("Саяси консультациялар", "2021-11-02", "kk",
                "Астанада Қазақстан мен Болгария сыртқы істер министрліктері арасында саяси консультациялар өтті. Болгария делегациясын министр орынбасары басқарды.\n\n" +
                "Болгар тарапы фармацевтика, су ресурстары және цифрлық технологиялар салаларындағы ынтымақтастыққа қызығушылық танытты."));
            files.Write("zone.md", Doc("Губернатор Варны побывал в Шымкенте", "2025-03-20", "ru",
                "Идея сотрудничества обсуждается с 2022 года. В октябре того года губернатор области Варна посетил Шымкент, где встретился с акимом, " +
                "а также побывал в индустриальной зоне «Оңтүстік», которую возглавляет Ерлан Сейтов.\n\n" +
                "Губернатор тогда же предложил открыть паромную линию."));
            files.Write("zone-bg.md", Doc("Посланикът посети Русе", "2024-05-15", "bg",
                "Посланикът на Казахстан беше на посещение в Русе, където се срещна с кмета на града.\n\n" +
                "По време на визитата си посланикът посети и Свободна безмитна зона, където разговаря с ръководството за възможностите за инвестиции."));
        }
    }

    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    static string Lead(Answer answer) => answer.Text.Split('\n')[0];

    [Theory]
    [InlineData("List the documents exchanged in the Akorda after the Tokayev–Radev talks.", "en")]
    [InlineData("Какие документы были подписаны в Акорде после переговоров Токаева и Радева?", "ru")]
    public void A_list_of_documents_paragraphs_after_the_lead_that_places_the_talks_is_quoted_whole(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Text.ShouldContain("земеделието");
        answer.Text.ShouldContain("Алмати и Варна");
        answer.Text.ShouldContain("Караганда и Русе");
        answer.Text.ShouldNotContain("Радев покани");
    }

    [Theory]
    [InlineData("Which projects did Bulgarian companies present at the business forum in Almaty?", "en")]
    [InlineData("What projects were presented at the business forum in Almaty?", "en")]
    [InlineData("Алматыдағы бизнес-форумда болгар компаниялары қандай жобаларды ұсынды?", "kk")]
    public void Items_a_later_paragraph_introduces_answer_before_a_sentence_naming_their_kinds(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Text.ShouldContain("Түркістанда күн электр станциясын");
        answer.Text.ShouldContain("Павлодарда логистикалық");
    }

    [Fact]
    public void Consultations_in_a_Kazakh_question_are_no_consul_the_evidence_must_name()
    {
        var answer = Ask("2021 жылғы саяси консультацияларда болгар тарапы қандай салаларға қызығушылық танытты?", "kk");
        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        answer.Text.ShouldContain("фармацевтика");
    }

    [Theory]
    [InlineData("Какую индустриальную зону посетил губернатор Варны в Шымкенте в 2022 году?", "ru", "Оңтүстік")]
    [InlineData("Which industrial zone did the governor of Varna visit in Shymkent in 2022?", "en", "Оңтүстік")]
    [InlineData("Елші Русеге барған сапарында қай экономикалық аймақта болды?", "kk", "Свободна безмитна зона")]
    [InlineData("Which zone did the ambassador visit in Ruse?", "en", "Свободна безмитна зона")]
    public void The_zone_an_official_visited_answers_which_zone(string question, string lang, string zone)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        Lead(answer).ShouldContain(zone);
    }

    [Fact]
    public void That_year_in_a_sentence_is_the_year_the_sentence_before_named()
    {
        Ask("Какую индустриальную зону посетил губернатор Варны в Шымкенте в 2025 году?", "ru").Text.ShouldNotStartWith("зоне «Оңтүстік»");
    }
}
