using Bot.Answering.Composing;
using Bot.Answering.Language;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>"Which X are mentioned": the sentence that names the items answers, not the one that only counts them.</summary>
public sealed class ListNamingTests(ListNamingTests.Store fixture) : IClassFixture<ListNamingTests.Store>
{
    public sealed class Store : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("count.md", Doc("Bulgarian language in Kazakh schools", "2020-11-02", "en",
                "Four Bulgarian Sunday schools now teach in Kazakhstan, the embassy said. Pupils study language, history and folk dance."));
            files.Write("names.md", Doc("Болгарские воскресные школы", "2020-11-05", "ru",
                "Болгарская воскресная школа «Родина» работает в Караганде с 2009 года; в Костанае открыта школа «Шипка», а в Таразе – школа «Янтра»."));
        }
    }

    Answer Ask(string question) => fixture.Answerer.Answer(question, LanguageChooser.Detect(question));

    [Theory]
    [InlineData("Which Bulgarian Sunday schools in Kazakhstan are mentioned?")]
    [InlineData("Какие болгарские воскресные школы в Казахстане упоминаются?")]
    public void The_sentence_naming_the_schools_is_quoted_not_the_one_counting_them(string question)
    {
        var answer = Ask(question);
        answer.Text.ShouldContain("Шипка");
        answer.Text.ShouldContain("Янтра");
    }

    [Fact]
    public void A_count_question_is_still_answered_by_the_count() =>
        Ask("How many Bulgarian Sunday schools teach in Kazakhstan?").Text.ShouldStartWith("4");
}
