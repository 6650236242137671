using Bot.Answering.Composing;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;

namespace Bot.Answering.Tests.Composing;

/// <summary>Two sources naming one place in different grammatical cases do not "differ"; two different places or people still do.</summary>
public sealed class SpanSamenessTests
{
    static AnswerSpan Span(AnswerType type, string text) => new(type, text, 0, text.Length);

    [Theory]
    [InlineData("София", "Софии")]
    [InlineData("Пловдив", "Пловдива")]
    [InlineData("Varna", "Varna")]
    [InlineData("Министерство энергетики", "Министерства энергетики")]
    public void One_place_in_another_case_is_the_same_answer(string a, string b)
    {
        var type = a.Contains(' ') ? AnswerType.Organisation : AnswerType.Place;
        SpanText.Same(Span(type, a), Span(type, b)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("София", "Варна")]
    [InlineData("Astana", "Almaty")]
    [InlineData("Пловдив", "Шымкент")]
    public void Different_places_still_differ(string a, string b) =>
        SpanText.Same(Span(AnswerType.Place, a), Span(AnswerType.Place, b)).ShouldBeFalse();

    [Fact]
    public void People_are_compared_as_written_a_different_ending_may_be_another_person() =>
        SpanText.Same(Span(AnswerType.Person, "Иван Радев"), Span(AnswerType.Person, "Иван Радева")).ShouldBeFalse();
}
