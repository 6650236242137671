using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A Kazakh text in Latin letters answers questions asked in Cyrillic Kazakh, English, Russian and Bulgarian: its words
/// are found by their Cyrillic spelling and by the lexicon's, its dates are read and its names answer "who".
/// </summary>
public sealed class KazakhLatinTests(KazakhLatinNewsFixture fixture) : IClassFixture<KazakhLatinNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Fact]
    public void A_Cyrillic_Kazakh_question_counts_the_singers_a_Latin_Kazakh_text_states()
    {
        var answer = Ask("Алматыдағы мәдениет күндерінде неше болгар әншісі өнер көрсетті?", "kk");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("12");
    }

    [Fact]
    public void A_Cyrillic_Kazakh_question_is_dated_by_the_Latin_month_name()
    {
        var answer = Ask("Болгария мәдениеті күндері Алматыда қашан басталды?", "kk");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("2023 жылғы 18 қыркүйек");
    }

    [Fact]
    public void An_English_question_finds_the_chairman_named_in_Latin_Kazakh()
    {
        var answer = Ask("Who chaired the organising committee of the festival in Almaty?", "en");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("Petar Dimov");
    }

    [Fact]
    public void A_Russian_question_finds_the_chairman_named_in_Latin_Kazakh()
    {
        var answer = Ask("Кто был председателем оргкомитета фестиваля в Алматы?", "ru");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldContain("Димов");
    }

    [Fact]
    public void A_Bulgarian_question_is_dated_by_the_Latin_Kazakh_text()
    {
        var answer = Ask("Кога започнаха дните на българската култура в Алмати?", "bg");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("18 септември 2023");
    }

    [Fact]
    public void A_quote_from_the_Latin_text_is_said_to_be_in_Kazakh()
    {
        var answer = Ask("Who chaired the organising committee of the festival in Almaty?", "en");
        answer.Text.ShouldContain("(quoted in Kazakh)");
    }
}
