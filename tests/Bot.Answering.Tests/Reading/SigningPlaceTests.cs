using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Where was it signed?" of an agreement whose record and texts know no place: the answer says that no source says where,
/// above the record, rather than showing the record alone as if it answered; a record that knows its place answers it.
/// </summary>
public sealed class SigningPlaceTests(SigningPlaceNewsFixture fixture) : IClassFixture<SigningPlaceNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("Where was the protocol on consular relations signed?", "en", "No source says where it was signed")]
    [InlineData("Где был подписан протокол о консульских отношениях?", "ru", "не указано, где его подписали")]
    [InlineData("Къде е подписан протоколът за консулски отношения?", "bg", "не е посочено къде е подписан")]
    public void A_signing_no_source_places_is_said_to_be_unplaced(string question, string lang, string refusal)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.Split('\n')[0].ShouldContain(refusal);
    }

    [Theory]
    [InlineData("Where was the memorandum on tourism signed?", "en", "Varna")]
    [InlineData("Къде е подписан меморандумът за туризъм?", "bg", "Варна")]
    public void A_signing_a_source_places_is_answered_with_its_place(string question, string lang, string place)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldNotBe(AnswerKind.NotFound);
        answer.Text.ShouldContain(place);
    }
}

/// <summary>A treaty list that dates a consular protocol and names no place, and a tourism memorandum signed in Varna.</summary>
public sealed class SigningPlaceNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("treaties-bg.md", Doc("Договорно-правна база между България и Казахстан", "2025-09-30", "bg",
            "Протоколът за консулски отношения между Република България и Република Казахстан е подписан на 14 март 1996 г. "
            + "Той е ратифициран със закон на Народното събрание."));
        files.Write("tourism-en.md", Doc("Bulgaria and Kazakhstan sign tourism memorandum", "2024-07-02", "en",
            "VARNA. Bulgaria and Kazakhstan signed a memorandum on cooperation in tourism on Monday, the two tourism ministries said."));
    }
}
