using Bot.Knowledge.Extraction;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// The number reader turns a word away by its first letters only when it can be no part of a number: every word of the
/// documents of the development corpus (four languages) that it turns away reads as no part of one in full, and every
/// number word of the data files, capitalised or with a Kazakh ending, is read.
/// </summary>
public sealed class NumberPartFilterTests
{
    [SharedFact("devcorpus/docs")]
    public void No_word_of_the_development_corpus_that_is_part_of_a_number_is_turned_away()
    {
        var docs = Path.Combine(Paths.DevcorpusDir, "docs");
        var words = Directory.EnumerateFiles(docs, "*.md")
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"\p{L}+").Select(m => m.Value))
            .Distinct(StringComparer.Ordinal).ToList();
        words.Count.ShouldBeGreaterThan(1000);
        var parts = words.Where(NumberReader.IsNumberPart).ToList();
        parts.ShouldNotBeEmpty();
        parts.Where(w => !NumberReader.MayBeNumberPart(w)).ShouldBeEmpty();
        // And the filter does its job: most words start no number.
        words.Count(w => !NumberReader.MayBeNumberPart(w)).ShouldBeGreaterThan(words.Count / 2);
    }

    [Fact]
    public void Every_number_word_of_the_data_files_passes_as_written_capitalised_and_with_an_ending()
    {
        foreach (var word in CalendarWords.NumberWords.Where(w => !w.Contains(' ')))
        {
            NumberReader.MayBeNumberPart(word).ShouldBeTrue(word);
            NumberReader.MayBeNumberPart(char.ToUpperInvariant(word[0]) + word[1..]).ShouldBeTrue(word);
            NumberReader.MayBeNumberPart(word + "ға").ShouldBeTrue(word);
        }
    }

    [Theory]
    [InlineData("Three hundred and twenty-five million dollars were invested.", 325)]
    [InlineData("Инвестиции составили триста двадцать пять миллионов долларов.", 325)]
    [InlineData("Инвестициите възлизат на триста двадесет и пет милиона долара.", 325)]
    [InlineData("Инвестиция көлемі үш жүз жиырма бес миллион долларға жетті.", 325)]
    public void A_number_in_words_is_still_read_in_each_language(string sentence, double value) =>
        NumberReader.Find(sentence).ShouldContain(m => m.InWords && m.Value == value);
}
