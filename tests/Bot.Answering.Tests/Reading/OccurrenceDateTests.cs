using Bot.Answering.Composing;
using Bot.Answering.Understanding;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "When did he last visit" is answered with the latest visit the sources date, "for the first time" with the earliest —
/// in any of the four languages, from a chronology's items or from a sentence that tells two visits — and the other
/// visits are not shown as sources that differ. "Last year" is a period, not the last time.
/// </summary>
public sealed class OccurrenceDateTests(OccurrenceDateTests.Fixture fixture) : IClassFixture<OccurrenceDateTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("chronology-en.md", "# Kazakhstan – Bulgaria: milestones\n\n"
                + "Embassy of the Republic of Kazakhstan in Sofia, 20 June 2025.\n\n"
                + "- **25 September 2003** – official visit of President Georgi Parvanov to Kazakhstan.\n"
                + "- **1 December 2010** – President Georgi Parvanov visits Astana for the OSCE Summit.\n"
                + "- **7 October 2019** – Vice President Iliana Iotova is received by President Tokayev.\n");
            files.Write("history-ru.md", Doc("Тридцать лет дипломатических отношений", "2022-06-04", "ru",
                "Президент Георгий Пырванов посетил Казахстан с официальным визитом 25–27 сентября 2003 года, "
                + "а 1–2 декабря 2010 года находился в Астане с рабочим визитом в связи с саммитом ОБСЕ."));
        }
    }

    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    /// <summary>What the answer gives as its dates: its lines before the quotes of the sources.</summary>
    static string Given(Answer answer) => string.Join('\n', answer.Text.Split('\n').TakeWhile(l => !l.StartsWith('«')));

    [Theory]
    [InlineData("When did Georgi Parvanov last visit Kazakhstan?", "en")]
    [InlineData("Когда Георгий Пырванов в последний раз посетил Казахстан?", "ru")]
    [InlineData("Кога Георги Първанов посети Казахстан за последен път?", "bg")]
    public void The_last_time_is_the_latest_visit_the_sources_date(string question, string lang)
    {
        var answer = Ask(question, lang);

        Given(answer).ShouldContain("2010", customMessage: answer.Text);
        Given(answer).ShouldNotContain("2003", customMessage: answer.Text);
    }

    [Theory]
    [InlineData("When did Georgi Parvanov visit Kazakhstan for the first time?", "en")]
    [InlineData("Кога Първанов посети Казахстан за първи път?", "bg")]
    [InlineData("Когда Пырванов впервые посетил Казахстан?", "ru")]
    public void The_first_time_is_the_earliest_visit_and_later_ones_are_no_disagreement(string question, string lang)
    {
        var answer = Ask(question, lang);

        Given(answer).ShouldContain("2003", customMessage: answer.Text);
        Given(answer).ShouldNotContain("2010", customMessage: answer.Text);
    }

    [Theory]
    [InlineData("When did Parvanov last visit Kazakhstan?", Occurrence.Last)]
    [InlineData("Кога Първанов посети за последен път Казахстан?", Occurrence.Last)]
    [InlineData("Когда Желев впервые посетил Казахстан?", Occurrence.First)]
    [InlineData("Желев Қазақстанға алғаш рет қашан келді?", Occurrence.First)]
    [InlineData("What was the trade turnover last year?", Occurrence.Any)]
    [InlineData("Как изменился товарооборот за последние пять лет?", Occurrence.Any)]
    [InlineData("Соңғы жылдары тауар айналымы қалай өзгерді?", Occurrence.Any)]
    public void A_question_names_the_first_or_last_time_but_not_a_period(string question, Occurrence expected)
    {
        var words = Bot.Knowledge.Text.Tokenizer.Words(Bot.Knowledge.Text.TextNormalizer.Fold(question)).ToList();

        QuestionOccurrence.Default.Of(words).ShouldBe(expected);
    }
}
