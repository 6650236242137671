using Bot.Answering.Evidence;
using Bot.Answering.Reading;
using Bot.Knowledge.Model;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A window's periods are read once and asked for many times (to date it, by the conditions, for its spans): each asking
/// gets what reading that window for the first time gets, and another window of the same text is read on its own.
/// </summary>
public sealed class WindowPeriodsTests
{
    const string Census = "In 1970 the census counted 10 420 Bulgarians. Nine years later it counted 10 064. The community kept its school.";

    static EvidenceWindow Window(int index, string sentence, string? before) =>
        new(new Passage(1, Census, 0, null, new SourceRef(1, "Census", "https://example.org/census", "2024-03-01")), index, sentence, before, null);

    [Fact]
    public void A_sentence_counting_years_is_dated_from_the_year_before_it_however_often_it_is_asked()
    {
        var w = Window(1, "Nine years later it counted 10 064.", "In 1970 the census counted 10 420 Bulgarians.");

        TimeCheck.ReferenceOf(w).ShouldBe(Period.Year(1970));
        TimeCheck.PeriodsOf(w).Periods.ShouldBe([Period.Year(1979)]);
        TimeCheck.PeriodsOf(w).ShouldBe(TimeCheck.PeriodsOf(w));
        TimeCheck.YearsOf(w).Years.ShouldBe([(1979, 1979)]);
        TimeCheck.PeriodsOf(w with { }).Periods.ShouldBe([Period.Year(1979)]);
    }

    [Fact]
    public void A_sentence_stating_no_period_is_of_the_last_its_paragraph_stated_however_often_it_is_asked()
    {
        var w = Window(2, "The community kept its school.", "Nine years later it counted 10 064.");

        TimeCheck.ReferenceOf(w).ShouldBeNull();
        TimeCheck.PeriodsOf(w).Level.ShouldBe(TimeLevel.Paragraph);
        TimeCheck.PeriodsOf(w).Periods.ShouldBe([Period.Year(1979)]);
        TimeCheck.ParagraphYear(w).ShouldBe(1979);
        TimeCheck.PeriodsOf(w).Periods.ShouldBe([Period.Year(1979)]);
    }

    [Fact]
    public void Another_window_of_the_same_text_is_read_for_itself()
    {
        var first = Window(0, "In 1970 the census counted 10 420 Bulgarians.", null);
        var second = Window(1, "Nine years later it counted 10 064.", "In 1970 the census counted 10 420 Bulgarians.");

        TimeCheck.PeriodsOf(first).Periods.ShouldBe([Period.Year(1970)]);
        TimeCheck.PeriodsOf(second).Periods.ShouldBe([Period.Year(1979)]);
        TimeCheck.PeriodsOf(first).Periods.ShouldBe([Period.Year(1970)]);
    }
}
