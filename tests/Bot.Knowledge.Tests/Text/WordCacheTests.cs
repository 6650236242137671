using System.Globalization;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Tests.Text;

/// <summary>
/// The process-wide word caches hold at most their limit however many words a run reads, and what a long run keeps are the
/// words it keeps using: a word read again stays, a name one text used goes.
/// </summary>
public sealed class WordCacheTests
{
    [Fact]
    public void A_word_read_again_stays_while_words_read_once_go_and_the_cache_never_holds_more_than_its_limit()
    {
        var cache = new WordCache<string>(limit: 100);
        cache.Add("between", "between");
        var kept = 0;
        for (var i = 0; i < 1_000; i++)
        {
            var word = "name" + i.ToString(CultureInfo.InvariantCulture);
            cache.Add(word, word);
            // A word of every text is looked up again and again; each rare name only when it is read.
            if (cache.TryGet("between", out var found) && found == "between") kept++;
        }

        kept.ShouldBe(1_000);
        var held = Enumerable.Range(0, 1_000).Count(i => cache.TryGet("name" + i.ToString(CultureInfo.InvariantCulture), out _));
        held.ShouldBeLessThanOrEqualTo(100);
        // The latest words are still there.
        cache.TryGet("name999", out var last).ShouldBeTrue();
        last.ShouldBe("name999");
        cache.TryGet("name0", out _).ShouldBeFalse();
    }

    [Fact]
    public void Cleared_it_forgets_every_word()
    {
        var cache = new WordCache<int>(limit: 10);
        for (var i = 0; i < 8; i++) cache.Add(i.ToString(CultureInfo.InvariantCulture), i);
        cache.Clear();
        Enumerable.Range(0, 8).Any(i => cache.TryGet(i.ToString(CultureInfo.InvariantCulture), out _)).ShouldBeFalse();
    }
}
