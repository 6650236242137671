using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A question that finds an agreement but asks what it creates is answered by the sentence that says so, not by the
/// agreement's record line; a question asking which documents were signed still gets the record.
/// </summary>
public sealed class AgreementPurposeTests(AgreementPurposeNewsFixture fixture) : IClassFixture<AgreementPurposeNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("Какъв център се създава със споразумението за сътрудничество от март 2019 г.?", "bg")]
    [InlineData("Какой центр создаёт соглашение о сотрудничестве от марта 2019 года?", "ru")]
    [InlineData("What centre does the cooperation agreement of March 2019 create?", "en")]
    public void What_an_agreement_creates_is_answered_from_the_sentence_that_says_it(string question, string lang)
    {
        Ask(question, lang).Text.ShouldContain("Абай");
    }

    [Theory]
    [InlineData("Какие документы были подписаны в марте 2019 года?", "ru")]
    [InlineData("2019 жылғы наурызда қандай құжаттарға қол қойылды?", "kk")]
    public void Which_documents_were_signed_is_answered_with_the_agreement_record(string question, string lang)
    {
        Ask(question, lang).Kind.ShouldBe(AnswerKind.Agreements);
    }
}
