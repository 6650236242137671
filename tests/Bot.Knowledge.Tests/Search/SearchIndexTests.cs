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
    public async Task A_paragraph_every_outlet_repeats_is_found_by_each_of_its_documents_own_headlines()
    {
        // Three outlets run the same agency paragraph under their own headlines, in one ingestion run: the paragraph's
        // words are looked up once (see PendingIndex), and each copy must still carry its own document's headline.
        const string agency = "Сторонам предстоит подписать меморандум о сотрудничестве в сфере фармацевтики.";
        var files = new[]
        {
            ("Визит в Софию: переговоры о вакцинах", "В Софии прошли переговоры министров здравоохранения."),
            ("Астана принимает делегацию из Пловдива", "Делегация Пловдива прибыла в Астану во вторник."),
            ("Шымкент строит завод лекарств", "В Шымкенте заложили первый камень фармацевтического завода."),
        }.Select(d => _files.Write($"{Guid.NewGuid():N}.md", MarkdownDoc.With(d.Item1, "2024-05-10", "ru", d.Item2 + "\n\n" + agency))).ToList();
        (await _temp.Store.Ingestor.IngestAsync(files, CancellationToken.None)).Count(Ingestion.IngestStatus.Added).ShouldBe(3);

        Containing("меморандум").Count.ShouldBe(3);
        Containing("Шымкент", "меморандум").Count.ShouldBe(1);
        Containing("Пловдива", "меморандум").Count.ShouldBe(1);
        Containing("вакцинах", "меморандум").Count.ShouldBe(1);
        // The headline of one outlet never reaches another outlet's copy.
        Containing("Шымкент", "Пловдива", "меморандум").ShouldBeEmpty();
    }

    [Fact]
    public async Task Words_in_capitals_in_kazakh_and_bulgarian_are_found_by_a_question_in_lower_case()
    {
        // The index takes its keys as TermAnalyzer wrote them (folded to lower case): FTS5 folds no case of its own.
        await IngestAsync("ҚАЗАҚСТАН МЕН БОЛГАРИЯ КЕЛІСІМГЕ ҚОЛ ҚОЙДЫ", "kk", "Тараптар әскери ынтымақтастық туралы келісімге қол қойды.");
        await IngestAsync("СОФИЯ: ПОДПИСАХА СПОРАЗУМЕНИЕ ЗА ВОЕННО СЪТРУДНИЧЕСТВО", "bg", "Министрите обсъдиха и доставките на зърно.");

        Containing("болгария", "ынтымақтастық").Count.ShouldBe(1);
        Containing("споразумение", "зърно").Count.ShouldBe(1);
        Containing("споразумение", "ынтымақтастық").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_store_whose_index_read_its_keys_as_unicode_still_finds_its_passages_after_the_upgrade()
    {
        await IngestAsync("Церемония в Софии", "ru", "На церемонии присутствовал чемпион мира по боксу Кубрат Пулев.");
        // As stores before schema 18 were: the unicode61 tokenizer.
        var c = _temp.Store.Db.Connection;
        c.Execute("DROP TABLE passage_vocab");
        c.Execute("DROP TABLE passage_fts");
        c.Execute("CREATE VIRTUAL TABLE passage_fts USING fts5(terms, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0')");
        c.Execute("CREATE VIRTUAL TABLE passage_vocab USING fts5vocab(passage_fts, row)");
        c.Execute("PRAGMA user_version = 17");

        _temp.Reopen();

        Containing("Pulev").Count.ShouldBe(1);
        Containing("чемпион", "Софии").Count.ShouldBe(1);
        _temp.Store.Db.Connection.ExecuteScalar<string>("SELECT sql FROM sqlite_master WHERE name = 'passage_fts'").ShouldContain("'ascii'");
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

    [Fact]
    public async Task A_new_store_filled_before_anything_searched_it_is_not_indexed_again_when_search_opens()
    {
        // Nothing has searched this store yet: the ingestion below is the first thing it does, as `ingest` into a new store.
        await IngestAsync("Церемония в Софии", "ru", "На церемонии присутствовал чемпион мира по боксу Кубрат Пулев.");
        var versions = _temp.Store.Get<Storage.StoreVersion>();
        var before = versions.Current;

        // Indexing again would move the corpus version (every cached view of the store is then built again).
        Containing("Pulev").Count.ShouldBe(1);
        versions.Current.ShouldBe(before);
    }

    [Fact]
    public async Task A_store_whose_index_kept_a_copy_of_its_text_still_finds_its_passages_after_the_upgrade()
    {
        await IngestAsync("Церемония в Софии", "ru", "На церемонии присутствовал чемпион мира по боксу Кубрат Пулев.");
        // As stores before schema 16 were: an index that stored its terms a second time.
        var c = _temp.Store.Db.Connection;
        c.Execute("DROP TABLE passage_vocab");
        c.Execute("DROP TABLE passage_fts");
        c.Execute("CREATE VIRTUAL TABLE passage_fts USING fts5(terms, tokenize = 'unicode61 remove_diacritics 0')");
        c.Execute("CREATE VIRTUAL TABLE passage_vocab USING fts5vocab(passage_fts, row)");
        c.Execute("PRAGMA user_version = 15");

        _temp.Reopen();

        Containing("Pulev").Count.ShouldBe(1);
        _temp.Store.Db.Connection.ExecuteScalar<string>("SELECT sql FROM sqlite_master WHERE name = 'passage_fts'").ShouldContain("content = ''");
    }

    [Fact]
    public async Task A_document_saved_again_with_other_text_is_no_longer_found_by_its_old_words()
    {
        var file = _files.Write("changed.md", MarkdownDoc.With("Визит", "2024-05-10", "ru", "На церемонии присутствовал чемпион мира по боксу Кубрат Пулев."));
        await _temp.Store.Ingestor.IngestAsync([file], CancellationToken.None);
        _files.Write("changed.md", MarkdownDoc.With("Визит", "2024-05-10", "ru", "На церемонии выступил оркестр."));

        (await _temp.Store.Ingestor.IngestAsync([file], CancellationToken.None)).Count(Ingestion.IngestStatus.Updated).ShouldBe(1);

        Containing("Pulev").ShouldBeEmpty();
        Containing("оркестр").Count.ShouldBe(1);
    }

    public void Dispose()
    {
        _temp.Dispose();
        _files.Dispose();
    }
}
