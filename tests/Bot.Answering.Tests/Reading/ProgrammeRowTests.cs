using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A row of a programme is one record: "where is the meeting held" is answered by the row's venue cell, whole, in any
/// language of the question — not by the city the question names nor a place the event's description mentions. A list a
/// lead sentence opens ("Меморандумът предвижда:") answers "what does it provide for" as the list.
/// </summary>
public sealed class ProgrammeRowTests(ProgrammeNewsFixture fixture) : IClassFixture<ProgrammeNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    static string Lead(Answer answer) => answer.Text.Split('\n')[0];

    [Theory]
    [InlineData("Где в Пловдиве пройдёт встреча с казахстанской общиной?", "ru", "Hristo G. Danov community centre")]
    [InlineData("Where will the meeting with the Bulgarian diaspora in Shymkent take place?", "en", "«Достық үйі»")]
    [InlineData("Къде ще се проведе концертът на ансамбъла „Пирин“ в Алмати?", "bg", "Жамбыл атындағы филармония")]
    public void Where_an_event_of_a_programme_is_held_is_its_rows_venue(string question, string lang, string venue)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        Lead(answer).ShouldContain(venue);
    }

    [Fact]
    public void A_place_the_events_description_mentions_is_not_its_venue()
    {
        Lead(Ask("Where is the gala opening concert of the Sary-Arka ensemble held?", "en")).ShouldContain("Bulgaria Hall");
    }

    [Theory]
    [InlineData("Что предусматривает меморандум порта Бургас и КТЖ?", "ru")]
    [InlineData("Бургас порты мен ҚТЖ меморандумы нені көздейді?", "kk")]
    public void What_a_memorandum_provides_for_is_the_list_its_lead_sentence_opens(string question, string lang)
    {
        var text = Ask(question, lang).Text;
        text.ShouldContain("контейнерен терминал");
        text.ShouldContain("проследяване на пратките");
        text.ShouldContain("обмен на специалисти");
        // Each item once: an item found again as evidence of its own is not quoted a second time.
        text.Split("контейнерен терминал").Length.ShouldBe(2);
    }

    [Fact]
    public void The_ministers_of_one_side_are_every_row_of_its_table_holding_a_ministers_post()
    {
        var answer = Ask("Какие министры входили в казахстанскую делегацию на переговорах?", "ru");
        Lead(answer).ShouldContain("Нурланов");
        // A deputy prime minister who is also a minister holds a minister's post; a deputy minister does not.
        Lead(answer).ShouldContain("Садыков");
        answer.Text.ShouldNotContain("Omarova");
        answer.Text.ShouldNotContain("Омарова");
        // The other side's minister is another table's row.
        answer.Text.ShouldNotContain("Petrov");
        answer.Text.ShouldNotContain("Петров");
    }

    [Fact]
    public void The_deputy_chairs_of_a_group_are_its_deputy_chairs_rows_not_the_chair()
    {
        var answer = Ask("Кои са заместник-председателите на групата за приятелство с Казахстан?", "bg");
        Lead(answer).ShouldContain("Мария Георгиева Иванова");
        Lead(answer).ShouldContain("Георги Петков Тонев");
        answer.Text.ShouldNotContain("Николай Стоянов Вълев");
    }
}
