using Bot.Answering.Composing;
using Bot.Answering.Language;
using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Figures;

/// <summary>A question about one good (crude oil) is answered by that good's figure, never by the whole trade's.</summary>
public sealed class GoodsFigureTests(GoodsFigureTests.Store fixture) : IClassFixture<GoodsFigureTests.Store>
{
    public sealed class Store : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("exports.md", Doc("Exports keep rising", "2022-03-01", "en",
                "In 2021 Kazakh exports to Bulgaria reached $211.4 million, while imports from Bulgaria came to $40.3 million."));
            files.Write("oil.md", Doc("Нефть по-прежнему основа торговли", "2020-02-10", "ru",
                "В 2019 году экспорт казахстанской нефти в Болгарию составил 97,6 млн долларов."));
            files.Write("exports-2019.md", Doc("Итоги 2019 года", "2020-02-11", "ru",
                "В 2019 году экспорт Казахстана в Болгарию составил 120,4 млн долларов."));
        }
    }

    Answer Ask(string question) => fixture.Answerer.Answer(question, LanguageChooser.Detect(question));

    [Theory]
    [InlineData("What were Kazakh oil exports to Bulgaria in 2021?")]
    [InlineData("Каков был экспорт казахстанской нефти в Болгарию в 2021 году?")]
    [InlineData("2021 жылы Қазақстанның Болгарияға мұнай экспорты қанша болды?")]
    public void Oil_exports_are_not_answered_with_all_exports(string question)
    {
        var answer = Ask(question);
        answer.Text.ShouldNotContain("211");
        answer.Text.ShouldNotContain("211,4");
    }

    [Theory]
    [InlineData("What were Kazakh oil exports to Bulgaria in 2019?", "97.6")]
    [InlineData("Каков был экспорт казахстанской нефти в Болгарию в 2019 году?", "97,6")]
    public void Oil_exports_are_answered_with_the_oil_figure(string question, string value)
    {
        var answer = Ask(question);
        answer.Kind.ShouldBe(AnswerKind.Figure, answer.Text);
        answer.Text.ShouldContain(value);
        answer.Text.ShouldNotContain("120");
    }

    [Fact]
    public void All_exports_are_still_answered_with_all_exports() =>
        Ask("What were Kazakh exports to Bulgaria in 2021?").Text.ShouldContain("211.4");
}
