using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;

namespace Bot.Answering.Tests.Understanding;

/// <summary>A message asking two things is answered on both; a question that only asks for two kinds of answer, or names two parties, stays whole.</summary>
public sealed class CompoundQuestionTests
{
    static readonly CompoundQuestion Splitter = new(DomainLexicon.Default, AnswerTypeCues.Default);

    [Theory]
    [InlineData("How much did Kazakhstan export to Bulgaria in 2024, and what was the main product?", "How much did Kazakhstan export to Bulgaria in 2024", "what was the main product?")]
    [InlineData("Когда подписали меморандум между Уральском и Благоевградом и кто его подписал?", "Когда подписали меморандум между Уральском и Благоевградом", "кто его подписал?")]
    [InlineData("Колко е износът на Казахстан за България през 2024 г. и кой е основният продукт?", "Колко е износът на Казахстан за България през 2024 г.", "кой е основният продукт?")]
    [InlineData("Радев Астанаға қашан келді және қай қалада болды?", "Радев Астанаға қашан келді", "қай қалада болды?")]
    public void Two_questions_joined_by_and_are_asked_one_after_the_other(string message, string first, string second) =>
        Splitter.Split(message).ShouldBe([first, second]);

    [Theory]
    [InlineData("What document did Almaty and Varna sign in 2004, and is the twinning complete?", "What document did Almaty and Varna sign in 2004", "is the twinning complete?")]
    [InlineData("Какой документ подписали Алматы и Варна в 2004 году и завершено ли побратимство?", "Какой документ подписали Алматы и Варна в 2004 году", "завершено ли побратимство?")]
    [InlineData("Какъв документ подписаха Алмати и Варна през 2004 г. и завършено ли е побратимяването между тях?", "Какъв документ подписаха Алмати и Варна през 2004 г.", "завършено ли е побратимяването между тях?")]
    [InlineData("Алматы мен Варна 2004 жылы қандай құжатқа қол қойды және бауырластық аяқталды ма?", "Алматы мен Варна 2004 жылы қандай құжатқа қол қойды", "бауырластық аяқталды ма?")]
    public void A_yes_or_no_question_joined_by_and_is_asked_after_the_first(string message, string first, string second) =>
        Splitter.Split(message).ShouldBe([first, second]);

    [Theory]
    [InlineData("Where and when was the memorandum on the Trans-Caspian corridor signed?")]
    [InlineData("Who signed the memorandum between Uralsk and Blagoevgrad and when?")]
    [InlineData("Which agreements did Bulgaria and Kazakhstan sign in 2024?")]
    [InlineData("Какие документы подписали Казахстан и Болгария в 2025 году?")]
    [InlineData("Кто и когда подписал меморандум?")]
    [InlineData("What was the trade turnover between Kazakhstan and Bulgaria in 2024?")]
    public void A_question_asking_for_two_kinds_of_answer_or_naming_two_parties_stays_whole(string message) =>
        Splitter.Split(message).ShouldBe([message]);

    [Fact]
    public void A_message_joining_more_questions_than_a_message_asks_is_read_as_one()
    {
        // Two of these would be split; ten joins read as a list, and each join tried would cost a reading of the rest.
        var message = string.Join(" and ", Enumerable.Repeat("what was the trade turnover in 2024", 10)) + "?";

        Splitter.Split(message).ShouldBe([message]);
        Splitter.Split("what was the trade turnover in 2024 and what was the trade turnover in 2023?").Count.ShouldBe(2);
    }
}
