using System.Buffers;
using Bot.Knowledge.Extraction.Reading;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Tests.Search;

/// <summary>
/// A passage is found by the same words whether its index keys were copied from the words read with its document or
/// worked out again from its text when it was saved: the words of a paragraph's sentences and headings are its words.
/// </summary>
public sealed class PassageWordsTests
{
    [Fact]
    public void A_paragraph_indexed_from_its_read_words_has_the_keys_of_its_text()
    {
        var doc = new SourceDocument("file:/t.md", "Казахстан и Болгария подписали меморандум", null, null, "ru",
        [
            "Казахстан и Болгария подписали меморандум",
            "СОФИЯ, пятница. Товарооборот\nвырос на 12,5 % (до 211,9 млн долларов США).  Г-н Радев и К.-Ж. Токаев встретились в Астане!",
            "Споразумение за сътрудничество — подписано в 2018 г. Министрите обсъдиха «Зелената сделка».",
            "Kölık jäne qūjat: the parties signed agreements on investment, exports and the e-Government.",
        ]);
        var words = DocumentWords.Of(doc);
        var cache = new IndexTextCache();
        for (var p = 0; p < doc.Paragraphs.Count; p++)
        {
            var read = words.Passages[p];
            read.ShouldNotBeNull();
            var split = new ArrayBufferWriter<byte>();
            cache.Write(doc.Paragraphs[p], doc.Title, split);
            var copied = new ArrayBufferWriter<byte>();
            foreach (var list in read)
                for (var i = 0; i < list.Count; i++) IndexTextCache.Put(list.IndexKeysAt(i), copied, 0);
            cache.WriteTitle(doc.Title, copied, 0);
            copied.WrittenSpan.ToArray().ShouldBe(split.WrittenSpan.ToArray());
        }
    }

    [Fact]
    public void A_list_whose_items_lose_their_markers_is_split_again()
    {
        var doc = new SourceDocument("file:/t.md", "Signed documents", null, null, "en",
            ["The following documents were signed:\n1. Memorandum on trade;\n2. Agreement on transport."]);
        DocumentWords.Of(doc).Passages[0].ShouldBeNull();
    }
}
