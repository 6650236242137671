using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Ingestion.Reading;

namespace Bot.Knowledge.Tests;

/// <summary>
/// A file of megabytes without a line break (a dump, a minified export): it is ingested in work proportional to its
/// size, with a warning that says how it was read, and a stop does not wait for its end.
/// </summary>
public sealed class OneLineFileTests
{
    static readonly string OneLine = string.Concat(Enumerable.Repeat("Kazakhstan Bulgaria trade ", 10_000)).TrimEnd();

    [Fact]
    public void Every_mention_of_a_text_naming_two_countries_thousands_of_times_is_found_once()
    {
        var spans = KbEntities.Index().FindSpans(OneLine);

        spans.Count.ShouldBe(20_000);
        spans.Select(s => s.Start).Distinct().Count().ShouldBe(20_000);
    }

    [Fact]
    public void A_paragraph_without_a_line_break_is_read_in_pieces_at_spaces_with_a_warning_and_no_text_lost()
    {
        var doc = PlainTextReader.Read("file:/tmp/one-line.txt", OneLine);

        doc.Paragraphs.Count.ShouldBeGreaterThan(1);
        doc.Paragraphs.ShouldAllBe(p => p.Length <= LongParagraphs.MaxChars);
        doc.Paragraphs.ShouldAllBe(p => p.StartsWith("Kazakhstan") || p.StartsWith("Bulgaria") || p.StartsWith("trade"), "cut at spaces, never inside a word");
        string.Join(" ", doc.Paragraphs).ShouldBe(OneLine);
        doc.Warnings.ShouldContain(w => w.Contains($"{OneLine.Length:N0} characters without a line break") && w.Contains("pieces"));
    }

    [Fact]
    public void A_paragraph_of_one_endless_word_is_cut_at_the_limit()
    {
        var word = new string('a', LongParagraphs.MaxChars * 2 + 5);

        var doc = PlainTextReader.Read("file:/tmp/one-word.txt", word);

        doc.Paragraphs.Select(p => p.Length).ShouldBe([LongParagraphs.MaxChars, LongParagraphs.MaxChars, 5]);
    }

    [Fact]
    public async Task A_one_line_file_is_ingested_and_its_report_says_how_it_was_read()
    {
        using var temp = KbEntities.EmptyStoreWithEntities();
        var file = Path.Combine(Path.GetTempPath(), $"one-line-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, OneLine);
        try
        {
            var report = await temp.Store.Ingestor.IngestAsync([file], CancellationToken.None);

            report.Results.ShouldHaveSingleItem().Status.ShouldBe(IngestStatus.Added);
            report.Results[0].Warnings.ShouldContain(w => w.Contains("without a line break"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_stop_ends_the_reading_of_a_long_document_instead_of_waiting_for_its_end()
    {
        var doc = PlainTextReader.Read("file:/tmp/one-line.txt", OneLine);
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        Should.Throw<OperationCanceledException>(() => new DocumentExtractor(KbEntities.Index()).Extract(doc, stop.Token));
    }
}
