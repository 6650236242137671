using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Figures;

/// <summary>
/// "How many Kazakh tourists visited Bulgaria in 2026?" asked in any language of a text in another ("Былтыр Болгарияға
/// 11 400 қазақстандық турист барған"): the count of the asked year answers; a year no text counts gets "not found"
/// and the years that are counted, never another year's count.
/// </summary>
public sealed class PeopleCountByYearTests(PeopleCountByYearTests.Fixture fixture) : IClassFixture<PeopleCountByYearTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files) =>
            files.Write("flyarystan-kk.md", Doc("FlyArystan Алматыдан Бургасқа рейстер ашады", "2027-03-12", "kk",
                "FlyArystan лоукостері 2027 жылғы 14 маусымнан бастап Алматы – Бургас бағыты бойынша маусымдық рейстерді іске қосады.\n\n"
                + "Компания өкілінің айтуынша, бағыт қазақстандық туристердің сұранысы артуына байланысты ашылып отыр. "
                + "Былтыр Болгарияға 11 400 қазақстандық турист барған."));
    }

    string First(string question, string lang) => fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

    [Theory]
    [InlineData("Сколько казахстанских туристов побывали в Болгарии в 2026 году?", "ru")]
    [InlineData("Колко казахстански туристи посетиха България през 2026 г.?", "bg")]
    [InlineData("How many Kazakh tourists visited Bulgaria in 2026?", "en")]
    public void The_asked_years_count_of_tourists_answers_from_a_text_in_another_language(string question, string lang) =>
        First(question, lang).ShouldMatch(@"11[\s\u00A0,]?400");

    [Theory]
    [InlineData("Сколько казахстанских туристов побывали в Болгарии в 2024 году?", "ru")]
    [InlineData("How many Kazakh tourists visited Bulgaria in 2024?", "en")]
    public void A_year_no_text_counts_is_not_answered_with_another_years_count(string question, string lang) =>
        fixture.Answerer.Answer(question, lang).Text.ShouldNotMatch(@"11[\s\u00A0,]?400\s*\[");
}
