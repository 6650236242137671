using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>"How long": the answer says how long in the user's language, with its unit in the right form ("3 года", "2 години"), not a bare number.</summary>
public sealed class DurationUnitTests(DurationUnitTests.Fixture fixture) : IClassFixture<DurationUnitTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("ambassador.md", Doc("Посланик", "2024-07-10", "bg", "Посланикът Петър Стоянов е на поста в Астана от две години."));
            files.Write("consul.md", Doc("Консул", "2024-07-12", "ru", "Консул Иван Сидоров работает в Пловдиве уже пять лет."));
        }
    }

    [Theory]
    [InlineData("Колко време Петър Стоянов е посланик в Астана?", "bg", "2 години")]
    [InlineData("How long has Ivan Sidorov been working in Plovdiv?", "en", "5 years")]
    [InlineData("Сколько лет консул Сидоров работает в Пловдиве?", "ru", "5 лет")]
    public void A_duration_is_answered_with_its_unit(string question, string lang, string expected)
    {
        var first = fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

        first.ShouldStartWith(expected);
    }
}
