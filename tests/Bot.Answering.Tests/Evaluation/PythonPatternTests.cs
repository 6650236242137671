using Bot.Answering.Evaluation;
using Bot.TestKit;

namespace Bot.Answering.Tests.Evaluation;

/// <summary>Evaluation files are written for Python's re module; their patterns must score the same here.</summary>
public sealed class PythonPatternTests
{
    [Theory]
    [InlineData(@"(?P<n>\d+) and (?P=n)", "7 and 7", true)]
    [InlineData(@"(?P<n>\d+) and (?P=n)", "7 and 8", false)]
    [InlineData(@"end\Z", "the end", true)]
    [InlineData(@"end\Z", "the end of it", false)]
    [InlineData(@"a.{,3}b", "a12b", true)]
    [InlineData(@"a.{,3}b", "a1234b", false)]
    [InlineData(@"[{,3}]", "{", true)]
    [InlineData(@"(?<!\w)пет(?!\w)", "общо пет документа", true)]
    [InlineData(@"(?<!\w)пет(?!\w)", "петролът", false)]
    [InlineData(@"\b5\b|\bfive\b", "FIVE documents", true)]
    [InlineData(@"Козлоду[йея]", "АЭС «КОЗЛОДУЕ»", true)]
    public void Patterns_match_as_python_re_search_with_ignorecase_would(string pattern, string text, bool matches) =>
        PythonPattern.Compile(pattern).IsMatch(text).ShouldBe(matches);

    [Fact]
    public void A_bad_pattern_in_a_questions_file_is_reported_with_its_line()
    {
        using var folder = new TempFolder();
        var file = folder.Write("q.jsonl", "{\"id\":\"a\",\"question\":\"q?\",\"expect_all\":[\"ok\"]}\n\n{\"id\":\"b\",\"question\":\"q?\",\"expect_all\":[\"(unclosed\"]}\n");
        var error = Should.Throw<FormatException>(() => EvalFile.Load(file));
        error.Message.ShouldStartWith("q.jsonl line 3:");
        error.Message.ShouldContain("(unclosed");
    }

    [Fact]
    public void A_follow_up_of_a_question_not_in_the_file_is_refused()
    {
        using var folder = new TempFolder();
        var file = folder.Write("q.jsonl", "{\"id\":\"b\",\"question\":\"and in 2023?\",\"after\":\"a\"}\n");
        Should.Throw<FormatException>(() => EvalFile.Load(file)).Message.ShouldContain("follows up a");
    }
}
