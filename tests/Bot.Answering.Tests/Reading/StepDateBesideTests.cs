using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An act's number line ("No. 412 of 3 March 2015, Astana") dates what the heading beside it names ("On approval of the
/// Memorandum …"): it answers when the memorandum was approved, never when it entered into force.
/// </summary>
public sealed class StepDateBesideTests(StepDateBesideTests.Fixture fixture) : IClassFixture<StepDateBesideTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files) =>
            files.Write("act.md", Doc("Government act No. 412", "2015-03-10", "en",
                "GOVERNMENT OF THE REPUBLIC OF KAZAKHSTAN\n\n"
                + "No. 412 of 3 March 2015, Astana\n\n"
                + "On approval of the Memorandum between the Ministry of Culture of the Republic of Kazakhstan and the Ministry of Culture of the Republic of Bulgaria on cooperation between museums\n\n"
                + "The Government of the Republic of Kazakhstan DECIDES to approve the attached Memorandum."));
    }

    [Theory]
    [InlineData("When did the memorandum on cooperation between museums enter into force?", "en")]
    [InlineData("Кога влезе в сила меморандумът за сътрудничество между музеите?", "bg")]
    public void The_approval_date_beside_the_heading_is_no_entry_into_force(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.ShouldNotContain("2015");
        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
    }

    [Fact]
    public void The_approval_date_beside_the_heading_answers_when_it_was_approved()
    {
        var answer = fixture.Answerer.Answer("When was the memorandum on cooperation between museums approved?", "en");

        answer.Text.ShouldStartWith("3 March 2015");
    }
}
