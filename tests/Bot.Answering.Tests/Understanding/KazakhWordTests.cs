using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;

namespace Bot.Answering.Tests.Understanding;

/// <summary>
/// A Kazakh question's words reach English, Russian and Bulgarian text whatever endings they carry: a form the lexicon does
/// not list means what the first listed form under its endings means, and a name keeps its spellings once its ending is off.
/// </summary>
public sealed class KazakhWordTests
{
    static readonly QuestionAnalyzer Analyzer = new(DomainLexicon.Default, TimeProvider.System);

    static IReadOnlySet<string> KeysOf(string question, string word) =>
        Analyzer.Analyze(question, "kk", new EntityIndex([])).Units.Single(u => u.Label == word).Keys;

    [Theory]
    [InlineData("Дипломатиялық қатынастардың 30 жылдығы қашан аталып өтті?", "қатынастардың", "relat")]
    [InlineData("Екі ел арасындағы сауданың көлемі қанша?", "сауданың", "trade")]
    [InlineData("Тауарлар Еуропаға қалай жетеді?", "Еуропаға", "europ")]
    [InlineData("Астана мен София арасында тікелей рейс бар ма?", "тікелей", "direct")]
    public void An_inflected_Kazakh_word_carries_the_English_keys_of_its_concept(string question, string word, string englishKey)
    {
        KeysOf(question, word).ShouldContain(englishKey);
    }

    [Fact]
    public void A_foreign_name_with_a_Kazakh_ending_keeps_its_Latin_spelling()
    {
        KeysOf("Ақтау Варнаның нешінші бауырлас қаласы болды?", "Варнаның").ShouldContain("varna");
    }
}
