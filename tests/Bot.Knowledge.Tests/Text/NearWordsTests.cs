using Bot.Knowledge.Text;
using Bot.TestKit.Hostile;

namespace Bot.Knowledge.Tests.Text;

/// <summary>
/// The words next to a match are read from a window around it: they must be the words the whole text before or after
/// it gives, and the work per match must not grow with the text, or a question of one word repeated costs the square
/// of its length (a 100,000-character "2024 2024 …" took ten minutes).
/// </summary>
public sealed class NearWordsTests
{
    static readonly string[] Texts =
    [
        "According to the 2014 interview, what figure did he give for last year?",
        "2019 жылғы қарашадағы сұхбатында өткен жылғы тауар айналымы қандай болды?",
        "в интервю от юли 2014 за предходната година",
        "Ca\u0301fe\u0301 e\u0301tude and й written as и\u0306: marks at every place",
        "A \U0001F4A3 bomb, a lone \uD83D surrogate and \uFEFF a byte-order mark",
        new string('x', 300) + " 2024 " + new string('y', 300),
        string.Concat(Enumerable.Repeat("Товарооборот ", 40)),
    ];

    // By index: some texts hold lone surrogates, which a test case's name cannot carry.
    static readonly string[] All = [.. Texts, .. HostileQuestions.Generate(20, seed: 26, maxChars: 400)];

    public static TheoryData<int> Cases() => [.. Enumerable.Range(0, All.Length)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_words_next_to_every_place_are_those_the_whole_text_gives(int index)
    {
        var text = All[index];
        for (var at = 0; at <= text.Length; at++)
        {
            if (at > 0 && at < text.Length && char.IsLowSurrogate(text[at])) continue;
            for (var count = 1; count <= 3; count++)
            {
                NearWords.Before(text, at, count).ShouldBe(Tokenizer.Words(TextNormalizer.Fold(text[..at])).TakeLast(count), $"before {at} in {text}");
                NearWords.After(text, at, count).ShouldBe(Tokenizer.Words(TextNormalizer.Fold(text[at..])).Take(count), $"after {at} in {text}");
            }
        }
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("a")]
    [InlineData("товарооборот")]
    [InlineData("exports from Kazakhstan to Bulgaria")]
    public void Reading_the_words_next_to_each_word_of_one_word_repeated_folds_a_bounded_window(string word)
    {
        foreach (var length in new[] { 10_000, 100_000 })
        {
            var text = string.Join(' ', Enumerable.Repeat(word, length / (word.Length + 1)));
            var most = 0;
            var total = 0L;
            for (int position = 0, start; Tokenizer.Next(text, ref position, out start, out var wordLength);)
            {
                NearWords.Before(text, start, 3, out var before);
                NearWords.After(text, start + wordLength, 3, out var after);
                most = Math.Max(most, Math.Max(before, after));
                total += before + after;
            }

            // Three words of at most a dozen letters fit the first window: the work per word does not depend on the length.
            most.ShouldBeLessThanOrEqualTo(128, $"at {length} characters");
            total.ShouldBeLessThanOrEqualTo(128L * length, $"at {length} characters");
        }
    }
}
