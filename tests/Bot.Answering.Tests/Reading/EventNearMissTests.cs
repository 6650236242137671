using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// Near misses of an event's date are refused, not answered with the date of a neighbour: a register row whose entry
/// into force is empty ("—") is not given the next row's; a working group only proposed is not dated by consultations
/// held on the same topics; an embassy is not dated by a school opened in the same city. A relative date told from an
/// event the text dates ("The following July, on the 10th") is answered with the day it names.
/// </summary>
public sealed class EventNearMissTests(EventNearMissTests.Fixture fixture) : IClassFixture<EventNearMissTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("register-en.html", "<html lang=\"en\"><head><title>Legal framework</title></head><body><article>"
                + "<h1>Kazakhstan and Bulgaria: legal framework</h1><p>Published 3 March 2022. Intergovernmental documents between Kazakhstan and Bulgaria.</p>"
                + "<table><tr><th>No.</th><th>Document</th><th>Signed</th><th>Place of signing</th><th>Entered into force</th></tr>"
                + "<tr><td>1</td><td>Convention on the avoidance of double taxation</td><td>13.11.1997</td><td>Almaty</td><td>—</td></tr>"
                + "<tr><td>2</td><td>Agreement on the mutual protection of investments</td><td>15.09.1999</td><td>Sofia</td><td>20.08.2001</td></tr>"
                + "</table></article></body></html>");
            files.Write("consultations-en.md", Doc("Political consultations in Astana", "2023-10-22", "en",
                "ASTANA — Kazakhstan and Bulgaria held political consultations between their foreign ministries in Astana yesterday. "
                + "The Bulgarian side said it was interested in energy, telecommunications, and transport and logistics."));
            files.Write("talks-ru.md", Doc("Переговоры в Акорде", "2025-06-09", "ru",
                "Касым-Жомарт Токаев предложил создать совместную рабочую группу по транспорту и логистике в рамках межправительственной комиссии."));
            files.Write("school-bg.md", Doc("Посланикът се срещна с общността", "2019-10-07", "bg",
                "Двамата обсъдиха и откриването догодина на неделно българско училище в Нур-Султан."));
            files.Write("corridor-en.md", Doc("Bulgaria looks east to the Middle Corridor", "2025-07-14", "en",
                "The idea did not arrive with the presidents. In October 2023, during political consultations in Astana, Bulgaria proposed joint work on the Middle Corridor. "
                + "The following July, on the 10th, the Kazakh embassy gathered more than 20 Bulgarian transport companies in Sofia for a forum on transport connections."));
        }
    }

    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("When did the double taxation convention between Kazakhstan and Bulgaria enter into force?", "en")]
    [InlineData("Когда вступила в силу конвенция об избежании двойного налогообложения?", "ru")]
    public void An_empty_entry_into_force_cell_is_not_answered_with_the_next_rows_date(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldNotContain("2001", customMessage: answer.Text);
    }

    [Fact]
    public void The_row_that_states_its_entry_into_force_still_answers()
    {
        var answer = Ask("When did the agreement on the protection of investments enter into force?", "en");

        answer.Text.Split('\n')[0].ShouldContain("2001", customMessage: answer.Text);
    }

    [Theory]
    [InlineData("When did the joint working group on transport and logistics first meet?", "en")]
    [InlineData("Когда впервые собралась совместная рабочая группа по транспорту и логистике?", "ru")]
    [InlineData("Көлік және логистика жөніндегі бірлескен жұмыс тобының алғашқы отырысы қашан өтті?", "kk")]
    public void A_group_only_proposed_is_not_dated_by_consultations_on_the_same_topics(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldNotContain("2023", customMessage: answer.Text);
    }

    [Theory]
    [InlineData("When did Bulgaria open its embassy in Astana?", "en")]
    [InlineData("Кога България откри посолство в Астана?", "bg")]
    public void An_embassy_is_not_dated_by_a_school_opened_in_the_same_city(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldNotContain("2020", customMessage: answer.Text);
    }

    [Theory]
    [InlineData("When did the Kazakh embassy hold the transport forum in Sofia?", "en", "10 July 2024")]
    [InlineData("Кога посолството на Казахстан организира транспортния форум в София?", "bg", "10 юли 2024")]
    public void The_following_month_after_a_dated_event_is_answered_with_its_day_and_year(string question, string lang, string date)
    {
        var answer = Ask(question, lang);

        answer.Text.Split('\n')[0].ShouldContain(date, Case.Insensitive, answer.Text);
    }
}
