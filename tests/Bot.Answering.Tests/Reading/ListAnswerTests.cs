using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>A list stated over two sentences is answered with both: the one that introduces it and the one that completes it.</summary>
public sealed class ListAnswerTests(ListNewsFixture fixture) : IClassFixture<ListNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Fact]
    public void The_documents_a_later_sentence_counts_out_are_listed_each_with_the_visit_s_date()
    {
        var answer = Ask("Какие документы подписали по итогам визита Марии Добревой в Казахстан в мае 2016 года?", "ru");
        answer.Kind.ShouldBe(AnswerKind.Agreements);
        answer.Text.ShouldContain("parliamentary exchanges");
        answer.Text.ShouldContain("Youth exchange");
        answer.Text.ShouldContain("archives");
        answer.Text.ShouldContain("2016");
    }

    [Fact]
    public void The_items_a_later_sentence_of_the_paragraph_enumerates_are_quoted_with_the_sentence_that_introduces_them()
    {
        var answer = Ask("Which priorities did Bulgaria and Kazakhstan agree on for 2027?", "en");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldContain("priorities");
        answer.Text.ShouldContain("wine");
    }

    [Fact]
    public void A_list_sentence_that_adds_to_items_named_before_it_is_quoted_with_that_sentence()
    {
        var answer = Ask("Екіжақты саудада қандай тауарлар бар?", "kk");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldContain("мыс");
        answer.Text.ShouldContain("шарап");
    }

    [Fact]
    public void A_sentence_ending_in_a_colon_is_quoted_with_the_numbered_items_of_the_paragraph_after_it()
    {
        var answer = fixture.Answerer.Answer("Which services do the rail operators plan to launch?", "en");

        answer.Text.ShouldContain("container train from Dostyk");
        answer.Text.ShouldContain("joint booking office");
    }
}
