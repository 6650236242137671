using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.Knowledge.Tests.Reading;

namespace Bot.Knowledge.Tests.Facts;

/// <summary>
/// A table of documents whose rows name no signing themselves, introduced by the sentence before it ("the following
/// documents were exchanged:") or a heading ("Подписани документи"), gives one agreement per row — with a column per side
/// ("Kazakh party", "Българска страна", "Қазақстан тарапы") read as the row's two parties, a city under such a header a
/// party and not the place — in any of the four languages; a table introduced as documents still to be signed gives none.
/// </summary>
public sealed class IntroducedDocumentTableTests : IDisposable
{
    readonly FileIngestion _files = new();

    string Stored => string.Join("; ", _files.Store.Agreements.All().Select(a => $"{a.Title} {a.Signed} {a.Place} [{string.Join(", ", a.Parties.Select(p => $"{p.Name} {p.Country}"))}]"));

    Agreement Titled(string title) =>
        _files.Store.Agreements.All().Where(a => a.Title == title).ShouldHaveSingleItem($"'{title}' in [{Stored}]");

    /// <summary>One party of each country: the store names a party it knows by its own name ("Ministry of Transport of Kazakhstan").</summary>
    static void SidesAre(Agreement a, string kazakh, string bulgarian)
    {
        a.Parties.Count.ShouldBe(2);
        a.Parties.ShouldContain(p => p.Country == "KZ" && (p.Name == kazakh || p.EntityId != null));
        a.Parties.ShouldContain(p => p.Country == "BG" && (p.Name == bulgarian || p.EntityId != null));
    }

    [Fact]
    public async Task An_english_page_whose_table_follows_an_exchange_sentence_gives_each_row_with_its_two_sides_and_the_dateline_city()
    {
        var (result, _) = await _files.IngestAsync("talks.html", """
            <html lang="en"><head><title>Presidents hold talks</title><meta property="article:published_time" content="2025-06-09T12:00:00+05:00"></head>
            <body><article><h1>Presidents hold talks</h1>
            <p>ASTANA – The presidents of Kazakhstan and Bulgaria held talks at the Akorda.</p>
            <p>Following the talks, the following documents were exchanged in the presence of the two heads of state:</p>
            <table>
            <thead><tr><th>No.</th><th>Document</th><th>Kazakh party</th><th>Bulgarian party</th></tr></thead>
            <tbody>
            <tr><td>1</td><td>Memorandum of Understanding on cooperation</td><td>Academy of Public Administration</td><td>Diplomatic Institute</td></tr>
            <tr><td>2</td><td>Memorandum on the establishment of twin-city relations</td><td>Shymkent</td><td>Plovdiv</td></tr>
            </tbody></table>
            <p>The Bulgarian President also toured the National Space Center.</p>
            </article></body></html>
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var academy = Titled("Memorandum of Understanding on cooperation");
        SidesAre(academy, "Academy of Public Administration", "Diplomatic Institute");
        academy.Signed.ShouldBe(new PartialDate(2025, 6, 9));
        academy.Place.ShouldBe("Astana");
        // Shymkent under "Kazakh party" signed it; the signing was in Astana.
        var twins = Titled("Memorandum on the establishment of twin-city relations");
        twins.Place.ShouldBe("Astana");
        twins.Parties.Select(p => p.EntityId).ShouldBe(["shymkent", "plovdiv"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_russian_markdown_table_after_a_signing_sentence_gives_each_row_dated_by_the_sentence()
    {
        var (result, _) = await _files.IngestAsync("itogi.md", MarkdownDoc.With("Итоги визита", "2024-03-15", "ru", """
            По итогам переговоров 14 марта 2024 года в Софии подписаны следующие документы:

            | № | Документ | Казахстанская сторона | Болгарская сторона |
            |---|---|---|---|
            | 1 | Меморандум о сотрудничестве в области туризма | Министерство туризма и спорта | Министерство туризма |
            | 2 | Соглашение о сотрудничестве в области образования | Министерство науки и высшего образования | Министерство образования и науки |
            """));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var tourism = Titled("Меморандум о сотрудничестве в области туризма");
        SidesAre(tourism, "Министерство туризма и спорта", "Министерство туризма");
        tourism.Signed.ShouldBe(new PartialDate(2024, 3, 14));
        tourism.Place.ShouldBe("Sofia");
        SidesAre(Titled("Соглашение о сотрудничестве в области образования"), "Министерство науки и высшего образования", "Министерство образования и науки");
    }

    [Fact]
    public async Task A_bulgarian_table_under_a_heading_of_signed_documents_with_a_sentence_between_gives_each_row()
    {
        var (result, _) = await _files.IngestAsync("dokumenti.md", MarkdownDoc.With("Посещение в Астана", "2024-10-02", "bg", """
            Министрите на икономиката на България и Казахстан проведоха среща в Астана на 1 октомври 2024 г.

            ## Подписани документи

            Документите бяха разменени в присъствието на двамата министри.

            | Документ | Българска страна | Казахстанска страна |
            |---|---|---|
            | Меморандум за сътрудничество в областта на енергетиката | Министерство на енергетиката | Министерство на енергетиката на Казахстан |
            """));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var energy = _files.Store.Agreements.All().ShouldHaveSingleItem(Stored);
        energy.Title.ShouldBe("Меморандум за сътрудничество в областта на енергетиката");
        SidesAre(energy, "Министерство на енергетиката на Казахстан", "Министерство на енергетиката");
    }

    [Fact]
    public async Task A_kazakh_table_after_a_signing_sentence_reads_its_side_columns_as_the_parties()
    {
        var (result, _) = await _files.IngestAsync("qujattar.md", MarkdownDoc.With("Сапар қорытындысы", "2024-11-20", "kk", """
            Келіссөз қорытындысы бойынша 19 қарашада Астанада мынадай құжаттарға қол қойылды:

            | Құжат | Қазақстан тарапы | Болгария тарапы |
            |---|---|---|
            | Көлік саласындағы ынтымақтастық туралы меморандум | Көлік министрлігі | Көлік және байланыс министрлігі |
            """));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var transport = _files.Store.Agreements.All().ShouldHaveSingleItem(Stored);
        transport.Title.ShouldBe("Көлік саласындағы ынтымақтастық туралы меморандум");
        SidesAre(transport, "Көлік министрлігі", "Көлік және байланыс министрлігі");
        transport.Signed.ShouldBe(new PartialDate(2024, 11, 19));
    }

    [Fact]
    public async Task A_table_of_documents_still_to_be_signed_gives_no_agreement()
    {
        var (result, _) = await _files.IngestAsync("plan.md", MarkdownDoc.With("Visit programme", "2024-05-02", "en", """
            The ministries are preparing the visit. The following documents are expected to be signed:

            | Document | Kazakh party | Bulgarian party |
            |---|---|---|
            | Memorandum on cooperation in health care | Ministry of Health | Ministry of Health |
            """));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        _files.Store.Agreements.All().ShouldBeEmpty(Stored);
    }

    public void Dispose() => _files.Dispose();
}
