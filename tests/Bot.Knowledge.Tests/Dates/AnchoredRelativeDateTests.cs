using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Dates;

/// <summary>
/// A relative date told from an event the text dates, not from the item's own date: "The following July, on the 10th"
/// after "In October 2023" is 10 July 2024, "a day earlier" after "On 9 June" is 8 June, in any of the four languages.
/// A relative word with no date before it to count from dates nothing, and a number after a month that carries no day
/// suffix ("in July, 10 firms") stays a count.
/// </summary>
public sealed class AnchoredRelativeDateTests
{
    static readonly PartialDate Published = new(2025, 7, 14);

    static IReadOnlyList<string> Dates(string text, int? referenceYear = null) =>
        [.. DateFinder.Find(text, Published, referenceYear).Select(d => d.Start.ToString())];

    [Theory]
    [InlineData("In October 2023, during consultations in Astana, the idea came up. The following July, on the 10th, the embassy held a forum in Sofia.", "2024-07-10")]
    [InlineData("През октомври 2023 г. идеята беше обсъдена в Астана, а следващия юли, на 10-и, посолството събра превозвачите в София.", "2024-07-10")]
    [InlineData("In March 2023 the sides agreed on a plan; the following July, on the 10th, the forum took place.", "2023-07-10")]
    public void The_following_month_is_counted_from_the_date_stated_before(string text, string expected) =>
        Dates(text)[^1].ShouldBe(expected);

    [Fact]
    public void The_following_month_in_a_sentence_of_its_own_takes_the_year_of_the_paragraph() =>
        Dates("The following July, on the 10th, the Kazakh embassy gathered more than 20 Bulgarian transport companies in Sofia.", referenceYear: 2023)
            .ShouldBe(["2024-07-10"]);

    [Theory]
    [InlineData("On 9 June 2025 the presidents held talks in the Akorda; a day earlier, Radev had arrived in Astana.", "2025-06-08")]
    [InlineData("Переговоры прошли 9 июня 2025 года, а днем ранее болгарский лидер прибыл в Астану.", "2025-06-08")]
    [InlineData("Президентите разговаряха на 9 юни 2025 г., а на следващия ден Радев замина за Узбекистан.", "2025-06-10")]
    [InlineData("Келіссөздер 2025 жылғы 9 маусымда өтті, келесі күні Радев Өзбекстанға аттанды.", "2025-06-10")]
    [InlineData("Переговоры прошли 9 июня 2025 года; накануне президент Радев прибыл в Астану.", "2025-06-08")]
    public void A_day_before_or_after_is_counted_from_the_day_the_text_stated(string text, string expected) =>
        Dates(text)[^1].ShouldBe(expected);

    [Fact]
    public void A_day_later_with_no_day_stated_before_dates_nothing() =>
        Dates("A day later the delegation left for Tashkent.").ShouldBeEmpty();

    [Fact]
    public void A_number_after_a_month_without_a_day_suffix_is_no_day() =>
        Dates("In July, 10 Bulgarian companies joined the route.").ShouldBe(["2025-07"]);

    [Fact]
    public void Yesterday_still_counts_from_the_items_date_whatever_the_text_dated_before() =>
        Dates("The talks of 2 June 2025 prepared the visit; yesterday the ministers signed the memorandum.")[^1].ShouldBe("2025-07-13");
}
