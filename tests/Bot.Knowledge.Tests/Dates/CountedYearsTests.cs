using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Dates;

/// <summary>
/// A period counted in years from the one the text named before ("1989 … ten years later") is that year, in every
/// language and whatever the number is written as; with no year named before it, it is no period at all — counting it
/// from the publication date would put a past event in the item's future.
/// </summary>
public sealed class CountedYearsTests
{
    static readonly PartialDate Published = new(2024, 3, 1);

    static List<Period> Periods(string text, Period? reference = null) =>
        PeriodFinder.Find(text, Published, reference: reference).Select(f => f.Period).ToList();

    [Theory]
    [InlineData("По переписи 1989 года в области жили 3 210 болгар. Спустя десять лет перепись насчитала 2 140 болгар.", 1989, 1999)]
    [InlineData("През 2016 г. там учеха 120 студенти от Казахстан. Три години по-късно там учеха 310 студенти.", 2016, 2019)]
    [InlineData("The first festival, in 2011, drew 4,000 visitors. Five years later it drew 9,500 visitors.", 2011, 2016)]
    [InlineData("2005 жылғы санақ бойынша қалада 640 болгар тұрды. Он бір жылдан кейінгі санақта олардың саны 410 болды.", 2005, 2016)]
    [InlineData("In 2019 the fair had 40 exhibitors; 2 years later it had 75.", 2019, 2021)]
    public void A_year_counted_from_the_year_before_is_that_year(string text, int first, int counted) =>
        Periods(text).ShouldBe([Period.Year(first), Period.Year(counted)]);

    [Fact]
    public void Years_earlier_count_back() =>
        Periods("In 2020 trade reached $300 million; ten years earlier it was $90 million.").ShouldBe([Period.Year(2020), Period.Year(2010)]);

    [Fact]
    public void Later_years_chain_on_from_the_last_one_counted() =>
        Periods("In 1970 the census counted 10 420. Nine years later it counted 10 064, and ten years later 10 228.")
            .ShouldBe([Period.Year(1970), Period.Year(1979), Period.Year(1989)]);

    [Fact]
    public void The_period_named_in_an_earlier_sentence_is_counted_from() =>
        Periods("Спустя десять лет перепись насчитала 2 140 болгар.", Period.Year(1989)).ShouldBe([Period.Year(1999)]);

    [Theory]
    [InlineData("Five years later the festival drew 9,500 visitors.")]
    [InlineData("Спустя десять лет перепись насчитала 2 140 болгар.")]
    public void With_no_year_before_it_it_is_no_period(string text) => Periods(text).ShouldBeEmpty();

    public static TheoryData<string, int> CountedPhrases()
    {
        var data = new TheoryData<string, int>();
        foreach (var phrase in Bot.Knowledge.Extraction.Figures.PeriodWords.Default.YearsLater) data.Add(phrase, 1);
        foreach (var phrase in Bot.Knowledge.Extraction.Figures.PeriodWords.Default.YearsEarlier) data.Add(phrase, -1);
        return data;
    }

    // Sentences skip the counted-years pattern unless they hold every plain word of one of its phrases: no phrase of the
    // data file, in any language, may be lost to that shortcut.
    [Theory]
    [MemberData(nameof(CountedPhrases))]
    public void No_counted_phrase_of_the_data_file_is_skipped(string phrase, int direction)
    {
        var sentence = $"By then, {phrase.Replace("#", "3", StringComparison.Ordinal)} the fair drew 9,500 visitors.";
        Bot.Knowledge.Extraction.Figures.PeriodWords.Default.MayCountYears(sentence).ShouldBeTrue();
        Bot.Knowledge.Extraction.Figures.PeriodWords.Default.CountedYears.Match(sentence).Groups[direction > 0 ? "later" : "earlier"].Success.ShouldBeTrue();
    }

    [Theory]
    [InlineData("In 2023 exports reached $90 million, the highest in five years.")]
    [InlineData("В 2023 году экспорт достиг 90 млн долларов, через порт прошло 3 млн тонн.")]
    public void A_sentence_without_a_whole_counted_phrase_is_not_read_for_one(string sentence) =>
        Bot.Knowledge.Extraction.Figures.PeriodWords.Default.MayCountYears(sentence).ShouldBeFalse();

    [Fact]
    public void A_count_of_years_that_is_a_duration_is_no_period() =>
        Periods("The agreement was signed in 2015 for a term of five years.").ShouldBe([Period.Year(2015)]);
}
