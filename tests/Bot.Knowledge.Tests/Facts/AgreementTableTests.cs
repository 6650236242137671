using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.Knowledge.Tests.Reading;
using static Bot.TestKit.OfficeFiles;

namespace Bot.Knowledge.Tests.Facts;

/// <summary>
/// A table listing documents (a register of treaties, a ministry's list of what was signed) gives each row's document
/// with every column it fills: the whole title, the place, the date of signing as precise as the cell writes it —
/// whether the table is on a web page, in a Word file or in Markdown, and in any of the four languages.
/// </summary>
public sealed class AgreementTableTests : IDisposable
{
    readonly FileIngestion _files = new();

    Agreement Titled(string start) =>
        _files.Store.Agreements.All().Where(a => a.Title.StartsWith(start, StringComparison.Ordinal))
            .ShouldHaveSingleItem($"'{start}' in [{string.Join("; ", _files.Store.Agreements.All().Select(a => $"{a.Title} {a.Signed} {a.Place}"))}]");

    [Fact]
    public async Task A_russian_register_on_a_page_gives_each_document_its_whole_title_place_and_signing_month_not_its_entry_into_force()
    {
        var (result, _) = await _files.IngestAsync("reestr.html", """
            <html lang="ru"><head><title>Договорная база казахстанско-болгарского сотрудничества</title></head>
            <body><article><h1>Договорная база казахстанско-болгарского сотрудничества</h1>
            <p>Опубликовано 3 февраля 2024 года. Ниже приведены основные документы между Казахстаном и Болгарией.</p>
            <table>
            <thead><tr><th>Документ</th><th>Дата подписания</th><th>Место подписания</th><th>Вступление в силу</th></tr></thead>
            <tbody>
            <tr><td>Соглашение о международном автомобильном сообщении</td><td>12 марта 2004 г.</td><td>Астана</td><td>5 мая 2005 г.</td></tr>
            <tr><td>Меморандум о сотрудничестве в области туризма</td><td>ноябрь 2016 г.</td><td>София</td><td>—</td></tr>
            </tbody></table>
            </article></body></html>
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var road = Titled("Соглашение о международном автомобильном сообщении");
        road.Signed.ShouldBe(new PartialDate(2004, 3, 12));
        road.Place.ShouldBe("Astana");
        var tourism = Titled("Меморандум о сотрудничестве в области туризма");
        tourism.Signed.ShouldBe(new PartialDate(2016, 11));
        tourism.Place.ShouldBe("Sofia");
    }

    [Fact]
    public async Task A_bulgarian_word_table_with_a_number_column_gives_the_title_cell_whole_and_a_year_alone_as_a_year()
    {
        var (result, _) = await _files.IngestAsync("spisak.docx", Docx("Двустранни документи с Казахстан",
            Para("София, 10 януари 2024 г. Министерството публикува списък на подписаните документи между България и Казахстан."),
            Table(1,
                Row("№", "Документ", "Подписан", "Място"),
                Row("1", "Споразумение за сътрудничество в областта на образованието и науката", "октомври 2009 г.", "Астана"),
                Row("2", "Програма за културен обмен", "2012", "—"))));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var education = Titled("Споразумение за сътрудничество в областта на образованието и науката");
        education.Signed.ShouldBe(new PartialDate(2009, 10));
        education.Place.ShouldBe("Astana");
        var culture = Titled("Програма за културен обмен");
        culture.Signed.ShouldBe(new PartialDate(2012));
        culture.Place.ShouldBeNull();
    }

    [Fact]
    public async Task A_kazakh_markdown_table_reads_a_year_then_month_cell_as_that_month_and_its_signing_column_before_entry_into_force()
    {
        var (result, _) = await _files.IngestAsync("tizim.md", MarkdownDoc.With("Қол қойылған құжаттар", "2024-05-02", "kk", """
            Қазақстан мен Болгария арасындағы құжаттар тізімі.

            | Құжат | Қол қойылған күні | Орны | Күшіне енуі |
            |---|---|---|---|
            | Денсаулық сақтау саласындағы ынтымақтастық туралы келісім | 12.04.2019 | Алматы | 01.09.2019 |
            | Туризм саласындағы ынтымақтастық туралы меморандум | 2021 ж. мамыр | Варна | — |
            """));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var health = Titled("Денсаулық сақтау саласындағы ынтымақтастық туралы келісім");
        health.Signed.ShouldBe(new PartialDate(2019, 4, 12));
        health.Place.ShouldBe("Almaty");
        var tourism = Titled("Туризм саласындағы ынтымақтастық туралы меморандум");
        tourism.Signed.ShouldBe(new PartialDate(2021, 5));
        tourism.Place.ShouldBe("Varna");
    }

    [Fact]
    public async Task An_english_table_whose_first_column_names_the_documents_reads_each_row_header_as_the_title()
    {
        var (result, _) = await _files.IngestAsync("treaties.md", MarkdownDoc.With("Treaties between Kazakhstan and Bulgaria", "2024-05-02", "en", """
            The embassy keeps a register of the documents Kazakhstan and Bulgaria have signed.

            | Document | Signed | Place |
            |---|---|---|
            | Agreement on the mutual protection of classified information | June 2011 | Astana |
            | Memorandum on cooperation in agriculture | 3 May 2017 | Plovdiv |
            """));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var secrets = Titled("Agreement on the mutual protection of classified information");
        secrets.Signed.ShouldBe(new PartialDate(2011, 6));
        secrets.Place.ShouldBe("Astana");
        Titled("Memorandum on cooperation in agriculture").Signed.ShouldBe(new PartialDate(2017, 5, 3));
    }

    [Fact]
    public async Task A_register_without_a_date_of_its_own_stays_undated_and_dates_each_later_event_by_its_own_cell()
    {
        var (result, row) = await _files.IngestAsync("register.md", """
            # Treaties between Kazakhstan and Bulgaria

            | No. | Document | Signed | Ratification / entry into force |
            |---|---|---|---|
            | 1 | Agreement on international road transport | 14.03.2006 | ratified by Law No. 120 of 2 April 2007; entered into force on 1 June 2007 |
            | 2 | Memorandum on cooperation in tourism | 2010 | not completed |
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        // The first row's date is when the road agreement was signed, not when the register was written.
        row!.Published.ShouldBeNull();
        Titled("Agreement on international road transport").Signed.ShouldBe(new PartialDate(2006, 3, 14));
        var ratification = _files.Store.Events.OfKind(EventKinds.Ratification).ShouldHaveSingleItem();
        ratification.Start.ShouldBe(new PartialDate(2007, 4, 2));
        ratification.Label.ShouldContain("Law No. 120");
        // "Not completed" under a header naming entry into force states no entry into force.
        _files.Store.Events.OfKind(EventKinds.EntryIntoForce).ShouldHaveSingleItem().Start.ShouldBe(new PartialDate(2007, 6, 1));
    }

    [Fact]
    public async Task A_russian_word_register_whose_one_column_gives_date_and_place_gives_both_and_dates_entry_into_force_by_its_own_column()
    {
        var (result, _) = await _files.IngestAsync("baza.docx", Docx("Договорная база",
            Para("Справка посольства. Документы, заключённые между Республикой Казахстан и Республикой Болгария."),
            Table(1,
                Row("№", "Документ", "Дата и место подписания", "Вступление в силу"),
                Row("1", "Соглашение о сотрудничестве в области ветеринарии", "14 октября 2003 г., Варна", "2 марта 2004 г."),
                Row("2", "Протокол о сотрудничестве в области спорта", "Шымкент (5 мая 2012 г.)", "—"))));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var vets = Titled("Соглашение о сотрудничестве в области ветеринарии");
        vets.Signed.ShouldBe(new PartialDate(2003, 10, 14));
        vets.Place.ShouldBe("Varna");
        var sport = Titled("Протокол о сотрудничестве в области спорта");
        sport.Signed.ShouldBe(new PartialDate(2012, 5, 5));
        sport.Place.ShouldBe("Shymkent");
        // The column's noun ("вступление в силу") names the event as its verb would; the dash states none.
        var inForce = _files.Store.Events.OfKind(EventKinds.EntryIntoForce).ShouldHaveSingleItem();
        inForce.Start.ShouldBe(new PartialDate(2004, 3, 2));
        inForce.Label.ShouldContain("ветеринарии");
    }

    [Fact]
    public async Task An_english_page_table_with_place_before_date_in_one_cell_reads_both_and_a_cell_of_other_words_gives_no_place()
    {
        var (result, _) = await _files.IngestAsync("treaties.html", """
            <html lang="en"><head><title>Treaty base</title></head>
            <body><article><h1>Treaty base of Kazakhstan and Bulgaria</h1>
            <p>Published 4 March 2024. The documents signed between Kazakhstan and Bulgaria.</p>
            <table>
            <tr><th>Document</th><th>Place and date of signing</th><th>Entry into force</th></tr>
            <tr><td>Agreement on cooperation in tourism</td><td>Sofia, 15.09.1999</td><td>20.08.2001</td></tr>
            <tr><td>Memorandum on cooperation in health care</td><td>signed during the visit, 2015</td><td>on signature</td></tr>
            </table>
            </article></body></html>
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var tourism = Titled("Agreement on cooperation in tourism");
        tourism.Signed.ShouldBe(new PartialDate(1999, 9, 15));
        tourism.Place.ShouldBe("Sofia");
        Titled("Memorandum on cooperation in health care").Place.ShouldBeNull();
        _files.Store.Events.OfKind(EventKinds.EntryIntoForce).ShouldContain(e => e.Start == new PartialDate(2001, 8, 20));
    }

    public void Dispose() => _files.Dispose();
}
