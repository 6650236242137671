using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "When did she take up her post" is dated by the month her term runs from, not by a meeting she had; "when did he visit"
/// is not dated by an accepted invitation, a plan, or talks that place no visit where the question does.
/// </summary>
public sealed class TermAndVisitTests(TermAndVisitFixture fixture) : IClassFixture<TermAndVisitFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Fact]
    public void A_Bulgarian_since_month_dates_when_the_consul_took_up_her_post_not_her_later_meeting()
    {
        var answer = Ask("Кога Айгерим Сейтова пое поста си на генерален консул?", "bg");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("март 2022");
        answer.Text.ShouldNotContain("14 юни 2024 г. [");
    }

    [Fact]
    public void A_Russian_since_month_dates_when_the_ambassador_took_office_and_entry_into_force_is_not_asked()
    {
        var answer = Ask("Когда Стефан Димов вступил в должность посла?", "ru");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("ноябрь 2021");
    }

    [Fact]
    public void A_Kazakh_month_before_bastap_dates_when_the_consul_took_up_his_post()
    {
        var answer = Ask("Нұрлан Сәрсенов бас консул қызметіне қашан кірісті?", "kk");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        // The ablative month ("мамырынан") is read as its year only.
        answer.Text.ShouldStartWith("2022");
        answer.Text.ShouldNotContain("10 қыркүйек");
    }

    [Fact]
    public void An_accepted_invitation_and_talks_at_home_date_no_visit_to_Bulgaria()
    {
        var answer = Ask("When did Olzhas Bektenov visit Bulgaria?", "en");
        answer.Kind.ShouldNotBe(AnswerKind.Passage);
        answer.Text.ShouldNotContain("19 March 2025 [");
        answer.Text.ShouldNotContain("12 May 2025 [");
    }

    [Fact]
    public void A_Russian_accepted_invitation_answers_no_Bulgarian_question_of_when_the_visit_was()
    {
        var answer = Ask("Кога Маулен Ашимбаев посети България?", "bg");
        answer.Kind.ShouldNotBe(AnswerKind.Passage);
    }
}
