using Bot.Answering.Composing;
using Bot.Answering.Language;
using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Figures;

/// <summary>
/// The quote under a figure whose period is not in its own clause: the other direction's figure beside it is cut away
/// all the same. Dated by the lead above the take ("In January–April 2025 …" then "Exports reached $71.2 million,
/// imports $12.4 million."), the clause is quoted alone; dated by an earlier clause of its sentence ("В 2018 году экспорт
/// … 141,5 …, а импорт – 24,0 …"), the period's words are quoted before it. Wire, note and post layouts, four languages,
/// with another year's and another country's figures as distractors.
/// </summary>
public sealed class PeriodElsewhereQuoteTests(PeriodElsewhereQuoteTests.Store fixture) : IClassFixture<PeriodElsewhereQuoteTests.Store>
{
    public sealed class Store : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("wire.md", Doc("News wire: Kazakhstan, 12 May 2025", "2025-05-12", "en",
                "**10:15 ASTANA (Wire)** – Trade between Kazakhstan and Bulgaria kept growing in January–April 2025, the Bureau of National Statistics said on Monday.\n\n"
                + "Kazakh exports to Bulgaria reached $71.2 million, imports from Bulgaria $12.4 million.\n\n"
                + "**10:40 UPDATE** – The bureau added that in 2023 turnover had stood at $95.2 million.\n\n"
                + "**11:05 SOFIA (Wire)** – Bulgaria's exports to Turkey in the first quarter of 2025 reached $1.9 billion."));
            files.Write("spravka.md", Doc("Справка о торговле с Болгарией", "2019-03-01", "ru",
                "В 2018 году экспорт Казахстана в Болгарию вырос до 141,5 млн долларов, а импорт из Болгарии – до 24,0 млн долларов. В 2017 году товарооборот составлял 101,3 млн долларов."));
            files.Write("novini.md", Doc("Търговията с Казахстан", "2016-02-20", "bg",
                "През 2015 г. износът на Казахстан за България е 98,3 млн. долара, а вносът от България – 14,6 млн. долара."));
        }
    }

    Answer Ask(string question) => fixture.Answerer.Answer(question, LanguageChooser.Detect(question));

    static string Quotes(Answer a) => string.Join("\n", a.Text.Split('\n').Where(l => l.StartsWith('«')));

    [Theory]
    [InlineData("What were Kazakhstan's imports from Bulgaria in January–April 2025?", "12.4", "71.2")]
    [InlineData("Сколько составил экспорт Казахстана в Болгарию за январь–апрель 2025 года?", "71.2", "12.4")]
    [InlineData("2025 жылдың қаңтар–сәуір айларында Қазақстанның Болгариядан импорты қанша болды?", "12.4", "71.2")]
    public void A_take_dated_by_the_lead_above_it_is_quoted_without_the_other_directions_figure(string question, string figure, string other)
    {
        var answer = Ask(question);
        answer.Kind.ShouldBe(AnswerKind.Figure, answer.Text);
        var quotes = Quotes(answer);
        quotes.ShouldContain(figure, customMessage: answer.Text);
        quotes.ShouldNotContain(other, customMessage: answer.Text);
    }

    [Theory]
    [InlineData("Каким был импорт Казахстана из Болгарии в 2018 году?", "В 2018 году … импорт из Болгарии – до 24,0 млн долларов", "141,5")]
    [InlineData("How much did Kazakhstan import from Bulgaria in 2018?", "В 2018 году … импорт из Болгарии – до 24,0 млн долларов", "141,5")]
    [InlineData("Колко е вносът на Казахстан от България през 2015 г.?", "През 2015 г. … вносът от България – 14,6 млн. долара", "98,3")]
    [InlineData("2015 жылы Қазақстанның Болгариядан импорты қанша болды?", "През 2015 г. … вносът от България – 14,6 млн. долара", "98,3")]
    public void A_clause_dated_by_an_earlier_clause_is_quoted_after_the_period_words(string question, string quoted, string other)
    {
        var answer = Ask(question);
        answer.Kind.ShouldBe(AnswerKind.Figure, answer.Text);
        var quotes = Quotes(answer);
        quotes.ShouldContain(quoted, customMessage: answer.Text);
        quotes.ShouldNotContain(other, customMessage: answer.Text);
    }

    [Fact]
    public void A_period_no_document_states_is_refused_not_given_with_a_nearby_year()
    {
        var answer = Ask("What were Kazakhstan's imports from Bulgaria in January–April 2024?");
        answer.Kind.ShouldNotBe(AnswerKind.Figure, answer.Text);
        answer.Text.ShouldNotContain("12.4");
    }
}
