using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// Steps of one agreement's life are not answered by what a page tells beside them: a third country's agreement ratified on
/// the same page (a road transport agreement with Georgia), a protocol whose talks only are reported under a dated post, a
/// date a neighbour sentence gives to talks beside an agreement that only waits for ratification. Asked in en/ru/bg/kk:
/// the answer carries none of those dates. What did happen (the Kazakhstan–Bulgaria agreement ratified) is still dated.
/// </summary>
public sealed class AgreementLifeTests(AgreementLifeTests.Fixture fixture) : IClassFixture<AgreementLifeTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("parliament.md", Doc("Parliament week", "2026-03-06", "en",
                "Sofia, 6 March 2026 — On 4 March 2026 the National Assembly ratified a road transport agreement with Georgia.\n\n"
                + "The road transport agreement between Bulgaria and Kazakhstan, signed in Astana in January, has not yet been submitted to parliament.\n\n"
                + "The Agreement on Cooperation in Veterinary Medicine between Bulgaria and Kazakhstan was ratified by the National Assembly on 5 March 2026."));
            files.Write("posts.txt", """
                Посольство Республики Казахстан в Республике Болгария

                [12.09.2025 11:00]
                Посол провёл встречу в министерстве энергетики Болгарии. Обсуждён ход переговоров по Меморандуму о сотрудничестве в области геологии и недропользования.
                """);
            files.Write("sea.md", Doc("Морской транспорт", "2025-10-20", "ru",
                "Астана, 20 октября 2025 года. Соглашение о морском транспорте между Казахстаном и Болгарией вступит в силу после ратификации парламентами двух стран.\n\n"
                + "Накануне министры транспорта провели переговоры в Актау."));
        }
    }

    [Theory]
    [InlineData("When did Bulgaria's parliament ratify the road transport agreement with Kazakhstan?", "en", "4 March")]
    [InlineData("Кога Народното събрание ратифицира споразумението за автомобилен транспорт с Казахстан?", "bg", "4 март")]
    public void A_third_countrys_agreement_ratified_on_the_same_page_dates_nothing_of_ours(string question, string lang, string other)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.Split('\n')[0].ShouldNotContain(other);
    }

    [Fact]
    public void The_agreement_that_was_ratified_is_still_dated()
    {
        var answer = fixture.Answerer.Answer("When was the Agreement on Cooperation in Veterinary Medicine ratified?", "en");

        answer.Text.Split('\n')[0].ShouldContain("5 March 2026");
    }

    [Theory]
    [InlineData("Когда был подписан меморандум о сотрудничестве в области геологии?", "ru", "12 сентября")]
    [InlineData("When was the memorandum on cooperation in geology signed?", "en", "12 September")]
    public void A_document_whose_talks_only_are_reported_has_no_signing_date(string question, string lang, string postDay)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.Split('\n')[0].ShouldNotContain(postDay);
    }

    [Theory]
    [InlineData("Когда Казахстан ратифицировал соглашение о морском транспорте?", "ru", "19 октября")]
    [InlineData("Теңіз көлігі туралы келісім қашан ратификацияланды?", "kk", "19 қазан")]
    public void A_date_a_neighbour_gives_to_talks_is_no_ratification_date(string question, string lang, string talksDay)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.Split('\n')[0].ShouldNotContain(talksDay);
    }
}
