using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "The number of Kazakh companies registered in Bulgaria reached 35": a count stated after a word for "the number of"
/// counts the thing named beside that word, even with no noun after the number, in any of the four languages.
/// </summary>
public sealed class NumberOfTests(NumberOfTests.Fixture fixture) : IClassFixture<NumberOfTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("companies.md", Doc("Registered companies", "2024-03-01", "en",
                "The number of Kazakh companies registered in Bulgaria reached 35 last year."));
            files.Write("students.md", Doc("Студенты", "2024-09-15", "ru",
                "Число болгарских студентов в казахстанских вузах в этом году составляет 65."));
            files.Write("tourists.md", Doc("Туристи", "2024-10-01", "bg",
                "Броят на казахстанските туристи във Варна през лятото е бил 1200."));
        }
    }

    [Theory]
    [InlineData("How many Kazakh companies are registered in Bulgaria?", "en", "35")]
    [InlineData("Сколько болгарских студентов учится в казахстанских вузах?", "ru", "65")]
    [InlineData("Колко казахстански туристи е имало във Варна през лятото?", "bg", "1")]
    [InlineData("Сколько казахстанских компаний зарегистрировано в Болгарии?", "ru", "35")]
    public void A_count_after_a_word_for_the_number_of_answers(string question, string lang, string expected)
    {
        var first = fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

        first.ShouldStartWith(expected);
    }
}
