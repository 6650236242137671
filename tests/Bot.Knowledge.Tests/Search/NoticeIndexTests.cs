using Bot.TestKit;

namespace Bot.Knowledge.Tests.Search;

/// <summary>
/// Correction and update notices are found once, when a page is ingested, and kept with the store: answering reads them
/// from there for every answer instead of searching the answer's pages for them.
/// </summary>
public sealed class NoticeIndexTests : IDisposable
{
    readonly TempStore _temp = TempStore.Empty();
    readonly TempFolder _files = new();

    async Task<string> IngestAsync(string name, string title, string lang, string body)
    {
        var file = _files.Write(name, MarkdownDoc.With(title, "2025-03-10", lang, body));
        await _temp.Store.Ingestor.IngestAsync([file], CancellationToken.None);
        return file;
    }

    IEnumerable<string> Notices() => _temp.Store.Passages.Notices().Values.SelectMany(v => v);

    const string Wire = "ASTANA, March 10 (Trend) -- Kazakhstan's exports to Bulgaria in 2024 amounted to $303.6 million.\n\n"
        + "Update: exports of grain to Romania rose too.\n\n"
        + "Correction (11.03.2025): an earlier version of this item misstated the exports as $330.6 million.";

    [Fact]
    public async Task A_notice_under_a_label_or_naming_an_earlier_version_is_kept_from_its_label_on_in_four_languages()
    {
        await IngestAsync("en.md", "Exports", "en", Wire);
        await IngestAsync("ru.md", "Визит", "ru", "Встреча прошла 13 марта.\n\nUPD (15.03.2024, 10:20): ошибочно указано, что встреча прошла 13 марта. Встреча состоялась 12 марта.");
        await IngestAsync("bg.md", "Износ", "bg", "Износът е 61,6 млн. долара.\n\nВ първоначалната версия на статията погрешно беше посочено 61,6 млн. долара. Правилната стойност е 71,6 млн. долара.");
        await IngestAsync("kk.md", "Кездесу", "kk", "Кездесу 22 қазанда өтті.\n\n*Түзету:* кездесу 22 қазанда емес, 21 қазанда өтті.");

        var notices = Notices().ToList();
        notices.ShouldContain(n => n.TrimStart().StartsWith("an earlier version of this item misstated", StringComparison.Ordinal));
        notices.ShouldContain(n => n.TrimStart().StartsWith("exports of grain to Romania", StringComparison.Ordinal));
        notices.ShouldContain(n => n.TrimStart().StartsWith("ошибочно указано", StringComparison.Ordinal));
        notices.ShouldContain(n => n.StartsWith("В първоначалната версия", StringComparison.Ordinal));
        notices.ShouldContain(n => n.TrimStart('*', ' ').StartsWith("кездесу 22 қазанда емес", StringComparison.Ordinal));
        // The pages' own sentences are no notices.
        notices.ShouldNotContain(n => n.Contains("amounted to", StringComparison.Ordinal) || n.StartsWith("Встреча прошла", StringComparison.Ordinal));
        _temp.Store.Passages.Notices().Count.ShouldBe(4);
    }

    [Fact]
    public async Task A_page_saved_again_without_its_notice_has_none()
    {
        await IngestAsync("wire.md", "Exports", "en", Wire);
        Notices().Count().ShouldBe(2);
        var file = _files.Write("wire.md", MarkdownDoc.With("Exports", "2025-03-10", "en", "The ministry said exports to Bulgaria reached a record last year."));
        (await _temp.Store.Ingestor.IngestAsync([file], CancellationToken.None)).Count(Ingestion.IngestStatus.Updated).ShouldBe(1);
        _temp.Store.Db.Connection.ExecuteScalar<int>("SELECT count(*) FROM passages").ShouldBe(1);
        Notices().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_page_removed_takes_its_notices_with_it()
    {
        await IngestAsync("wire.md", "Exports", "en", Wire);
        var id = _temp.Store.Db.Connection.ExecuteScalar<long>("SELECT id FROM documents");
        _temp.Store.Get<Documents.DocumentCatalog>().Remove(id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ShouldNotBeNull();
        Notices().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_store_from_before_the_notices_were_kept_finds_its_notices_when_opened()
    {
        await IngestAsync("wire.md", "Exports", "en", Wire);
        // As a store of schema 18 was, with its passages: no notices kept.
        var c = _temp.Store.Db.Connection;
        c.Execute("DROP TABLE notices");
        c.Execute("PRAGMA user_version = 18");

        _temp.Reopen();

        Notices().Count().ShouldBe(2);
        _temp.Store.Db.Connection.ExecuteScalar<int>("SELECT count(*) FROM meta WHERE key = 'notices_pending'").ShouldBe(0);
    }

    public void Dispose()
    {
        _temp.Dispose();
        _files.Dispose();
    }
}
