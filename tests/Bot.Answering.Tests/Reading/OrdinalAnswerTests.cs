using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>"Каким по счёту", "кой по ред", "нешінші" ask for a place in an order: the ordinal the text states, never a city or a day of a month.</summary>
public sealed class OrdinalAnswerTests(OrdinalNewsFixture fixture) : IClassFixture<OrdinalNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("What number twin city of Varna did Aktau become?", "en")]
    [InlineData("Каким по счёту городом-побратимом Варны стал Актау?", "ru")]
    [InlineData("Кой по ред побратим на Варна стана Актау?", "bg")]
    [InlineData("Ақтау Варнаның нешінші бауырлас қаласы болды?", "kk")]
    public void A_place_in_an_order_is_answered_with_the_ordinal_the_text_states_in_any_language(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        var lead = answer.Text.Split('\n')[0];
        lead.ShouldContain("29");
        lead.ShouldNotContain("Varna");
        lead.ShouldNotContain("11");
    }

    [Fact]
    public void An_ordinal_written_as_a_word_is_read_as_its_number()
    {
        var answer = Ask("Кой по ред побратим на Смолян стана Туркестан?", "bg");
        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        answer.Text.Split('\n')[0].ShouldContain("5");
        answer.Text.Split('\n')[0].ShouldNotContain("19");
    }

    [Fact]
    public void A_question_on_a_place_in_an_order_the_texts_do_not_state_is_refused()
    {
        var answer = Ask("Каким по счёту городом-побратимом Астаны стала София?", "ru");
        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
    }
}
