using Bot.Answering.Composing;
using Bot.Answering.Language;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "How many documents were signed" is answered by the documents signed, never by a number of documents a text says
/// are planned or expected to be signed (at another meeting, or later), in any of the four languages.
/// </summary>
public sealed class PlannedDocumentCountTests(PlannedDocumentCountTests.Store fixture) : IClassFixture<PlannedDocumentCountTests.Store>
{
    public sealed class Store : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("signed.md", Doc("Visit results", "2023-11-15", "en",
                "During the visit of the Bulgarian prime minister to Astana on 14 November 2023, four documents were signed."));
            files.Write("briefing.md", Doc("Брифинг МИД", "2023-11-10", "ru",
                "На следующей неделе в Астане пройдет заседание совета. По его итогам планируется подписание 9 документов."));
            files.Write("bg-plan.md", Doc("Предстоящо посещение", "2023-11-08", "bg",
                "По време на посещението в Астана се очаква да бъдат подписани 11 документа."));
        }
    }

    Answer Ask(string question) => fixture.Answerer.Answer(question, LanguageChooser.Detect(question));

    [Theory]
    [InlineData("How many documents were signed in Astana in November 2023?")]
    [InlineData("Сколько документов было подписано в Астане в ноябре 2023 года?")]
    [InlineData("Колко документа бяха подписани в Астана през ноември 2023 г.?")]
    public void A_count_of_documents_planned_to_be_signed_is_no_count_of_those_signed(string question)
    {
        var answer = Ask(question);
        answer.Text.ShouldNotContain("9");
        answer.Text.ShouldNotContain("11 ");
        answer.Text.ShouldMatch(@"\b4\b|four|четыре|четири");
    }

    [Fact]
    public void A_question_about_the_plan_is_answered_from_the_plan()
    {
        var answer = Ask("Сколько документов планируется подписать по итогам заседания совета?");
        answer.Text.ShouldContain("9");
    }
}
