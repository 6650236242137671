using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Which documents were signed during Atamkulov's visit?": no record ties an agreement to a visit, so the list is the
/// agreements reported by the news naming that person — not every agreement of the store, and not the older ones a
/// chronology lists beside the visit.
/// </summary>
public sealed class PersonScopeTests(PersonScopeTests.Fixture fixture) : IClassFixture<PersonScopeTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("visit-ru.md", Doc("Визит главы МИД Казахстана в Софию", "2019-03-15", "ru",
                "14 марта 2019 года в Софии министр иностранных дел Казахстана Бейбут Атамкулов провёл переговоры с болгарскими коллегами.\n\n"
                + "По итогам визита подписаны меморандум о сотрудничестве в области туризма и соглашение о воздушном сообщении."));
            files.Write("chronology-en.md", Doc("Chronology of relations", "2020-01-10", "en",
                "5 June 1992: Kazakhstan and Bulgaria signed a protocol on the establishment of diplomatic relations.\n\n"
                + "March 2019: official visit of Foreign Minister Beibut Atamkulov to Sofia."));
            files.Write("visit-akorda-ru.md", Doc("Переговоры в Акорде", "2022-09-20", "ru",
                "В Акорде Президент Казахстана Касым-Жомарт Токаев провел переговоры с премьер-министром Болгарии Галабом Доневым, прибывшим в Астану с визитом.\n\n"
                + "По итогам переговоров подписаны меморандум о сотрудничестве в области энергетики между министерствами энергетики двух стран и меморандум о сотрудничестве между городами Бургас и Караганда."));
            files.Write("astana-en.md", Doc("Astana and Varna", "2022-10-01", "en",
                "On 30 September 2022 in Varna the mayors signed a memorandum of friendship between Astana and Varna."));
            files.Write("education-en.md", Doc("Education memorandum", "2021-05-05", "en",
                "On 5 May 2021 in Astana, Kazakhstan and Bulgaria signed a memorandum on cooperation in education and science."));
        }
    }

    [Theory]
    [InlineData("Which documents were signed during Atamkulov's visit?", "en")]
    [InlineData("Какие документы были подписаны во время визита Атамкулова?", "ru")]
    [InlineData("Кои документи бяха подписани по време на посещението на Атамкулов?", "bg")]
    public void The_documents_of_the_visit_the_person_made_are_listed(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.Agreements, answer.Text);
        answer.Text.Split('\n')[0].ShouldContain("2");
        answer.Text.ShouldNotContain("education");
        answer.Text.ShouldNotContain("1992");
    }

    [Theory]
    [InlineData("Which documents were signed during Donev's visit to Astana?", "en")]
    [InlineData("Какие документы подписаны во время визита Донева в Астану?", "ru")]
    [InlineData("Донев Астанаға сапары кезінде қандай құжаттарға қол қойылды?", "kk")]
    public void A_visit_to_a_city_lists_what_was_signed_there_not_what_names_the_city_as_a_party(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.Agreements, answer.Text);
        answer.Text.ShouldContain("энергетики");
        answer.Text.ShouldNotContain("Varna");
    }

    [Theory]
    [InlineData("Which documents were signed during Radev's visit?", "en")]
    [InlineData("Какие документы подписали во время визита Радева?", "ru")]
    public void A_visit_no_report_names_lists_no_agreement(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldNotBe(AnswerKind.Agreements, answer.Text);
        answer.Text.ShouldNotContain("education");
    }
}
