using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// Answers that would quote a nearby line as if it answered: a parliament's session transcript (ru) with the Senate's
/// approval given without a tally beside an investment figure, a ministry's gazette notice (bg) of a memorandum whose
/// signing is still ahead beside one with a day set, a Kazakh FAQ page telling of stamps launched with no speaker named,
/// and an English digest. Asked in en/ru/bg/kk: "how many votes" is never answered with a sum of money, "when will it be
/// signed" of a plan with no day says no source gives one, "who spoke" over a sentence naming no one is refused, and a
/// Kazakh akimat's post names as mayor the akim it quotes, never the guest of a sentence about "the two cities" (қалалары).
/// </summary>
public sealed class WrongAnswerGuardsTests(WrongAnswerGuardsTests.Fixture fixture) : IClassFixture<WrongAnswerGuardsTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("senate-transcript.txt", """
                СТЕНОГРАММА заседания Сената Парламента Республики Казахстан, 26 апреля 2001 года

                ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ: Переходим к законопроекту о ратификации Соглашения между Казахстаном и Болгарией о поощрении и взаимной защите инвестиций.

                ДОКЛАДЧИК: Комитет рекомендует одобрить законопроект. Болгарские прямые инвестиции в Казахстан за девять месяцев прошлого года составили 6,2 млн долларов.

                ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ: Законопроект одобрен Сенатом. Переходим к следующему вопросу.
                """);
            files.Write("transport-notice.txt", """
                ДЪРЖАВЕН ВЕСТНИК — СЪОБЩЕНИЕ

                София, 2 декември 2025 г.

                Министерството на туризма съобщава:

                1. Подписването на меморандум за сътрудничество в областта на туризма между министерствата на туризма на България и Казахстан предстои.

                2. Меморандумът за сътрудничество в областта на образованието ще бъде подписан на 15 октомври 2026 г. в София.

                3. За справки: тел. +359 2 940 1234.
                """);
            files.Write("stamps-faq.md", Doc("Жиі қойылатын сұрақтар: пошта маркалары", "2024-02-10", "kk", """
                Сұрақ: Қазақстан мен Болгарияның бірлескен пошта маркалары қашан шықты?

                Жауап: 2012 жылғы желтоқсанда Софияда дипломатиялық қатынастардың 20 жылдығына орай бірлескен пошта маркалары айналымға шығарылды.

                Сұрақ: Маркаларды қайдан сатып алуға болады?

                Жауап: Екі елдің пошта бөлімшелерінде.
                """));
            files.Write("digest.md", Doc("Weekly digest: Central Asia and the Balkans", "2025-06-20", "en", """
                1. Bulgaria and Kazakhstan: the ministries of tourism are preparing a memorandum on tourism; no date for its signing has been agreed.

                2. Bulgarian investment in Kazakhstan in the first nine months of 2024 totalled $6.2 million, the National Bank said.

                3. Romania and Bulgaria will open a new Danube bridge in 2027.
                """));
            files.Write("taraz-post.txt", """
                Тараз қаласы әкімдігі | Telegram

                Тараз қаласы әкімдігінің баспасөз қызметі хабарлайды.

                Болгария Премьер-министрі Николай Денковтың ресми сапары барысында Тараз бен Стара Загора қалалары арасында бауырластық туралы меморандумға қол қойылды.

                «Бұл құжат екі қаланың ынтымақтастығына жол ашады», – деді Тараз қаласының әкімі Бақытжан Орынбеков.

                12 наурыз 2025 ж.
                """);
            files.Write("energy-release.md", Doc("Energy ministries prepare a memorandum", "2025-09-01", "en", """
                ASTANA, 1 September 2025. The energy ministries of Kazakhstan and Bulgaria are preparing a memorandum on renewable energy. It is due to be signed on 20 November 2026 in Astana.
                """));
        }
    }

    string Text(string question, string lang) => fixture.Answerer.Answer(question, lang).Text;

    [Theory]
    [InlineData("How many votes did the investment agreement bill receive in the Senate?", "en")]
    [InlineData("Сколько голосов получил в Сенате законопроект о соглашении по инвестициям?", "ru")]
    [InlineData("Колко гласа получи в Сената законопроектът за споразумението за инвестициите?", "bg")]
    public void A_question_counting_votes_is_never_answered_with_an_investment_figure(string question, string lang)
    {
        var text = Text(question, lang);

        text.ShouldNotContain("6.2");
        text.ShouldNotContain("6,2");
    }

    [Fact]
    public void The_investment_figure_still_answers_a_question_asking_for_it()
    {
        Text("How much Bulgarian investment went to Kazakhstan in the first nine months of 2024?", "en").ShouldContain("6.2");
    }

    [Theory]
    [InlineData("When will the memorandum on tourism be signed?", "en", "No source gives a date")]
    [InlineData("Когда будет подписан меморандум по туризму?", "ru", "не указана")]
    [InlineData("Кога ще бъде подписан меморандумът за туризма?", "bg", "не е посочена")]
    public void A_signing_still_ahead_with_no_day_is_told_as_undated(string question, string lang, string undated)
    {
        var text = Text(question, lang);

        text.Split('\n')[0].ShouldContain(undated);
        text.ShouldNotContain("15 ");
    }

    [Theory]
    [InlineData("When will the memorandum on education be signed?", "en", "15 октомври 2026")]
    [InlineData("Кога ще бъде подписан меморандумът за образованието?", "bg", "15 октомври 2026")]
    [InlineData("When will the memorandum on renewable energy be signed?", "en", "20 November 2026")]
    public void A_signing_ahead_with_its_day_set_is_answered_with_the_day(string question, string lang, string day)
    {
        Text(question, lang).ShouldContain(day);
    }

    [Theory]
    [InlineData("Кой е кметът на Тараз, цитиран в съобщението на акимата?", "bg")]
    [InlineData("Кто мэр Тараза, которого цитирует пресс-служба акимата?", "ru")]
    [InlineData("Who is the mayor of Taraz quoted in the akimat's post?", "en")]
    public void The_guest_of_a_sentence_about_the_two_cities_is_never_given_as_the_mayor(string question, string lang)
    {
        Text(question, lang).Split('\n')[0].ShouldNotContain("Денков");
    }

    [Fact]
    public void The_mayor_is_the_akim_the_post_quotes()
    {
        Text("Who is the mayor of Taraz quoted in the akimat's post?", "en").ShouldContain("Орынбеков");
    }

    [Theory]
    [InlineData("Who spoke for the Bulgarian government at the launch of the joint postage stamps in Sofia?", "en")]
    [InlineData("Кто выступил от болгарского правительства на выпуске совместных почтовых марок в Софии?", "ru")]
    [InlineData("Бірлескен пошта маркаларын шығару рәсімінде Болгария үкіметі атынан кім сөйледі?", "kk")]
    public void A_who_question_over_a_sentence_naming_no_one_is_refused(string question, string lang)
    {
        fixture.Answerer.Answer(question, lang).Kind.ShouldBe(Bot.Answering.Composing.AnswerKind.NotFound);
    }
}
