using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A chronology's item headed by its date ("- **July 1993** – official visit of …", "- 25 септември 2003 г.: …") dates the
/// event the item tells after its dash: asked when that visit was, in any language, the item answers as well as a report
/// does, and where the two give other years both are shown.
/// </summary>
public sealed class ChronologyItemDateTests(ChronologyItemDateTests.Fixture fixture) : IClassFixture<ChronologyItemDateTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("chronology-en.md", "# Kazakhstan – Bulgaria: chronology of relations\n\n"
                + "The Republic of Bulgaria recognised the independence of the Republic of Kazakhstan on 23 December 1991. "
                + "The page lists the main milestones of cooperation since then.\n\n"
                + "- **July 1993** – official visit of the President of Bulgaria Zhelyu Zhelev to Kazakhstan, the first visit of a Bulgarian head of state.\n"
                + "- **January 1994** – the Embassy of Bulgaria opens in Almaty.\n"
                + "- **December 2004** – the mission of Kazakhstan in Bulgaria starts its work.\n\n"
                + "Page last updated: 20 June 2025\n");
            files.Write("history-ru.md", Doc("Тридцать лет дипломатических отношений", "2022-06-04", "ru",
                "Болгария признала независимость Казахстана 23 декабря 1991 года. "
                + "Первый визит президента Болгарии Желю Желева в Казахстан состоялся 23–31 июля 1994 года."));
            files.Write("hronologia-bg.md", Doc("Хронология на отношенията", "2024-03-01", "bg",
                "- 25 септември 2003 г. – официално посещение на президента Георги Първанов в Казахстан.\n"
                + "- 14 март 2018 г. – улица в София получава името Астана."));
        }
    }

    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("When did Zhelyu Zhelev first visit Kazakhstan?", "en")]
    [InlineData("Когда президент Болгарии Желю Желев впервые посетил Казахстан?", "ru")]
    [InlineData("Кога Желю Желев посети за първи път Казахстан?", "bg")]
    [InlineData("Желю Желев Қазақстанға алғашқы сапарын қашан жасады?", "kk")]
    public void A_chronology_item_and_a_report_that_date_the_first_visit_in_other_years_are_both_given(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Text.ShouldContain("1993", customMessage: answer.Text);
        answer.Text.ShouldContain("1994", customMessage: answer.Text);
    }

    [Theory]
    [InlineData("When did Georgi Parvanov visit Kazakhstan?", "en", "25 September 2003")]
    [InlineData("When was Georgi Parvanov's official visit to Kazakhstan?", "en", "25 September 2003")]
    public void A_dated_item_in_another_language_answers_when_the_visit_was(string question, string lang, string date)
    {
        var answer = Ask(question, lang);

        answer.Text.Split('\n')[0].ShouldContain(date, Case.Insensitive, answer.Text);
    }
}
