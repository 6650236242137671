using Bot.Answering.Conditions;
using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;

namespace Bot.Answering.Tests.Conditions;

/// <summary>
/// In Kazakh the participle of a visit stands before the noun it describes ("Болгарияға барған Қазақстан премьер-министрі":
/// the Kazakh prime minister who went to Bulgaria): the destination is the place in the dative, not the word after the verb.
/// </summary>
public sealed class KazakhVisitDestinationTests
{
    static readonly QuestionAnalyzer Analyzer = new(DomainLexicon.Default, TimeProvider.System);

    static string? Destination(string question, string lang)
    {
        var entities = new EntityIndex([]);
        return VisitDestination.Default.Of(Analyzer.Analyze(question, lang, entities), entities)?.Name;
    }

    [Theory]
    [InlineData("2009 жылы Болгарияға ресми сапармен барған Қазақстан премьер-министрі кім?", "kk")]
    [InlineData("Болгарияға барған Қазақстан делегациясын кім басқарды?", "kk")]
    [InlineData("Which Kazakh prime minister visited Bulgaria in 2009?", "en")]
    [InlineData("Какой премьер-министр Казахстана посетил Болгарию в 2009 году?", "ru")]
    public void The_destination_is_the_place_gone_to_not_the_noun_after_a_Kazakh_participle(string question, string lang) =>
        Destination(question, lang).ShouldBe("Bulgaria");

    [Fact]
    public void A_Kazakh_place_in_the_dative_right_after_the_visit_word_is_still_the_destination() =>
        Destination("Премьер-министр сапармен Қазақстанға 2009 жылы келді ме?", "kk").ShouldBe("Kazakhstan");
}
