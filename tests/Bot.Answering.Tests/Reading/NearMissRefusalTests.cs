using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// Every condition of a question must hold in the evidence, or the answer is a refusal: a neighbouring fact (the name of a
/// hotel or a club for "who heads it", the present holder for "who was before him", another good's amount, the two
/// partners' trade for a third country's) never stands in for the one asked.
/// </summary>
public sealed class NearMissRefusalTests(NearMissRefusalTests.Fixture fixture) : IClassFixture<NearMissRefusalTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("clubs.md", Doc("Болгарские общества в Казахстане", "2023-04-12", "ru",
                "В Караганде работает общество «Родолюбие», а в Шымкенте — клуб «Балканска звезда».\n\n"
                + "С 2018 года общество «Родолюбие» в Караганде возглавляет Мария Стефанова."));
            files.Write("reception.md", Doc("Прием в Пловдив", "2022-12-16", "bg",
                "Новогодишният прием на генералното консулство се състоя в хотел „Тримонциум“ в Пловдив. "
                + "Домакин на приема беше генералният консул Бахыт Оразов."));
            files.Write("envoy.md", Doc("New envoy in Sofia", "2021-06-03", "en",
                "Yerlan Sagintayev presented his credentials in Sofia on 2 June 2021. Sagintayev replaced Aset Zhumabekov, who had been ambassador since 2016."));
            files.Write("imports.md", Doc("Imports from Bulgaria", "2024-03-05", "en",
                "Kazakh imports from Bulgaria, mostly medicines and cosmetics, grew to $80.4 million in 2023."));
            files.Write("turnover.md", Doc("Стокообмен", "2024-02-20", "bg",
                "Стокообменът между България и Казахстан достигна 412 млн. долара през 2023 г. След това министърът замина за Румъния."));
            files.Write("partners.md", Doc("Partners in the EU", "2024-10-01", "en",
                "Bulgaria is now among the top 10 trading partners of Kazakhstan in the European Union. Its port of Varna handles much of that cargo."));
        }
    }

    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    static string Lead(Answer answer) => answer.Text.Split('\n')[0];

    [Theory]
    [InlineData("Who heads the Balkanska Zvezda club in Shymkent?", "en")]
    [InlineData("Кто руководит клубом «Балканска звезда» в Шымкенте?", "ru")]
    [InlineData("Кой ръководи клуба „Балканска звезда“ в Шимкент?", "bg")]
    [InlineData("Шымкенттегі «Балканска звезда» клубын кім басқарады?", "kk")]
    public void Who_heads_a_club_no_one_is_named_for_is_refused_not_answered_with_a_name_of_a_club(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        Lead(answer).ShouldNotContain("Родолюбие");
        answer.Text.ShouldNotContain("Стефанова");
        answer.Text.ShouldNotContain("Stefanova");
    }

    [Theory]
    [InlineData("Кто возглавляет общество «Родолюбие» в Караганде?", "ru")]
    [InlineData("Who heads the Rodolyubie society in Karaganda?", "en")]
    public void Who_heads_a_society_whose_head_is_named_is_answered_with_the_person(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        Lead(answer).ShouldContain(lang == "ru" ? "Стефанова" : "Stefanova");
    }

    [Theory]
    [InlineData("Who was consul general in Plovdiv before Orazov?", "en")]
    [InlineData("Кой е бил генерален консул в Пловдив преди Оразов?", "bg")]
    [InlineData("Кто был генеральным консулом в Пловдиве до Оразова?", "ru")]
    [InlineData("Оразовтан бұрын Пловдивтегі бас консул кім болды?", "kk")]
    public void Who_came_before_a_person_is_refused_when_no_text_tells_of_a_predecessor(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        Lead(answer).ShouldNotContain("Тримонциум");
        Lead(answer).ShouldNotContain("Оразов");
    }

    [Theory]
    [InlineData("Who was ambassador in Sofia before Sagintayev?", "en")]
    [InlineData("Кто был послом в Софии до Сагинтаева?", "ru")]
    public void Who_came_before_a_person_is_answered_from_the_text_telling_of_the_succession(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        Lead(answer).ShouldContain(lang == "en" ? "Zhumabekov" : "Жумабеков");
    }

    [Theory]
    [InlineData("How much oil did Bulgaria export to Kazakhstan in 2023?", "en")]
    [InlineData("Сколько нефти Болгария экспортировала в Казахстан в 2023 году?", "ru")]
    [InlineData("Колко нефт е изнесла България за Казахстан през 2023 г.?", "bg")]
    [InlineData("2023 жылы Болгария Қазақстанға қанша мұнай экспорттады?", "kk")]
    public void An_amount_of_other_goods_is_no_answer_about_oil(string question, string lang)
    {
        var answer = Ask(question, lang);

        Lead(answer).ShouldNotContain("80");
        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
    }

    [Theory]
    [InlineData("What is the trade turnover between Bulgaria and Romania?", "en")]
    [InlineData("Какъв е стокообменът между България и Румъния?", "bg")]
    [InlineData("Каков товарооборот между Болгарией и Румынией?", "ru")]
    [InlineData("Болгария мен Румыния арасындағы тауар айналымы қанша?", "kk")]
    public void Trade_with_a_third_country_is_not_answered_with_the_two_partners_trade(string question, string lang)
    {
        var answer = Ask(question, lang);

        Lead(answer).ShouldNotContain("412");
        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
    }

    [Fact]
    public void The_two_partners_trade_is_still_answered()
    {
        var answer = Ask("Какъв е стокообменът между България и Казахстан през 2023 г.?", "bg");

        Lead(answer).ShouldContain("412");
    }

    [Theory]
    [InlineData("Where does Bulgaria rank among Kazakhstan's EU trading partners?", "en")]
    [InlineData("Какое место занимает Болгария среди торговых партнёров Казахстана в ЕС?", "ru")]
    [InlineData("На кое място е България сред търговските партньори на Казахстан в ЕС?", "bg")]
    [InlineData("Болгария Қазақстанның ЕО-дағы сауда серіктестері арасында нешінші орында?", "kk")]
    public void Where_something_ranks_is_answered_with_its_rank_not_a_place(string question, string lang)
    {
        var answer = Ask(question, lang);

        Lead(answer).ShouldContain("10");
        Lead(answer).ShouldNotContain("Varna");
        Lead(answer).ShouldNotContain("Варна");
    }
}
