using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A question naming a company no text names has no agreement to show: another company's agreement on the same subject (a
/// port, a memorandum on transport) quoted as the answer would be wrong. A company the texts do name keeps its agreements,
/// whatever its legal form is written as.
/// </summary>
public sealed class UnknownCompanyTests(CompanyNewsFixture fixture) : IClassFixture<CompanyNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("What did Dorbai Wine LLP sign with the Port of Varna?", "en")]
    [InlineData("What did DorbaiWine LLP Worldwide sign with the Port of Rotterdam?", "en")]
    [InlineData("What did Dorbai Wine LLP sign in Varna?", "en")]
    [InlineData("Какой контракт подписала Linlav Trade Corporation с портом Варна?", "ru")]
    [InlineData("Какой меморандум подписало АО «Alty Mining» в Бургасе?", "ru")]
    [InlineData("Какво подписа Sary Textile JSC Worldwide с пристанище Ротердам?", "bg")]
    [InlineData("Какво подписа Lavra Foods Group с Българската търговско-промишлена палата?", "bg")]
    public void A_company_no_text_names_signed_nothing_the_store_holds(string question, string lang)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldNotBe(AnswerKind.Agreements, answer.Text);
        foreach (var other in new[] { "Dorbai Logistics", "Kaspi", "Strandzha", "TurkulFoods", "Sary Textile", "Rila Textile" })
            answer.Text.ShouldNotContain(other, Case.Insensitive, answer.Text);
    }

    [Theory]
    [InlineData("What did Dorbai Logistics LLP sign with the Port of Varna?", "en", "Dorbai Logistics")]
    [InlineData("Что подписала Strandzha Systems Holding в Бургасе?", "ru", "Strandzha")]
    [InlineData("Какво подписа TurkulFoods Group на форума в София?", "bg", "TurkulFoods")]
    [InlineData("Which agreements did Sary Textile AD sign?", "en", "Rila Textile")]
    public void A_company_a_text_names_keeps_its_agreements(string question, string lang, string expected)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldContain(expected);
    }
}
