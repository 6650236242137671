namespace Bot.Answering.Tests.Reading;

/// <summary>
/// Who said it is the one the sentence makes speak, not the one met ("… на встрече с послом …"); and a verb the
/// question puts in another form or aspect than the text ("открыли" / "открылся", "opened" / "отвори врати") still finds it.
/// </summary>
public sealed class SpeakerAndVerbFormTests(SpeechNewsFixture fixture) : IClassFixture<SpeechNewsFixture>
{
    [Fact]
    public void The_one_who_cited_a_figure_is_the_speaker_not_the_person_met()
    {
        var answer = fixture.Answerer.Answer("Кто привёл данные о товарообороте?", "ru");

        answer.Text.ShouldStartWith("Асхат Ермеков");
    }

    [Fact]
    public void An_opening_asked_with_another_form_of_the_verb_is_dated()
    {
        var answer = fixture.Answerer.Answer("Когда в Таразе открыли болгарский культурный центр?", "ru");

        answer.Text.ShouldStartWith("26 февраля 2021");
    }

    [Fact]
    public void An_opening_asked_in_english_finds_the_bulgarian_sentence_that_opened_its_doors()
    {
        var answer = fixture.Answerer.Answer("When did the Bulgarian Sunday school in Karaganda open?", "en");

        answer.Text.ShouldStartWith("15 September 2022");
    }
}
