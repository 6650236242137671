using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Extraction;

/// <summary>
/// Numbers in words past whole numbers, as speeches and reports write them: decimals and fractions, halves, a scale
/// word alone after "nearly"/"около"/"близо" or before "жуық", and a count glued to its unit in one adjective.
/// </summary>
public sealed class NumberWordsBeyondWholeTests : IDisposable
{
    readonly TempStore _temp = TempStore.Empty();
    readonly TempFolder _folder = new();

    [Theory]
    [InlineData("Trade reached sixty-three point nine million dollars last year.", 63.9e6)]
    [InlineData("Товарооборот составил шестьдесят три целых девять десятых миллиона долларов.", 63.9e6)]
    [InlineData("Стокообменът достигна шестдесет и три цяло и девет десети милиона долара.", 63.9e6)]
    [InlineData("Тауар айналымы алпыс үш бүтін оннан тоғыз миллион долларды құрады.", 63.9e6)]
    [InlineData("The plant will cost three and a half million euros.", 3.5e6)]
    [InlineData("Строительство продлится три с половиной года.", 3.5)]
    [InlineData("Строежът ще продължи три и половина години.", 3.5)]
    [InlineData("Құрылыс үш жарым жылға созылады.", 3.5)]
    public void A_decimal_a_fraction_or_a_half_in_words_is_read_as_one_number(string text, double value) =>
        NumberReader.Find(text).ShouldHaveSingleItem().Absolute.ShouldBe(value, 1e-6);

    [Theory]
    [InlineData("Nearly a thousand students study there.")]
    [InlineData("Около тысячи студентов учатся там.")]
    [InlineData("Близо хиляда студенти учат там.")]
    [InlineData("Онда мыңға жуық студент оқиды.")]
    public void A_scale_word_after_a_qualifier_is_one_of_its_scale(string text) =>
        NumberReader.Find(text).ShouldHaveSingleItem().Absolute.ShouldBe(1000);

    [Theory]
    [InlineData("Thousands of tourists came to the festival.")]
    [InlineData("Тысячи туристов приехали на фестиваль.")]
    [InlineData("Хиляди туристи дойдоха на фестивала.")]
    public void Thousands_of_something_names_no_number(string text) =>
        NumberReader.Find(text).ShouldBeEmpty();

    [Theory]
    [InlineData("The president arrived on a two-day visit.")]
    [InlineData("Президент прибыл с двухдневным визитом.")]
    [InlineData("Президентът пристигна на двудневно посещение.")]
    [InlineData("Президент екі күндік сапармен келді.")]
    public void A_count_glued_to_its_unit_in_an_adjective_is_a_number_of_days(string text)
    {
        var quantity = QuantityFinder.Find(text).ShouldHaveSingleItem();
        quantity.Unit.ShouldBe("days");
        quantity.Number.Value.ShouldBe(2);
    }

    [Theory]
    [InlineData("en", "Nearly a thousand Kazakh students study in Bulgaria.", "nearly")]
    [InlineData("en", "Nearly 1,000 Kazakh students study in Bulgaria.", "nearly")]
    [InlineData("ru", "Около тысячи казахстанских студентов учатся в Болгарии.", "about")]
    [InlineData("bg", "Близо хиляда казахстански студенти учат в България.", "nearly")]
    [InlineData("kk", "Болгарияда мыңға жуық қазақстандық студент оқиды.", "nearly")]
    public async Task An_approximate_count_in_words_is_stored_with_its_qualifier(string lang, string text, string qualifier)
    {
        var file = _folder.Write($"{lang}.md", MarkdownDoc.With("Students", "2025-03-01", lang, text));
        var result = (await _temp.Store.Ingestor.IngestAsync([file], CancellationToken.None)).Results.ShouldHaveSingleItem();
        result.Status.ShouldBe(IngestStatus.Added, result.Reason);

        var figure = _temp.Store.Figures.All().ShouldHaveSingleItem();
        figure.Metric.ShouldBe("students_kz_in_bg");
        figure.AbsoluteValue.ShouldBe(1000);
        figure.Qualifier.ShouldBe(qualifier);
    }

    [Theory]
    [InlineData("en", "In 2024 trade between Kazakhstan and Bulgaria reached sixty-three point nine million dollars.")]
    [InlineData("ru", "В 2024 году товарооборот между Казахстаном и Болгарией составил шестьдесят три целых девять десятых миллиона долларов.")]
    [InlineData("bg", "През 2024 г. стокообменът между България и Казахстан достигна шестдесет и три цяло и девет десети милиона долара.")]
    [InlineData("kk", "2024 жылы Қазақстан мен Болгария арасындағы тауар айналымы алпыс үш бүтін оннан тоғыз миллион доллар болды.")]
    public async Task A_sum_of_money_written_in_words_is_stored_as_the_figure_it_states(string lang, string text)
    {
        var file = _folder.Write($"{lang}-money.md", MarkdownDoc.With("Trade", "2025-03-01", lang, text));
        var result = (await _temp.Store.Ingestor.IngestAsync([file], CancellationToken.None)).Results.ShouldHaveSingleItem();
        result.Status.ShouldBe(IngestStatus.Added, result.Reason);

        var figure = _temp.Store.Figures.All().ShouldHaveSingleItem();
        figure.Metric.ShouldBe("turnover");
        figure.Period.ShouldBe(Period.Year(2024));
        figure.AbsoluteValue.ShouldBe(63.9e6, 1);
        figure.Unit.ShouldBe("USD");
    }

    public void Dispose()
    {
        _temp.Dispose();
        _folder.Dispose();
    }
}
