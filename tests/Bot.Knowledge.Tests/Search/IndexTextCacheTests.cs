using Bot.Knowledge.Text;

namespace Bot.Knowledge.Tests.Search;

/// <summary>
/// A passage saved late in a long ingestion run is found by the same words as one saved first: the keys the run
/// remembers for the words it has seen are always those of the word itself, whichever words came before it.
/// </summary>
public sealed class IndexTextCacheTests
{
    static readonly string[] Stems =
    [
        "Казахстан", "България", "товарооборот", "меморандум", "Қазақстан", "құжат", "investment", "exports",
        "Радев", "Токаев", "Астана", "споразумение", "сотрудничество", "ынтымақтастық", "agreement", "посещение",
    ];

    [Fact]
    public void Every_passage_of_a_long_run_is_indexed_under_its_own_words_keys()
    {
        var cache = new IndexTextCache();
        // Far more distinct words than the cache keeps in front of its dictionary, or in it: words take one another's
        // places again and again, in four languages, with inflected and numbered forms.
        var words = Enumerable.Range(0, 30_000).Select(i => Stems[i % Stems.Length] + (i % 3 == 0 ? "ами" : i % 3 == 1 ? "s" : "") + (i / 48)).ToList();
        var passages = Enumerable.Range(0, 3_000).Select(p => string.Join(' ', Enumerable.Range(0, 12).Select(w => words[(p * 7919 + w * 104_729) % words.Count]))).ToList();
        foreach (var passage in passages.Concat(passages))
            cache.IndexText(passage, "Kazakhstan and Bulgaria sign a memorandum").ShouldBe(TermAnalyzer.IndexText(passage, "Kazakhstan and Bulgaria sign a memorandum"));
    }

    [Fact]
    public void A_word_and_another_that_took_its_place_keep_their_own_keys()
    {
        var cache = new IndexTextCache();
        foreach (var text in new[] { "Пулев signed", "Pulev signed", "Пулев подписа", "көлік kölık", "Пулев signed" })
            cache.IndexText(text).ShouldBe(TermAnalyzer.IndexText(text));
    }
}
