using Bot.Answering.Conversation;
using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Conversation;

/// <summary>An English news item and a Russian statistics table giving the trade of several years and of a half-year.</summary>
public sealed class TradeYearsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("trade-en.md", Doc("Kazakhstan–Bulgaria trade keeps growing", "2025-02-14", "en",
            "Trade between Kazakhstan and Bulgaria reached USD 412.3 million in 2024, the Ministry of Trade and Integration said.\n\n"
            + "In 2023 bilateral trade amounted to USD 298.7 million. In 2022 the turnover was USD 187.4 million, and in 2021 it stood at USD 131.9 million.\n\n"
            + "In the first half of 2024 trade reached USD 190.6 million."));
        files.Write("table-ru.md", Doc("Торговля Казахстана с Болгарией по годам", "2025-03-03", "ru",
            "Бюро национальной статистики опубликовало данные о торговле Казахстана с Болгарией.\n\n"
            + "| Год | Экспорт, млн долл. США | Импорт, млн долл. США |\n|---|---|---|\n"
            + "| 2024 | 350,1 | 62,2 |\n| 2023 | 240,5 | 58,2 |\n| 2022 | 140,3 | 47,1 |\n| 2021 | 95,6 | 36,3 |"));
    }
}

/// <summary>
/// A follow-up that moves the time ("and two years earlier?", "and the whole year before that?", "and before that?")
/// asks the last question's subject of a period counted from the last question's period, not from today; a follow-up
/// that changes the direction keeps the period.
/// </summary>
public sealed class PeriodShiftTests(TradeYearsFixture fixture) : IClassFixture<TradeYearsFixture>
{
    string First(ConversationState chat, string question, string lang) => fixture.Answerer.Answer(question, lang, chat).Text.Split('\n')[0];

    [Theory]
    [InlineData("What was the trade turnover between Kazakhstan and Bulgaria in 2024?", "And two years earlier?", "en", "187.4", "2022")]
    [InlineData("2024 жылы Қазақстан мен Болгария арасындағы тауар айналымы қанша болды?", "Ал екі жыл бұрын ше?", "kk", "187,4", "2022")]
    [InlineData("Сколько Казахстан экспортировал в Болгарию в 2024 году?", "А двумя годами ранее?", "ru", "140,3", "2022")]
    [InlineData("Колко е изнесъл Казахстан за България през 2024 г.?", "А три години по-рано?", "bg", "95,6", "2021")]
    public void Years_earlier_count_from_the_year_last_asked_about(string first, string followUp, string lang, string value, string year)
    {
        var chat = new ConversationState();
        First(chat, first, lang).ShouldContain("2024");
        var earlier = First(chat, followUp, lang);
        earlier.ShouldContain(value);
        earlier.ShouldContain(year);
    }

    [Theory]
    [InlineData("Сколько Казахстан экспортировал в Болгарию в 2022 году?", "А годом позже?", "ru", "240,5", "2023")]
    [InlineData("What was the trade turnover between Kazakhstan and Bulgaria in 2022?", "And a year later?", "en", "298.7", "2023")]
    [InlineData("Колко е внесъл Казахстан от България през 2022 г.?", "А година по-късно?", "bg", "58,2", "2023")]
    [InlineData("2022 жылы Қазақстан мен Болгария арасындағы тауар айналымы қанша болды?", "Ал бір жылдан кейін ше?", "kk", "298,7", "2023")]
    public void A_year_later_counts_forward_from_the_year_last_asked_about(string first, string followUp, string lang, string value, string year)
    {
        var chat = new ConversationState();
        First(chat, first, lang).ShouldContain("2022");
        var later = First(chat, followUp, lang);
        later.ShouldContain(value);
        later.ShouldContain(year);
    }

    [Theory]
    [InlineData("What was the trade turnover in 2023?", "And for the whole year before that?", "en", "187.4")]
    [InlineData("What was the trade turnover in 2023?", "And the whole previous year?", "en", "187.4")]
    [InlineData("Сколько Казахстан импортировал из Болгарии в 2023 году?", "А за весь предыдущий год?", "ru", "47,1")]
    [InlineData("Колко е внесъл Казахстан от България през 2023 г.?", "А за цялата предходна година?", "bg", "47,1")]
    public void The_whole_year_before_is_the_year_before_the_last_one_asked(string first, string followUp, string lang, string value)
    {
        var chat = new ConversationState();
        First(chat, first, lang);
        First(chat, followUp, lang).ShouldContain(value);
    }

    [Theory]
    [InlineData("What was the trade turnover in 2023?", "And before that?", "en", "187.4", "2022")]
    [InlineData("Сколько Казахстан экспортировал в Болгарию в 2022 году?", "А до этого?", "ru", "95,6", "2021")]
    [InlineData("2023 жылы Қазақстан Болгариядан қанша импорттады?", "Ал одан бұрын ше?", "kk", "47,1", "2022")]
    public void Before_that_asks_the_year_before_the_last_one(string first, string followUp, string lang, string value, string year)
    {
        var chat = new ConversationState();
        First(chat, first, lang);
        var before = First(chat, followUp, lang);
        before.ShouldContain(value);
        before.ShouldContain(year);
    }

    [Fact]
    public void A_year_earlier_than_a_half_year_is_that_half_year_and_is_refused_when_no_source_gives_it()
    {
        var chat = new ConversationState();
        First(chat, "What was the trade turnover in the first half of 2024?", "en").ShouldContain("190.6");
        var answer = fixture.Answerer.Answer("And a year earlier?", "en", chat);
        answer.Kind.ShouldBe(Bot.Answering.Composing.AnswerKind.NotFound);
        answer.Text.Split('\n')[0].ShouldNotContain("298.7");
    }

    [Fact]
    public void The_first_half_takes_the_year_last_asked_about()
    {
        var chat = new ConversationState();
        First(chat, "What was the trade turnover in 2024?", "en");
        First(chat, "And in the first half?", "en").ShouldContain("190.6");
    }

    [Theory]
    [InlineData("How much did Kazakhstan export to Bulgaria in 2022?", "And imports?", "And a year earlier?", "en", "47.1", "36.3")]
    [InlineData("Сколько Казахстан экспортировал в Болгарию в 2022 году?", "А импорт?", "А годом ранее?", "ru", "47,1", "36,3")]
    public void A_follow_up_changing_the_direction_keeps_the_period_and_a_later_one_counts_from_it(string first, string direction, string earlier, string lang, string sameYear, string yearBefore)
    {
        var chat = new ConversationState();
        First(chat, first, lang);
        First(chat, direction, lang).ShouldContain(sameYear);
        First(chat, earlier, lang).ShouldContain(yearBefore);
    }
}
