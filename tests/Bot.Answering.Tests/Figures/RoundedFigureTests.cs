using Bot.Answering.Composing;
using Bot.Answering.Figures;
using Bot.Answering.Language;
using Bot.Answering.Localization;
using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Figures;

/// <summary>
/// One figure written at two precisions by two outlets is one figure: the precise value answers, with what the
/// rounding sources say; figures that really differ are still shown as differing.
/// </summary>
public sealed class RoundedFigureTests(RoundedFigureTests.Store fixture) : IClassFixture<RoundedFigureTests.Store>
{
    public sealed class Store : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("precise.md", Doc("Итоги торговли за 2021 год", "2022-02-14", "ru",
                "По данным министерства, экспорт Казахстана в Болгарию в 2021 году составил 211,4 млн долларов, увеличившись в 2,6 раза."));
            files.Write("rounded.md", Doc("Износът от Казахстан расте", "2022-02-20", "bg",
                "През 2021 г. износът на Казахстан за България е около 211 млн. долара."));
            files.Write("rounded-exact.md", Doc("Kazakh exports up", "2022-03-01", "en",
                "Kazakh exports to Bulgaria reached $211 million in 2021, nearly three times as much as a year earlier."));
            files.Write("other.md", Doc("Imports", "2022-03-02", "en",
                "Kazakhstan's imports from Bulgaria were $40.3 million in 2021."));
            files.Write("other-report.md", Doc("Imports, another count", "2022-03-05", "en",
                "Another report put Kazakhstan's imports from Bulgaria in 2021 at $47 million."));
        }
    }

    Answer Ask(string question) => fixture.Answerer.Answer(question, LanguageChooser.Detect(question));

    [Theory]
    [InlineData("What were Kazakh exports to Bulgaria in 2021?", "211.4", "round it to $211 million")]
    [InlineData("Каким был экспорт Казахстана в Болгарию в 2021 году?", "211,4", "округлённо 211")]
    [InlineData("Какъв беше износът на Казахстан за България през 2021 г.?", "211,4", "закръглено 211")]
    public void A_figure_rounded_by_another_outlet_is_one_figure_not_a_disagreement(string question, string precise, string rounded)
    {
        var answer = Ask(question);
        answer.Kind.ShouldBe(AnswerKind.Figure, answer.Text);
        var line = answer.Text.Split('\n')[0];
        line.ShouldContain(precise);
        line.ShouldContain(rounded);
        answer.Text.ShouldNotContain(Texts.Get(answer.Lang, "sources_differ"));
    }

    [Theory]
    [InlineData(3.9, 4.0, true)]
    [InlineData(3.94, 3.9, true)]
    [InlineData(3.4, 4.0, false)]
    [InlineData(4.0, 3.9, false)]
    public void A_growth_written_more_precisely_refines_the_rounded_one(double precise, double coarse, bool refines) =>
        RoundedAgreement.Refines(precise, coarse).ShouldBe(refines);

    [Fact]
    public void Figures_that_do_not_round_to_each_other_are_still_shown_as_differing()
    {
        var answer = Ask("What were Kazakhstan's imports from Bulgaria in 2021?");
        answer.Text.ShouldContain("Sources differ");
        answer.Text.ShouldContain("$40.3 million");
        answer.Text.ShouldContain("$47 million");
    }

    [Theory]
    [InlineData(375.0, 1.0)]
    [InlineData(375.2, 0.1)]
    [InlineData(66.65, 0.01)]
    public void The_step_of_a_value_is_its_last_written_digit(double value, double step) =>
        RoundedAgreement.Step(value).ShouldBe(step, 1e-12);
}
