using Bot.Knowledge.Search;
using Bot.Knowledge.Storage;
using Bot.Knowledge.Text;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Search;

/// <summary>
/// "Which of these reports name Pavlova": the documents of a question's agreements or evidence that name a person, as
/// the scope of "signed during Pavlova's visit" and "what did Pavlova say" reads them. The documents a key's passages
/// belong to come from the runs of passage ids each document was saved under and are kept per key; the answer is the
/// one the full-text index joined to the passage table gives, whatever the order the people are asked in.
/// </summary>
public sealed class DocumentScopeTests : IDisposable
{
    readonly TempStore _temp = TempStore.Empty();
    readonly TempFolder _files = new();

    PassageSearch Search => _temp.Store.Passages;

    async Task<long> IngestAsync(string title, params string[] paragraphs)
    {
        var file = _files.Write($"{Guid.NewGuid():N}.md", MarkdownDoc.With(title, "2024-05-10", "en", string.Join("\n\n", paragraphs)));
        (await _temp.Store.Ingestor.IngestAsync([file], CancellationToken.None)).Count(Ingestion.IngestStatus.Added).ShouldBe(1);
        return _temp.Store.Db.Connection.ExecuteScalar<long>("SELECT max(id) FROM documents");
    }

    static List<string> Keys(string name) => TermAnalyzer.Keys(name).ToList();

    // The join the scope stands in for: every hit of the index looked up in the passage table.
    HashSet<long> Joined(long[] documents, IEnumerable<string> keys)
    {
        var match = PassageSearch.MatchExpression(keys);
        if (match.Length == 0 || documents.Length == 0) return [];
        return _temp.Store.Db.Connection.QueryScalars<long>(
            $"SELECT DISTINCT p.document_id FROM passage_fts f JOIN passages p ON p.id = f.rowid WHERE passage_fts MATCH ? AND p.document_id IN ({string.Join(',', documents)})",
            match).ToHashSet();
    }

    async Task<(long Both, long Pavlova, long Radev, long Neither)> FourReportsAsync() => (
        await IngestAsync("Talks in Astana", "The ministers met in Astana on Monday.", "Minister Pavlova and President Radev signed a memorandum on tourism."),
        await IngestAsync("Tourism forum", "A forum on tourism opened in Sofia.", "Pavlova said the routes would open in spring.", "Flights start in May."),
        await IngestAsync("State visit", "Radev arrived in Astana for a state visit."),
        await IngestAsync("Grain exports", "Grain exports to Bulgaria grew by a tenth.", "The harvest was the largest in a decade."));

    [Fact]
    public async Task The_documents_naming_a_person_are_those_the_index_joined_to_the_passages_gives()
    {
        var (both, pavlova, radev, neither) = await FourReportsAsync();
        long[] all = [both, pavlova, radev, neither];

        Search.DocumentsWith(all, Keys("Pavlova")).ShouldBe([both, pavlova], ignoreOrder: true);
        Search.DocumentsWith(all, Keys("Radev")).ShouldBe([both, radev], ignoreOrder: true);
        foreach (var word in new[] { "Pavlova", "Radev", "Astana", "tourism", "grain", "Tokayev" })
            Search.DocumentsWith(all, Keys(word)).ShouldBe(Joined(all, Keys(word)), ignoreOrder: true);
    }

    [Fact]
    public async Task Only_the_documents_asked_about_are_answered_and_no_keys_name_none()
    {
        var (both, pavlova, radev, neither) = await FourReportsAsync();

        Search.DocumentsWith([pavlova, radev, neither], Keys("Pavlova")).ShouldBe([pavlova]);
        Search.DocumentsWith([neither], Keys("Pavlova")).ShouldBeEmpty();
        Search.DocumentsWith([], Keys("Pavlova")).ShouldBeEmpty();
        Search.DocumentsWith([both, pavlova], []).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_second_person_is_looked_for_among_the_documents_naming_the_first_and_a_shared_key_is_read_once()
    {
        var (both, pavlova, radev, neither) = await FourReportsAsync();
        var scope = Search.Within([both, pavlova, radev, neither]);

        var first = scope.With(Keys("Pavlova"));
        var second = scope.With(Keys("Radev"), first);

        first.ShouldBe([both, pavlova], ignoreOrder: true);
        second.ShouldBe([both]);
        // Asked again in the other order, through the keys the scope has kept: the same documents.
        scope.With(Keys("Pavlova"), scope.With(Keys("Radev"))).ShouldBe([both]);
        scope.With(Keys("Radev"), new HashSet<long>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_passage_saved_apart_from_the_rest_of_its_document_still_names_it()
    {
        var (both, pavlova, radev, neither) = await FourReportsAsync();
        var later = await IngestAsync("Exhibition", "An exhibition of carpets opened in Sofia.");
        // A paragraph of the grain report saved after the exhibition's: its ids are no longer one run.
        var c = _temp.Store.Db.Connection;
        c.Execute("INSERT INTO passages(document_id, ordinal, text) VALUES (?, 9, 'Tokayev praised the harvest.')", neither);
        c.Execute("INSERT INTO passage_fts(rowid, terms) VALUES (last_insert_rowid(), ?)", string.Join(' ', Keys("Tokayev")));
        _temp.Store.Get<StoreVersion>().Bump();
        long[] all = [both, pavlova, radev, neither, later];

        Search.DocumentsWith(all, Keys("Tokayev")).ShouldBe([neither]);
        Search.DocumentsWith(all, Keys("Sofia")).ShouldBe(Joined(all, Keys("Sofia")), ignoreOrder: true);
        Search.DocumentsWith(all, Keys("harvest")).ShouldBe(Joined(all, Keys("harvest")), ignoreOrder: true);
    }

    public void Dispose()
    {
        _temp.Dispose();
        _files.Dispose();
    }
}
