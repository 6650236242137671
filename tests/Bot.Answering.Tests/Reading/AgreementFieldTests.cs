using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A question naming an agreement by its field is answered from what the texts say of that agreement, never with another
/// agreement's dates; an agreement only initialled was neither signed nor put into force.
/// </summary>
public sealed class AgreementFieldTests(AgreementFieldNewsFixture fixture) : IClassFixture<AgreementFieldNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("When did the air services agreement between Kazakhstan and Bulgaria enter into force?", "en")]
    [InlineData("Когда вступило в силу соглашение о воздушном сообщении между Казахстаном и Болгарией?", "ru")]
    public void An_agreement_no_text_puts_into_force_is_not_given_the_date_of_another_agreement(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldNotContain("2016");
    }

    [Theory]
    [InlineData("When was the air services agreement between Kazakhstan and Bulgaria signed?", "en")]
    [InlineData("Кога е подписано споразумението за въздушни съобщения между Казахстан и България?", "bg")]
    public void An_agreement_only_initialled_has_no_date_of_signing(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
    }

    [Fact]
    public void The_date_an_agreement_was_initialled_answers_when_it_was_initialled()
    {
        var answer = Ask("When was the air services agreement between Kazakhstan and Bulgaria initialled?", "en");
        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        answer.Text.Split('\n')[0].ShouldContain("2017");
    }

    [Fact]
    public void The_agreement_of_the_field_asked_is_answered_with_its_own_entry_into_force()
    {
        var answer = Ask("When did the agreement on cooperation in education enter into force?", "en");
        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        answer.Text.Split('\n')[0].ShouldContain("2016");
    }

    [Theory]
    [InlineData("Where did the mayors of Varna and Aktau sign the memorandum on twinning?", "en")]
    [InlineData("Где мэры Варны и Актау подписали меморандум о побратимстве?", "ru")]
    public void An_agreement_whose_parties_are_named_by_their_offices_is_found_by_their_cities(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Agreements, answer.Text);
        answer.Text.ShouldContain("Kotsev");
        answer.Text.ShouldNotContain("Burgas");
    }

    [Theory]
    [InlineData("When did the convention on the avoidance of double taxation enter into force?", "en")]
    [InlineData("Когда вступила в силу конвенция об избежании двойного налогообложения?", "ru")]
    public void An_agreement_known_only_by_its_signing_is_not_said_to_have_entered_into_force_that_day(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldNotStartWith("13");
        answer.Text.ShouldContain("1997");
    }

    [Theory]
    [InlineData("When did Kazakhstan and Bulgaria sign the memorandum on port cooperation?", "en")]
    [InlineData("Когда Казахстан и Болгария подписали меморандум о сотрудничестве портов?", "ru")]
    public void A_memorandum_no_text_tells_of_is_not_given_the_card_or_date_of_another_memorandum_of_its_field(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldNotContain("2022");
        answer.Text.ShouldNotContain("railway");
    }

    [Fact]
    public void The_memorandum_whose_topic_the_question_names_is_found()
    {
        Ask("When did Kazakhstan and Bulgaria sign the memorandum on railway transport?", "en").Text.ShouldContain("2022");
    }
}
