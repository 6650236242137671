using Bot.Knowledge.Text;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Search;

/// <summary>The full-text index: what a question's words can find, and an older store brought up to date when opened.</summary>
public sealed class SearchIndexTests : IDisposable
{
    readonly TempStore _temp = TempStore.Empty();
    readonly TempFolder _files = new();

    async Task IngestAsync(string title, string lang, string body)
    {
        var file = _files.Write($"{Guid.NewGuid():N}.md", MarkdownDoc.With(title, "2024-05-10", lang, body));
        (await _temp.Store.Ingestor.IngestAsync([file], CancellationToken.None)).Count(Ingestion.IngestStatus.Added).ShouldBe(1);
    }

    IReadOnlyList<long> Containing(params string[] words) =>
        _temp.Store.Passages.Containing(words.Select(w => (IReadOnlyCollection<string>)[Stemmer.Stem(TextNormalizer.Fold(w))]).ToList(), 10);

    [Fact]
    public async Task An_english_spelling_of_a_name_finds_the_russian_text_that_names_him()
    {
        await IngestAsync("Церемония в Софии", "ru", "На церемонии присутствовал чемпион мира по боксу Кубрат Пулев.");
        Containing("Pulev").Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_paragraph_is_found_by_the_words_of_its_headline()
    {
        await IngestAsync("Refinery sale: the state oil company bids", "en", "Its offer was put at around one billion dollars.");
        Containing("refinery", "offer").Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_store_indexed_by_an_older_analyzer_is_indexed_again_when_opened()
    {
        await IngestAsync("Церемония в Софии", "ru", "На церемонии присутствовал чемпион мира по боксу Кубрат Пулев.");
        var c = _temp.Store.Db.Connection;
        c.Execute("DELETE FROM passage_fts");
        c.Execute("UPDATE meta SET value = '1' WHERE key = 'index_version'");

        _temp.Reopen();

        Containing("Pulev").Count.ShouldBe(1);
        _temp.Store.Db.Connection.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'index_version'").ShouldBe(TermAnalyzer.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose()
    {
        _temp.Dispose();
        _files.Dispose();
    }
}
