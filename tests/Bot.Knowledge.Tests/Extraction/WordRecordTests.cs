using Bot.Knowledge.Extraction.Vocabulary;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Extraction;

/// <summary>
/// A written word's shared record (its folded form and what readers work out from it) is kept for the whole process;
/// an ingestion run lets go of the records of the words it read when it ends, so they are not held while answering.
/// </summary>
public sealed class WordRecordTests
{
    // A fresh string each time: a token list made from the very same string instance is reused as it is.
    static WordForms RecordOf(string word) => TokenList.Of(new string(word.AsSpan())).FormsAt(0);

    [Fact]
    public async Task After_an_ingestion_run_the_words_it_read_are_folded_anew_with_the_same_result()
    {
        var word = $"soglashenie{Guid.NewGuid():N}";
        using var temp = TempStore.Empty();
        using var folder = new TempFolder();
        var before = RecordOf(word);

        var file = folder.Write("news.md", MarkdownDoc.With("News item", "2024-05-10", "en", $"The ministers signed an agreement on {word} in Astana."));
        await temp.Store.Ingestor.IngestAsync([file], CancellationToken.None);
        var after = RecordOf(word);

        ReferenceEquals(after, before).ShouldBeFalse("the run's word records were let go when it ended");
        after.Folded.ShouldBe(before.Folded);
    }
}
