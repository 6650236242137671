using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Answering.Composing;
using Bot.Answering.Conversation;

namespace Bot.Answering.Tests;

public sealed class FigureAnswerTests(SeededStoreFixture fixture) : IClassFixture<SeededStoreFixture>
{
    [Fact]
    public void Sources_rounding_the_2024_turnover_are_shown_beside_the_precise_value_not_as_a_disagreement()
    {
        var answer = fixture.Answerer.Answer("What was the trade turnover in 2024?", "en");
        answer.Kind.ShouldBe(AnswerKind.Figure);
        answer.Text.ShouldContain("$375.2 million (3.9 times the 2023 level)");
        answer.Text.ShouldMatch(@"(\[\d\])+ round it to \$375 million \(4 times the 2023 level\)");
        answer.Text.ShouldNotContain("Sources differ");
        answer.Citations.Count.ShouldBeGreaterThanOrEqualTo(2);
        answer.Citations.ShouldAllBe(c => c.Url != null && c.Url.StartsWith("http"));
    }

    /// <summary>Only the first quarter and January–April of 2025 are stated: no part-year value stands for the year, however labelled.</summary>
    [Theory]
    [InlineData("What was the trade turnover in the whole of 2025?", "en")]
    [InlineData("Какъв беше стокообменът през цялата 2025 г.?", "bg")]
    [InlineData("What was the trade turnover in 2025?", "en")]
    [InlineData("Каков был товарооборот в 2025 году?", "ru")]
    public void A_year_stated_only_for_part_of_it_is_refused_naming_the_periods_held(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);
        answer.Kind.ShouldBe(AnswerKind.NotFound, answer.Text);
        answer.Text.ShouldNotContain("66");
        answer.Text.Split('\n').Skip(1).ShouldContain(line => line.Contains("2025"));
    }

    [Fact]
    public void A_year_without_data_is_not_found_and_names_the_years_that_have_data()
    {
        var answer = fixture.Answerer.Answer("How much was the trade turnover in 2030?", "en");
        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.ShouldContain("2024");
        answer.Text.ShouldNotContain("$");
    }

    [Theory]
    [InlineData("What was the trade turnover in 2024?", "en")]
    [InlineData("Каков товарооборот за 2023 год?", "ru")]
    [InlineData("Какъв беше стокообменът през първото тримесечие на 2025 г.?", "bg")]
    [InlineData("How much did Bulgaria invest in Kazakhstan in 2024?", "en")]
    [InlineData("How did trade change from 2023 to 2024?", "en")]
    [InlineData("What were Kazakh exports to Bulgaria in 2024?", "en")]
    public void Every_amount_in_a_figure_answer_is_a_stored_figure_or_computed_from_them(string question, string lang)
    {
        var stored = fixture.Temp.Store.Figures.All().Select(f => f.Value).ToHashSet();
        var answer = fixture.Answerer.Answer(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Figure, answer.Text);
        foreach (Match m in Regex.Matches(answer.Text, @"\$?(\d+(?:[.,]\d+)?)\s*(?:million|млн)"))
        {
            var value = double.Parse(m.Groups[1].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
            stored.ShouldContain(value, $"{value} is not a stored figure: {answer.Text}");
        }
    }

    [Fact]
    public void Bulgarian_question_about_83_million_names_the_four_month_period()
    {
        var answer = fixture.Answerer.Answer("За колко месеца от годината търговията е надхвърлила 83 милиона долара?", "bg");
        answer.Text.ShouldContain("над 83 млн");
        answer.Text.ShouldContain("4 месеца");
    }

    [Fact]
    public void A_follow_up_keeps_the_subject_and_takes_the_new_year()
    {
        var conversation = new ConversationState();
        fixture.Answerer.Answer("What was the trade turnover in 2023?", "en", conversation).Text.ShouldContain("95.2");
        var followUp = fixture.Answerer.Answer("And in 2024?", "en", conversation);
        followUp.Text.ShouldContain("375");
        followUp.Text.ShouldNotContain("95.2");
    }
}
