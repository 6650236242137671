using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.Knowledge.Tests.Reading;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// A document that says nowhere when it was written (a reference page, a saved note without a date) still states its
/// figures: they are kept with their source and an unknown period, to be given as stated — never as some year's.
/// </summary>
public sealed class UndatedFigureTests : IDisposable
{
    readonly FileIngestion _files = new();

    static string Undated(string lang, string body) => $"---\ntitle: Note\nlang: {lang}\n---\n\n{body}\n";

    [Theory]
    [InlineData("ru", "Согласно меморандуму, авиакомпании каждой стороны смогут выполнять по 4 рейса в неделю, то есть всего 8 рейсов в неделю.")]
    [InlineData("bg", "Според меморандума авиокомпаниите на всяка страна могат да изпълняват по 4 полета седмично, или общо 8 полета седмично.")]
    [InlineData("en", "Under the memorandum each side's airlines may operate 4 flights a week, 8 flights a week in all.")]
    [InlineData("kk", "Меморандумға сәйкес әр тараптың әуе компаниялары аптасына 4 рейс, барлығы аптасына 8 рейс орындай алады.")]
    public async Task Flights_a_week_in_an_undated_note_are_kept_without_a_year(string lang, string body)
    {
        var (result, row) = await _files.IngestAsync($"note-{lang}.md", Undated(lang, body));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Published.ShouldBeNull();
        var undated = _files.Store.Figures.UndatedOf("flights_per_week");
        undated.Select(f => f.Value).ShouldBe([4, 8], ignoreOrder: true);
        undated.ShouldAllBe(f => !f.Period.IsKnown && f.Evidence.Contains('8', StringComparison.Ordinal));
        // No year is made up for them: the figures of known periods hold none of these.
        _files.Store.Figures.All().ShouldBeEmpty();
    }

    [Fact]
    public async Task Annual_trade_in_an_undated_interview_is_kept_as_stated()
    {
        await _files.IngestAsync("interview.md", Undated("en",
            "Trade between Kazakhstan and Bulgaria is just over USD 100 million a year, the minister said."));

        var trade = _files.Store.Figures.UndatedOf("turnover").ShouldHaveSingleItem();
        trade.AbsoluteValue.ShouldBe(100e6);
        trade.Qualifier.ShouldNotBe("exact");
        _files.Store.Figures.All().ShouldBeEmpty();
    }

    [Fact]
    public async Task The_same_figures_in_a_dated_note_take_its_year_and_none_is_undated()
    {
        await _files.IngestAsync("dated.md", MarkdownDoc.With("Note", "2019-04-02", "en",
            "Under the memorandum each side's airlines may operate 4 flights a week, 8 flights a week in all."));

        _files.Store.Figures.UndatedOf("flights_per_week").ShouldBeEmpty();
        _files.Store.Figures.All().ShouldAllBe(f => f.Period == Period.Year(2019));
    }

    /// <summary>
    /// "In 2022 exports reached … Over the first eight months of this year they came to …", in a note that says nowhere
    /// when it was written: "this year" is the note's year, which nobody knows — the part-year figure is neither 2022's
    /// nor any year's, and what follows it in the paragraph is of no named year either.
    /// </summary>
    [Theory]
    [InlineData("en", "Kazakhstan's exports to Bulgaria reached 310.5 million dollars in 2022. Over the first eight months of this year they came to 190.2 million dollars, mostly crude oil.")]
    [InlineData("ru", "В 2022 году экспорт Казахстана в Болгарию составил 310,5 млн долларов. За первые восемь месяцев этого года он составил 190,2 млн долларов.")]
    [InlineData("bg", "През 2022 г. износът на Казахстан за България е достигнал 310,5 млн. долара. През първото полугодие на тази година той е възлязъл на 190,2 млн. долара.")]
    [InlineData("kk", "2022 жылы Қазақстанның Болгарияға экспорты 310,5 млн долларға жетті. Биылғы алғашқы сегіз айда экспорт 190,2 млн доллар болды.")]
    public async Task A_part_of_this_year_in_an_undated_note_is_not_the_year_named_before_it(string lang, string body)
    {
        await _files.IngestAsync($"this-year-{lang}.md", Undated(lang, body));

        var dated = _files.Store.Figures.All();
        dated.ShouldContain(f => f.Period == Period.Year(2022) && f.Value == 310.5);
        dated.ShouldNotContain(f => f.Value == 190.2, string.Join("; ", dated.Select(f => $"{f.Metric} {f.Period} {f.Value}")));
    }

    public void Dispose() => _files.Dispose();
}
