using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Conditions;

/// <summary>
/// A proposal is quoted with the sentence after it that says it has not happened yet: "what did he propose, and has it been
/// created?" is not answered as if the proposal were the fact.
/// </summary>
public sealed class ProposalOutcomeTests(ProposalOutcomeNewsFixture fixture) : IClassFixture<ProposalOutcomeNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("What did the parties propose to create in the port of Varna, and has it been created?", "en")]
    [InlineData("Варна портында не құру ұсынылды?", "kk")]
    public void The_proposed_centre_is_quoted_with_its_not_being_created(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Text.ShouldContain("логистикалық орталық");
        answer.Text.ShouldContain("әлі құрылған жоқ");
        answer.Text.ShouldNotContain("форумы");
    }

    [Theory]
    [InlineData("Что предложил Карабаев запустить между Актау и Варной?", "ru")]
    [InlineData("Какво предложи министър Карабаев и пусната ли е вече линията?", "bg")]
    public void The_proposed_line_is_quoted_with_its_not_being_launched(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Text.ShouldContain("shipping line");
        answer.Text.ShouldContain("has not yet been launched");
        answer.Text.ShouldNotContain("November");
    }
}
