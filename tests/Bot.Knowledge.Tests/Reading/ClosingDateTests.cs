using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// Pages that say when they were published only after the text — in a footer line, a closing date line — are dated by
/// it, so "yesterday" in them means a day; a date in a "read also" list under them is another story's.
/// </summary>
public sealed class ClosingDateTests : IDisposable
{
    readonly FileIngestion _files = new();

    [Fact]
    public async Task A_kazakh_page_dated_only_in_its_article_footer_is_dated_by_it()
    {
        var (result, row) = await _files.IngestAsync("saparlar.html", """
            <html lang="kk"><head><title>Қазақстан мен Болгария туризмді дамытады</title></head><body>
            <article><h1>Қазақстан мен Болгария туризмді дамытады</h1>
            <p>Қазақстан мен Болгария туризм саласындағы ынтымақтастықты кеңейтуге келісті. Тараптар тікелей әуе рейстерін ашу мәселесін талқылады.</p>
            <p>Кездесуде екі елдің туроператорлары бірлескен бағдарламаларды ұсынды.</p>
            <footer>Жарияланған күні: 12.03.2025</footer></article>
            <aside><h3>Тағы оқыңыз</h3><ul><li>05.03.2025 Басқа жаңалық</li></ul></aside>
            </body></html>
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Published.ShouldBe("2025-03-12");
    }

    [Fact]
    public async Task An_english_text_with_its_published_line_at_the_end_resolves_yesterday_against_it()
    {
        var (result, row) = await _files.IngestAsync("tourism.txt", """
            Kazakhstan and Bulgaria agree on tourism

            Yesterday in Sofia, Kazakhstan and Bulgaria signed a memorandum on cooperation in tourism.

            The two sides also discussed direct flights between Astana and Sofia.

            Published: 12 March 2025
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Published.ShouldBe("2025-03-12");
        _files.Store.Agreements.All().ShouldHaveSingleItem().Signed.ShouldBe(new PartialDate(2025, 3, 11));
    }

    [Fact]
    public async Task A_russian_government_page_ending_with_its_place_and_date_is_dated_by_that_line()
    {
        var (_, row) = await _files.IngestAsync("zayavlenie.txt", """
            Заявление о сотрудничестве в области образования

            Министерства образования Казахстана и Болгарии договорились о совместных программах обмена студентами.

            Стороны намерены ежегодно проводить дни образования.

            Астана, 12 марта 2025 года
            """);

        row!.Published.ShouldBe("2025-03-12");
    }

    [Fact]
    public async Task A_bulgarian_page_whose_only_dates_are_in_a_read_also_list_stays_undated()
    {
        var (result, row) = await _files.IngestAsync("novini.txt", """
            България и Казахстан обсъдиха енергетиката

            Министрите на енергетиката на България и Казахстан обсъдиха доставките на петрол и газ.

            Прочетете още

            10.03.2025 Нов маршрут за товари през Черно море

            11.03.2025 Изложба на казахстанско изкуство в София
            """);

        row!.Published.ShouldBeNull();
        result.Warnings.ShouldContain(w => w.StartsWith("undated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_word_document_with_a_publication_date_line_at_its_end_is_dated_by_it_before_its_file_date()
    {
        var (_, row) = await _files.IngestAsync("soobshchenie.docx", OfficeFiles.Docx("Сообщение пресс-службы", new DateTime(2020, 1, 1), null,
            "Казахстан и Болгария обсудили развитие транспортных коридоров.",
            "Стороны договорились продолжить переговоры.",
            "Дата публикации: 14.04.2025"));

        row!.Published.ShouldBe("2025-04-14");
    }

    public void Dispose() => _files.Dispose();
}
