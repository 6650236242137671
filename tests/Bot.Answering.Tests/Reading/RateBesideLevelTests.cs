using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "…$71.6 million in 2024. This is 5.5 percent more than in 2023.": asked by how many percent it grew in 2024, the rate
/// the next sentence gives against the year before answers, though that sentence names only the earlier year.
/// </summary>
public sealed class RateBesideLevelTests(RateBesideLevelTests.Fixture fixture) : IClassFixture<RateBesideLevelTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("imports.md", Doc("Imports", "2025-02-20", "en",
                "Kazakhstan imported goods worth $71.6 million from Bulgaria in 2024. This is 5.5 percent more than in 2023."));
            files.Write("exports.md", Doc("Экспорт", "2025-02-25", "ru",
                "Экспорт Казахстана в Болгарию в 2024 году составил 303,6 млн долларов. Это на 12,4 процента больше, чем в 2023 году."));
        }
    }

    [Theory]
    [InlineData("By how many percent did Kazakh imports from Bulgaria grow in 2024?", "en", "5")]
    [InlineData("На сколько процентов вырос экспорт Казахстана в Болгарию в 2024 году?", "ru", "12")]
    [InlineData("С колко процента нарасна износът на Казахстан за България през 2024 г.?", "bg", "12")]
    public void The_rate_in_the_next_sentence_answers_a_growth_question(string question, string lang, string rate)
    {
        var first = fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

        first.ShouldStartWith(rate);
    }
}
