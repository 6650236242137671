using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// A document's hashes are what stored documents are compared by on re-ingestion: hashed piece by piece they must stay
/// exactly what hashing the joined text gave, or every document already in a store would look changed.
/// </summary>
public sealed class DocumentHashTests
{
    static readonly SourceDocument Doc = new("file:/tmp/a.md", "Переговоры в Астане", "https://example.org/a", new PartialDate(2025, 6, 9), "ru",
        ["ASTANA — Токаев и Радев провели переговоры.", "Товарооборот в 2024 году составил 375 млн долларов 🇰🇿.", "Third paragraph."])
    { SourceLabel = "press release", Fictional = true };

    [Fact]
    public void Content_hash_is_the_hash_of_title_address_date_body_and_flags_written_out()
    {
        var written = $"{Doc.Title}\n{Doc.Url}\n{Doc.Published}\n{string.Join("\n\n", Doc.Paragraphs)}\nfictional\nsource:press release";
        Assert.Equal(Hashing.Sha256(written), Doc.ContentHash);
    }

    [Fact]
    public void Content_hash_of_an_undated_document_without_address_leaves_those_lines_empty()
    {
        var doc = Doc with { Url = null, Published = null, SourceLabel = null, Fictional = false };
        Assert.Equal(Hashing.Sha256($"{doc.Title}\n\n\n{string.Join("\n\n", doc.Paragraphs)}"), doc.ContentHash);
    }

    [Fact]
    public void Body_hash_is_the_hash_of_the_paragraphs_joined_by_blank_lines()
    {
        Assert.Equal(Hashing.Sha256(string.Join("\n\n", Doc.Paragraphs)), Doc.BodyHash);
        Assert.Equal(Hashing.Sha256(""), (Doc with { Paragraphs = [] }).BodyHash);
    }

    [Fact]
    public void A_piece_longer_than_the_hashing_buffer_hashes_as_the_whole_text_does()
    {
        var longParagraph = string.Concat(Enumerable.Repeat("Казахстан и Болгария — partners. ", 400));
        var doc = Doc with { Paragraphs = ["short", longParagraph, "end"] };
        Assert.Equal(Hashing.Sha256(string.Join("\n\n", doc.Paragraphs)), doc.BodyHash);
    }
}
