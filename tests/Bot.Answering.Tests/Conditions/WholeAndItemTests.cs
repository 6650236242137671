using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Conditions;

/// <summary>
/// One item is not the whole: "exports reached $410.5 million, mostly crude oil and aluminium" does not say how much crude
/// oil was exported, in any language the question is asked in; the whole's value still answers a question about the whole.
/// </summary>
public sealed class WholeAndItemTests(WholeAndItemNewsFixture fixture) : IClassFixture<WholeAndItemNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("How much crude oil did Kazakhstan export to Bulgaria in 2025?", "en")]
    [InlineData("Колко суров петрол е изнесъл Казахстан за България през 2025 г.?", "bg")]
    [InlineData("Сколько нефти Казахстан экспортировал в Болгарию в 2025 году?", "ru")]
    [InlineData("2025 жылы Қазақстан Болгарияға қанша мұнай экспорттады?", "kk")]
    public void The_whole_exports_mostly_of_oil_are_no_value_of_the_oil(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.ShouldNotContain("410");
    }

    [Theory]
    [InlineData("How much did Kazakhstan export to Bulgaria in 2025?", "en", "410.5")]
    [InlineData("Сколько Казахстан импортировал из Болгарии в 2025 году?", "ru", "80,2")]
    public void The_whole_is_still_answered_with_its_own_value(string question, string lang, string value)
    {
        Ask(question, lang).Text.Split('\n')[0].ShouldContain(value);
    }
}
