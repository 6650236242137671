using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// Who opens and who speaks, read from an embassy's events calendar: "Праздник откроет мэр Варны Благомир Коцев" names
/// the mayor, not a "Варны Благомир"; a quoted exhibition name («Киіз») never speaks; another country's ambassador "при
/// участии" is not Kazakhstan's. Asked in en/ru/bg/kk.
/// </summary>
public sealed class CalendarSpeakersTests(CalendarSpeakersTests.Fixture fixture) : IClassFixture<CalendarSpeakersTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("calendar-march.md", Doc("Календарь мероприятий посольства: март 2025", "2025-02-28", "ru", """
                # Календарь мероприятий, март 2025

                **12 марта, 17:00 — Выставка «Степные узоры», София, Национальная галерея.** Выставку откроет посол Казахстана в Болгарии Нурлан Жалгасбаев. При участии заместителя министра культуры Болгарии Ивана Петрова и посла Узбекистана Фурката Сидикова.

                **21 марта — Наурыз во Варне, Морская сада.** Праздник откроет мэр Варны Благомир Коцев. С участием ансамбля «Шалкыма».
                """));
            files.Write("plovdiv-felt.md", Doc("В Пловдиве открылась выставка казахского войлока", "2024-10-03", "ru", """
                ПЛОВДИВ, 3 октября. Во вторник в Пловдиве открылась выставка казахского войлока «Киіз».

                С приветственным словом выступил заместитель министра культуры Болгарии Иван Петров, а посол Казахстана Нурлан Жалгасбаев заявил, что в следующем году выставку покажут в Астане и Алматы.
                """));
        }
    }

    string First(string question, string lang) => fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

    [Theory]
    [InlineData("Кто мэр Варны?", "ru")]
    [InlineData("Кой ще открие Наурыз във Варна?", "bg")]
    [InlineData("Варна мэрі кім?", "kk")]
    public void The_posts_city_in_another_case_is_not_the_mayors_given_name(string question, string lang)
    {
        var first = First(question, lang);

        first.ShouldContain("Коцев");
        first.ShouldNotContain("Варны");
    }

    [Theory]
    [InlineData("Who spoke at the opening of the felt exhibition in Plovdiv?", "en", "Petrov")]
    [InlineData("Кто выступил на открытии выставки войлока в Пловдиве?", "ru", "Петров")]
    public void A_quoted_exhibition_name_is_never_who_spoke(string question, string lang, string expected)
    {
        var first = First(question, lang);

        first.ShouldContain(expected);
        first.ShouldNotContain("Киіз");
    }

    [Fact]
    public void Another_countrys_ambassador_taking_part_is_not_kazakhstans() =>
        First("Кой е посланикът на Казахстан в България?", "bg").ShouldNotContain("Сидиков");
}
