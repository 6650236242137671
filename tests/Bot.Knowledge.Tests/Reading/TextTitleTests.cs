using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// A text saved without a headline of its own: its title is a headline-sized line, never a dateline nor a whole lead
/// paragraph (which would stand beside every passage of the text as its headline).
/// </summary>
public sealed class TextTitleTests : IDisposable
{
    readonly FileIngestion _files = new();

    [Theory]
    [InlineData("Пловдив, 3 март 2024 г.\n\nКметът на Пловдив и кметът на Шымкент подписаха споразумение\n\nКметовете подписаха днес споразумение за побратимяване на двата града.", "Кметът на Пловдив и кметът на Шымкент подписаха споразумение")]
    [InlineData("Astana, 9 June 2025\n\nKazakh and Bulgarian ministers meet on rail freight\n\nThe ministers met today to discuss container trains.", "Kazakh and Bulgarian ministers meet on rail freight")]
    public void A_line_that_only_places_and_dates_the_text_is_not_its_title(string text, string title) =>
        PlainTextReader.Read("file:/note.txt", text).Title.ShouldBe(title);

    [Theory]
    [InlineData("ШЫМКЕНТ. 2024 жылғы 3 наурыз. ҚазАқпарат – Шымкент пен Пловдив қалаларының әкімдері бауырлас қалалар туралы келісімге қол қойды, деп хабарлайды агенттік тілшісі. Құжат мәдениет, білім беру және туризм салаларындағы ынтымақтастықты көздейді. Келесі кездесу күзде өтеді.\n\nЕкі қала арасындағы байланыс 2019 жылы басталған.",
        "Шымкент пен Пловдив қалаларының әкімдері бауырлас қалалар туралы келісімге қол қойды, деп хабарлайды агенттік тілшісі.")]
    [InlineData("ПЛОВДИВ, 3 марта. /Агентство/ – Мэры Пловдива и Шымкента подписали соглашение о побратимстве двух городов, передает корреспондент агентства. Документ предусматривает сотрудничество в культуре, образовании и туризме. Следующая встреча пройдет осенью в Шымкенте.\n\nСвязи между городами начались в 2019 году.",
        "Мэры Пловдива и Шымкента подписали соглашение о побратимстве двух городов, передает корреспондент агентства.")]
    public void A_text_that_opens_with_its_lead_is_titled_by_the_leads_first_sentence_without_its_dateline(string text, string title) =>
        PlainTextReader.Read("file:/lead.txt", text).Title.ShouldBe(title);

    [Fact]
    public void A_lead_wrapped_at_the_pages_width_is_read_as_one_paragraph_for_its_title()
    {
        const string text = "ПЛОВДИВ, 3 марта. /Агентство/ – Мэры Пловдива и Шымкента подписали соглашение о\nпобратимстве двух городов, передает корреспондент агентства. Документ предусматривает\nсотрудничество в культуре, образовании и туризме.\n\nСвязи между городами начались в 2019 году.";

        PlainTextReader.Read("file:/wrapped.txt", text).Title.ShouldBe("Мэры Пловдива и Шымкента подписали соглашение о побратимстве двух городов, передает корреспондент агентства.");
    }

    [Fact]
    public void A_date_in_a_later_paragraph_of_running_text_does_not_date_a_text_whose_dateline_has_no_year()
    {
        const string text = "ПЛОВДИВ, 3 марта. /Агентство/ – Мэры Пловдива и Шымкента подписали соглашение о побратимстве двух городов, передает корреспондент агентства.\n\nДокумент предусматривает сотрудничество в культуре, образовании и туризме, а также обмен делегациями между городами.\n\nПредыдущая встреча мэров прошла 16 ноября 2017 года в Шымкенте, когда стороны подписали протокол о намерениях и договорились об обмене школьниками.";

        PlainTextReader.Read("file:/undated.txt", text).Published.ShouldBeNull();
    }

    [Theory]
    [InlineData("28.04.2026\n\nYesterday in Astana the ministers of tourism of Kazakhstan and Bulgaria signed an agreement on cooperation in tourism.", "2026-04-27")]
    [InlineData("28.04.2026\n\nВчера в Астана министрите на туризма на Казахстан и България подписаха споразумение за сътрудничество в областта на туризма.", "2026-04-27")]
    public async Task A_lead_sentence_that_became_the_title_still_states_its_signing(string text, string signed)
    {
        await _files.Store.Ingestor.IngestAsync([_files.Folder.Write("item.txt", text)], CancellationToken.None);

        // The title was made from the lead, so the lead is not a headline repeated above it: its signing is read.
        _files.Store.Agreements.All().ShouldHaveSingleItem().Signed.ToString().ShouldBe(signed);
    }

    public void Dispose() => _files.Dispose();
}
