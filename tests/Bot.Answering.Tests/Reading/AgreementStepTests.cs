using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A step of an agreement's life that is no signing — a draft approved, a minister authorised to sign, a text extended,
/// suspended or denounced — is never told as its signing: "when was it signed" over such a step alone is refused, the
/// signing date of a sentence that also tells another step is the one beside its signing verb, and the other step's own
/// question gets that step's date.
/// </summary>
public sealed class AgreementStepTests(MilestoneNewsFixture fixture) : IClassFixture<MilestoneNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    static string Lead(Answer answer) => answer.Text.Split('\n')[0];

    [Fact]
    public void An_approved_draft_is_no_signing_in_english()
    {
        var answer = Ask("When was the tourism agreement between Kazakhstan and Bulgaria signed?", "en");

        Lead(answer).ShouldNotContain("12 March 2024");
        answer.Kind.ShouldNotBe(AnswerKind.Agreements);
    }

    [Fact]
    public void A_minister_authorised_to_sign_has_signed_nothing_in_russian()
    {
        var answer = Ask("Когда подписано соглашение о сотрудничестве в области здравоохранения между Казахстаном и Болгарией?", "ru");

        answer.Kind.ShouldNotBe(AnswerKind.Agreements);
        Lead(answer).ShouldNotContain("5 апреля 2023");
    }

    [Fact]
    public void A_bulgarian_approved_draft_asked_in_kazakh_is_refused()
    {
        var answer = Ask("Білім беру саласындағы ынтымақтастық туралы келісімге Болгариямен қашан қол қойылды?", "kk");

        answer.Kind.ShouldNotBe(AnswerKind.Agreements);
        Lead(answer).ShouldNotContain("2023");
    }

    [Fact]
    public void An_extension_date_is_no_signing_date()
    {
        var answer = Ask("When was the agriculture memorandum between Kazakhstan and Bulgaria signed?", "en");

        Lead(answer).ShouldNotContain("1 June 2022");
    }

    [Fact]
    public void The_extension_is_answered_with_its_own_date()
    {
        var answer = Ask("When was the agriculture memorandum with Bulgaria extended?", "en");

        Lead(answer).ShouldContain("1 June 2022");
    }

    [Fact]
    public void A_denounced_agreement_keeps_the_year_it_was_signed()
    {
        var answer = Ask("Когда было подписано соглашение о воздушном сообщении между Казахстаном и Болгарией?", "ru");

        answer.Text.ShouldContain("1996");
        answer.Text.ShouldNotContain("подписан 14 января");
    }

    [Fact]
    public void The_denunciation_is_answered_with_its_date_asked_in_english()
    {
        var answer = Ask("When did Kazakhstan denounce the air services agreement with Bulgaria?", "en");

        Lead(answer).ShouldContain("14 January 2021");
    }

    [Fact]
    public void Signed_and_extended_in_one_sentence_each_question_gets_its_own_date()
    {
        var signed = Ask("When was the sports memorandum between Bulgaria and Kazakhstan signed?", "en").Text;
        signed.ShouldContain("9 November 2015");
        signed.ShouldNotContain("3 March 2020");
        Lead(Ask("Кога беше удължен меморандумът за спорта с Казахстан?", "bg")).ShouldContain("3 март 2020");
    }

    [Fact]
    public void A_suspended_agreement_keeps_its_signing_year_in_kazakh()
    {
        var answer = Ask("When was the postal agreement between Kazakhstan and Bulgaria signed?", "en");

        answer.Text.ShouldContain("2010");
        answer.Text.ShouldNotContain("5 May 2020");
    }
}
