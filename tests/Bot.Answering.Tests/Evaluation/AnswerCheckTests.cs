using Bot.Answering.Evaluation;

namespace Bot.Answering.Tests.Evaluation;

public sealed class AnswerCheckTests
{
    static EvalItem Item(string[]? all = null, string[]? any = null, string[]? forbid = null) =>
        new("x", "q?", "en", "trade", Compile(all), Compile(any), Compile(forbid), null);

    static List<System.Text.RegularExpressions.Regex> Compile(string[]? patterns) => (patterns ?? []).Select(PythonPattern.Compile).ToList();

    [Fact]
    public void An_answer_passes_with_every_required_pattern_one_alternative_and_nothing_forbidden() =>
        AnswerCheck.Problems(Item(["375"], ["million", "млн"], ["2019"]), "Turnover 2024: $375.2 MILLION [1]").ShouldBeEmpty();

    [Fact]
    public void Each_way_of_failing_is_named()
    {
        var problems = AnswerCheck.Problems(Item(["375", "95"], ["million", "млн"], [@"20\d\d"]), "In 2019: 375 thousand");
        problems.Count.ShouldBe(3);
        problems.ShouldContain(p => p.StartsWith("missing /95/", StringComparison.Ordinal));
        problems.ShouldContain(p => p.StartsWith("none of the 2", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("\"2019\"", StringComparison.Ordinal));
    }
}
