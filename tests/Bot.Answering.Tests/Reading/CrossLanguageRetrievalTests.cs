using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A Kazakh question reaches English and Bulgarian text through the lexicon's everyday words of the domain (goods, trade,
/// Europe, China, overland, population), whatever case ending it gives them; a Bulgarian question reaches Kazakh text.
/// </summary>
public sealed class CrossLanguageRetrievalTests(CrossLanguageNewsFixture fixture) : IClassFixture<CrossLanguageNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("Тауарлар Еуропаға Қытай арқылы қандай жолмен тасымалданады?", "China to Europe")]
    [InlineData("Қазақстан тауарлары Болгарияға құрлықпен қалай жетеді?", "overland")]
    [InlineData("Шымкент халқының саны қанша?", "population")]
    [InlineData("Болгариямен сауданың өсуі туралы не белгілі?", "Търговията")]
    public void A_Kazakh_question_finds_the_English_or_Bulgarian_sentence_that_answers_it(string question, string quoted)
    {
        var answer = Ask(question, "kk");
        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        answer.Text.ShouldContain(quoted);
        answer.Lang.ShouldBe("kk");
    }

    [Fact]
    public void A_Bulgarian_question_finds_the_Kazakh_sentence_that_answers_it()
    {
        var answer = Ask("Какво е населението на Туркестан?", "bg");
        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        answer.Text.ShouldContain("халқы");
    }
}
