using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Who signed it" is answered with a signatory a text states, never with a person present at the signing or named near
/// it; when no text names one, the answer says so and shows the record.
/// </summary>
public sealed class SignerTests(SignerNewsFixture fixture) : IClassFixture<SignerNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("Who signed the water management memorandum?", "en", "Tokayev", "Radev", "No source names who signed")]
    [InlineData("Кто подписал меморандум по водному хозяйству?", "ru", "Токаев", "Радев", "не указано, кто его подписал")]
    [InlineData("Білім беру туралы меморандумға кім қол қойды?", "kk", "Тоқаев", "Токаев", "кім қол қойғаны көрсетілмеген")]
    [InlineData("Кой подписа меморандума за логистика?", "bg", "Гвоздейков", "Gvozdeikov", "не е посочено кой го е подписал")]
    public void A_person_only_present_or_named_nearby_is_no_signatory(string question, string lang, string witness, string other, string refusal)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.NotFound);
        var first = answer.Text.Split('\n')[0];
        first.ShouldContain(refusal);
        first.ShouldNotContain(witness);
        first.ShouldNotContain(other);
    }

    [Theory]
    [InlineData("Кто подписал меморандум о цифровизации?", "ru", "Мадиев")]
    [InlineData("Кто подписал меморандум о цифровизации с болгарской стороны?", "ru", "Мундров")]
    [InlineData("Who signed the digitalisation memorandum for Kazakhstan?", "en", "Madi")]
    public void The_signatories_are_answered_and_the_prime_ministers_present_are_not(string question, string lang, string signatory)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage);
        var first = answer.Text.Split('\n')[0];
        first.ShouldContain(signatory);
        first.ShouldNotContain("Бектенов");
        first.ShouldNotContain("Bektenov");
        first.ShouldNotContain("Денков");
    }
}
