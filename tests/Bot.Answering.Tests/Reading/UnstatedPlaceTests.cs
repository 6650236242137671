using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Where" is answered by a place: a sentence about the event that names none does not say where, so the user is told
/// the sources do not give it, with that sentence shown as what they do say — never the sentence alone, as if it answered.
/// </summary>
public sealed class UnstatedPlaceTests(UnstatedPlaceNewsFixture fixture) : IClassFixture<UnstatedPlaceNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("В каком городе прошли консультации Оразбаева и Дойкова?", "ru", "нет ответа")]
    [InlineData("В кой град се проведоха консултациите между Оразбаев и Дойков?", "bg", "Нямам отговор")]
    [InlineData("In which city did Orazbayev and Doykov hold consultations?", "en", "no sourced answer")]
    public void Consultations_reported_without_a_place_are_refused_showing_the_delegations_sentence(string question, string lang, string refusal)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.ShouldContain(refusal);
        answer.Text.ShouldContain("Дойков");
    }

    [Fact]
    public void An_exhibition_opened_nowhere_named_is_refused_when_asked_where_in_Kazakh()
    {
        var answer = Ask("Дала жабайы табиғаты туралы фотокөрме қай қалада ашылды?", "kk");
        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.ShouldContain("жауабым жоқ");
    }
}
