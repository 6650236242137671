using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Model;

namespace Bot.Answering.Tests.Conditions;

/// <summary>
/// The conditions a question sets, read from its words: ordinals written with a suffix or as an anniversary's count, a
/// count asked in any case of "how many", a Kazakh month written after its year.
/// </summary>
public sealed class QuestionReadingTests
{
    static readonly QuestionAnalyzer Analyzer = new(DomainLexicon.Default, TimeProvider.System);

    static Question Analyze(string question, string lang) => Analyzer.Analyze(question, lang, new EntityIndex([]));

    [Theory]
    [InlineData("Where was the 5th session of the commission held?", "en", 5)]
    [InlineData("Где прошло 5-е заседание комиссии?", "ru", 5)]
    [InlineData("Къде се проведе 5-ото заседание на комисията?", "bg", 5)]
    [InlineData("Комиссияның 5-ші отырысы қай қалада өтті?", "kk", 5)]
    [InlineData("Кто приезжал на 30-летие дипломатических отношений?", "ru", 30)]
    [InlineData("Кой дойде за 30-годишнината от дипломатическите отношения?", "bg", 30)]
    [InlineData("Дипломатиялық қатынастардың 30 жылдығына кім келді?", "kk", 30)]
    public void An_ordinal_written_with_digits_and_a_suffix_is_a_condition(string question, string lang, int ordinal) =>
        Analyze(question, lang).Ordinals.ShouldBe([ordinal]);

    [Theory]
    [InlineData("How many documents were signed in the first four months?", "en")]
    [InlineData("Сколько документов подписано за 5 лет?", "ru")]
    public void A_period_or_a_plain_number_is_no_ordinal(string question, string lang) =>
        Analyze(question, lang).Ordinals.ShouldBeEmpty();

    [Theory]
    [InlineData("Сколькими документами обменялись стороны?", "ru")]
    [InlineData("Скольких студентов приняли болгарские вузы?", "ru")]
    [InlineData("Колцина студенти учат в България?", "bg")]
    [InlineData("Қанша құжатпен алмасты?", "kk")]
    public void How_many_in_any_case_asks_a_count(string question, string lang) =>
        Analyze(question, lang).AnswerTypes.ShouldContain(AnswerType.Count);

    [Fact]
    public void A_kazakh_month_after_its_year_is_that_month_not_the_year()
    {
        var q = Analyze("2019 жылғы наурызда Болгарияға кім барды?", "kk");

        q.Periods.ShouldBe([Period.Months(2019, 3, 3)]);
    }

    [Fact]
    public void A_kazakh_year_alone_stays_the_whole_year() =>
        Analyze("2019 жылы Болгарияға кім барды?", "kk").Periods.ShouldBe([Period.Year(2019)]);
}
