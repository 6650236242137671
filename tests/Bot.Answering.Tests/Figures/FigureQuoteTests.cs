using Bot.Answering.Composing;
using Bot.Answering.Language;
using Bot.Answering.Localization;
using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Figures;

/// <summary>
/// The quote under a figure answer is the clause that states the answered figure, not the sentence's other figures (the
/// other direction, another year): a reader must not meet the wrong number first. Documents in four languages and layouts.
/// </summary>
public sealed class FigureQuoteTests(FigureQuoteTests.Store fixture) : IClassFixture<FigureQuoteTests.Store>
{
    public sealed class Store : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("bulletin.md", Doc("Members' bulletin, June", "2025-06-13", "en",
                "Customs: the new declaration form applies from 1 July, with fees of $12 per entry.\n\n"
                + "Kazakhstan and Bulgaria: Kazakhstan's exports to Bulgaria rose elevenfold to $303.6 million in 2024, while imports from Bulgaria reached $71.6 million in 2024.\n\n"
                + "Vietnam: a trade mission is planned for October."));
            files.Write("bta.md", Doc("Търговията с Казахстан", "2024-03-02", "bg",
                "През 2023 г. износът на Казахстан за България достигна 150,2 млн. долара, докато вносът от България възлезе на 40,5 млн. долара."));
            files.Write("kazinform.md", Doc("Сауда көрсеткіштері", "2023-02-10", "kk",
                "2022 жылы Қазақстан мен Болгария арасындағы тауар айналымы 120,4 млн долларды құрады, ал 2021 жылы бұл көрсеткіш 80,3 млн доллар болған. Тараптар ынтымақтастықты кеңейтуге келісті."));
            files.Write("telegram.txt", "Канал «Торговля KZ» · 2021-01-20\n\n📊 Товарооборот Казахстана и Болгарии за 2020 год составил 95,7 млн долларов; экспорт Казахстана в Болгарию — 70,1 млн, импорт из Болгарии — 25,6 млн. #торговля\n");
        }
    }

    Answer Ask(string question) => fixture.Answerer.Answer(question, LanguageChooser.Detect(question));

    static string Quotes(Answer a) => string.Join("\n", a.Text.Split('\n').Where(l => l.StartsWith('«')));

    [Theory]
    [InlineData("What were Kazakhstan's exports to Bulgaria in 2024?", "303.6", "71.6")]
    [InlineData("Каким был экспорт Казахстана в Болгарию в 2024 году?", "303.6", "71.6")]
    [InlineData("How much did Kazakhstan import from Bulgaria in 2024?", "71.6", "303.6")]
    [InlineData("Какъв беше износът на Казахстан за България през 2023 г.?", "150,2", "40,5")]
    [InlineData("2022 жылы Қазақстан мен Болгария арасындағы тауар айналымы қанша болды?", "120,4", "80,3")]
    [InlineData("Каков товарооборот Казахстана и Болгарии за 2020 год?", "95,7", "70,1")]
    public void The_quote_holds_the_answered_figure_and_not_the_sentences_other_figures(string question, string figure, string other)
    {
        var answer = Ask(question);
        answer.Kind.ShouldBe(AnswerKind.Figure, answer.Text);
        var quotes = Quotes(answer);
        quotes.ShouldContain(figure, customMessage: answer.Text);
        quotes.ShouldNotContain(other, customMessage: answer.Text);
        quotes.ShouldContain("…");
    }

    [Fact]
    public void A_cut_quote_is_named_in_the_language_of_its_sentence()
    {
        // "2022 жылы … 120,4 млн долларды құрады …" asked in Russian: the quote is said to be in Kazakh.
        var answer = Ask("Каким был товарооборот Казахстана и Болгарии в 2022 году?");
        answer.Kind.ShouldBe(AnswerKind.Figure, answer.Text);
        var quote = Quotes(answer);
        quote.ShouldContain("120,4 млн долларды құрады …", customMessage: answer.Text);
        quote.ShouldContain(Texts.Get("ru", "language.kk"), customMessage: answer.Text);
    }
}
