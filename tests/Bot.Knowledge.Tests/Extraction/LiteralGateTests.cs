using Bot.Knowledge.Extraction;
using Bot.Knowledge.Extraction.Figures;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Tests.Extraction;

/// <summary>
/// The cheap tests that let most sentences skip the outcome, not-yet-signed, qualifier and growth expressions
/// never skip a sentence one of them matches: what is extracted is the same with or without them.
/// </summary>
public sealed class LiteralGateTests
{
    [Theory]
    [InlineData("По итогам переговоров заключены три документа.")]
    [InlineData("В резултат бяха сключени два документа.")]
    [InlineData("Three documents CAME OUT OF the talks.")]
    public void A_sentence_stating_an_outcome_passes_the_outcome_gate(string sentence)
    {
        AgreementVocabulary.Outcome.IsMatch(sentence).ShouldBeTrue();
        AgreementVocabulary.StatesOutcome(TokenList.Of(sentence)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("The memorandum will be signed in May.")]
    [InlineData("Соглашение БУДЕТ ПОДПИСАНО в мае.")]
    [InlineData("Споразумението ще бъде подписано през май.")]
    public void A_sentence_saying_a_document_is_not_signed_yet_still_says_so(string sentence) =>
        AgreementVocabulary.SaysNotYetSigned(sentence).ShouldBe(AgreementVocabulary.NotYetSigned.IsMatch(sentence));

    /// <summary>
    /// The plans, denials and circumstances run interpreted behind their words (<see cref="PhraseExpression"/>): they find
    /// what the same expression compiled finds, in each language and script, and nothing in a sentence about another signing.
    /// </summary>
    [Theory]
    [InlineData("The two ministers are expected to sign the memorandum next year; the 2019 treaty was signed in Sofia.", true)]
    [InlineData("Соглашение о транзите пока НЕ ПОДПИСАНО, хотя протокол 2021 года подписан в Астане.", true)]
    [InlineData("Меморандумът ще бъде подписан през октомври, съобщи министерството.", true)]
    [InlineData("Келісімге келесі жылы қол қойылады деп күтілуде.", true)]
    [InlineData("Kelisimge kelesi jyly qol qoiylady dep kútilýde.", true)]
    [InlineData("В ходе визита стороны подписали меморандум о сотрудничестве в сфере энергетики.", false)]
    [InlineData("The memorandum was signed in Astana on 12 March 2024 by both ministers.", false)]
    [InlineData("Сапар барысында тараптар энергетика саласындағы меморандумға қол қойды.", false)]
    public void Plans_and_denials_asked_through_their_words_read_as_the_compiled_expression_reads_them(string sentence, bool saysNotYet)
    {
        var plans = AgreementVocabulary.NotYetSigned;
        var compiled = new System.Text.RegularExpressions.Regex(plans.ToString(), plans.Options | System.Text.RegularExpressions.RegexOptions.Compiled);
        plans.Options.HasFlag(System.Text.RegularExpressions.RegexOptions.Compiled).ShouldBeFalse();
        AgreementVocabulary.SaysNotYetSigned(sentence).ShouldBe(saysNotYet);
        AgreementVocabulary.SaysNotYetSigned(sentence).ShouldBe(compiled.IsMatch(sentence));
        foreach (var expression in new[] { AgreementVocabulary.OpeningCircumstance.Expression, AgreementVocabulary.Outcome })
        {
            var same = new System.Text.RegularExpressions.Regex(expression.ToString(), expression.Options | System.Text.RegularExpressions.RegexOptions.Compiled);
            expression.Match(sentence).Value.ShouldBe(same.Match(sentence).Value);
        }
    }

    [Fact]
    public void A_sentence_with_no_outcome_word_skips_the_outcome_expression() =>
        AgreementVocabulary.StatesOutcome(TokenList.Of("Trade between the countries grew by a fifth in Astana last year.")).ShouldBeFalse();

    [Theory]
    [InlineData("The turnover grew by 12% to reach more than $500 million.")]
    [InlineData("Товарооборот вырос почти на 12% и составил свыше 500 млн долларов.")]
    [InlineData("Стокообменът НАДХВЪРЛИ 500 млн. долара, с ръст от 12%.")]
    public void Qualifier_and_growth_words_pass_their_gates(string sentence)
    {
        var w = FigureWords.Default;
        foreach (var (regex, gate) in new[] { (w.QualifierBefore, w.QualifierBeforeIn(sentence).Success), (w.Rise, w.Rises(sentence)) })
            gate.ShouldBe(regex.IsMatch(sentence));
    }

    [Fact]
    public void A_gate_never_rejects_what_its_expression_matches_whatever_the_case_or_the_spelling_of_yo()
    {
        string[] phrases = ["{will|would} sign*", "по итогам", "ещё не подписан*", "# days", "kazakh*", "it's done", "ёлка", "қол қой*", "US$", "щ. д.", "€"];
        var regex = Phrases.Compile(phrases);
        var cues = CuePattern.Compile(phrases);
        var gate = LiteralGate.Of(phrases);
        string[] texts =
        [
            "They WILL SIGN it.", "по итогам встречи", "ПО ИТОГАМ", "еще не подписано", "ЕЩЁ НЕ ПОДПИСАН", "within 5 days", "\u212Aazakh steppe",
            "Kazakhstan's grain", "It's done.", "елка", "Ёлка", "біз қол қойдық", "ҚОЛ ҚОЙДЫ", "nothing to see here", "us$ 5 million",
            "5 млн Щ. Д.", "€40m",
        ];
        foreach (var text in texts)
        {
            if (regex.IsMatch(text)) gate.MayMatch(text).ShouldBeTrue(text);
            if (cues.IsMatch(text)) gate.MayMatch(text).ShouldBeTrue(text);
        }
        gate.MayMatch("nothing to see here").ShouldBeFalse();
    }

    [Fact]
    public void A_phrase_expression_read_through_the_words_finds_what_the_expression_alone_finds()
    {
        string[] texts =
        [
            "They WILL SIGN it.", "по итогам встречи", "ПО ИТОГАМ", "еще не подписано", "ЕЩЁ НЕ ПОДПИСАН", "within 5 days", "\u212Aazakh steppe",
            "Kazakhstan's grain", "It's done.", "елка", "Ёлка", "біз қол қойдық", "ҚОЛ ҚОЙДЫ", "қол\u00A0қойды", "nothing to see here",
            "us$ 5 million", "5 млн Щ. Д.", "€40m", "signatures", "подписал2", "will-sign",
        ];
        // The first list is words only (read through the words); the second has words the tokenizer splits or drops
        // ("US$", "#", "€"), and is read by the expression alone.
        string[][] lists =
        [
            ["{will|would} sign*", "по итогам", "ещё не подписан*", "kazakh*", "ёлка", "қол қой*"],
            ["{will|would} sign*", "# days", "it's done", "US$", "щ. д.", "€"],
        ];
        foreach (var phrases in lists)
        {
            var expression = new PhraseExpression(phrases);
            foreach (var text in texts)
                expression.IsMatch(TokenList.Of(text)).ShouldBe(expression.Expression.IsMatch(text), text);
        }
    }

    /// <summary>
    /// A phrase whose word is pieces joined by a hyphen or an apostrophe ("по-ранна версия", "editor's note") is read through
    /// its words too, not by the compiled expression on every sentence: the answer is still the expression's.
    /// </summary>
    [Fact]
    public void A_phrase_with_a_hyphenated_word_is_read_through_the_words_and_finds_what_the_expression_finds()
    {
        string[] texts =
        [
            "В по-ранна версия на текста", "ПО-РАННА ВЕРСИЯ", "по ранна версия", "по–ранна версия", "Editor's note: fixed", "editor’s note",
            "EDITOR'S NOTE", "Sister-cities of Almaty", "sister cities", "По-рано беше съобщено, че", "поранна версия", "nothing to see here",
        ];
        var expression = new PhraseExpression(["по-ранна версия", "editor's note", "sister-cit*", "по-рано беше съобщено"]);
        expression.Expression.Options.HasFlag(System.Text.RegularExpressions.RegexOptions.Compiled).ShouldBeFalse();
        foreach (var text in texts)
            expression.IsMatch(TokenList.Of(text)).ShouldBe(expression.Expression.IsMatch(text), text);
        expression.IsMatch(TokenList.Of("В по-ранна версия на текста")).ShouldBeTrue();
        expression.IsMatch(TokenList.Of("Sister-cities of Almaty")).ShouldBeTrue();
        // A * inside a joined word would let the expression read letters the words cannot: such a phrase stays compiled.
        new PhraseExpression(["sister*-city"]).Expression.Options.HasFlag(System.Text.RegularExpressions.RegexOptions.Compiled).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Trade grew three times over the decade.")]
    [InlineData("Exports to Bulgaria jumped elevenfold, to $303.6 million.")]
    [InlineData("Exports rose 3-fold in 2024.")]
    [InlineData("Товарооборот вырос в 2,5 РАЗА по сравнению с 2023 годом.")]
    [InlineData("Износът се е увеличил почти 4 пъти за година.")]
    [InlineData("Тауар айналымы 2 есеге өсті.")]
    [InlineData("Экспорт вырос в 3 раз")]
    [InlineData("Развитие торговли: за разные годы оборот вырос в 2 раза.")]
    [InlineData("Разговорите за развитието дадоха резултат: износът се увеличи 3 пъти.")]
    [InlineData("Sometimes exports rose four times.")]
    public void A_sentence_stating_how_many_times_passes_the_times_gate(string sentence)
    {
        var w = FigureWords.Default;
        w.Times.IsMatch(sentence).ShouldBeTrue();
        w.MayStateTimes(sentence).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Развитие сотрудничества обсудили в 2024 году.")]
    [InlineData("Разговорите продължиха 2 часа.")]
    [InlineData("Стороны обсудили 5 разных проектов.")]
    public void A_times_word_inside_a_longer_word_skips_the_times_expression(string sentence) =>
        FigureWords.Default.MayStateTimes(sentence).ShouldBeFalse();

    [Fact]
    public void The_times_gate_never_rejects_what_the_times_expression_matches()
    {
        var w = FigureWords.Default;
        string[] texts =
        [
            "в 2 раза", "в два раза больше", "2 пъти", "два пъти повече", "3 есе", "үш есеге", "4 times", "four TIMES", "tenfold", "10-fold",
            "в 3 раз.", "2 пъти,", "развитие 2 раза", "разы 5", "sometimes 5 times", "5 раз", "5 разов", "timesheet 5", "есептеу 5",
        ];
        foreach (var text in texts)
            if (w.Times.IsMatch(text)) w.MayStateTimes(text).ShouldBeTrue(text);
    }

    [Theory]
    [InlineData("Bilateral turnover for January to November 2024 amounted to $349.8 million.", "2024-01..2024-11")]
    [InlineData("Imports fell 12% to $58m in January-June 2024.", "2024-01..2024-06")]
    [InlineData("Товарооборот за январь–ноябрь 2024 года составил 349,8 млн долларов.", "2024-01..2024-11")]
    [InlineData("Стокообменът за периода от март до май 2024 г. нарасна.", "2024-03..2024-05")]
    [InlineData("2024 жылғы қаңтар-қараша айларында тауар айналымы өсті.", "2024-01..2024-11")]
    public void A_range_of_two_months_is_still_read_when_the_text_names_two_months(string text, string expected)
    {
        var periods = PeriodFinder.Find(text, new Model.PartialDate(2025, 1, 15));
        periods.Select(p => p.Period.ToString()).ShouldContain(expected);
    }

    [Theory]
    [InlineData("The talks took place on 9 June 2025.", "2025-06..2025-06")]
    [InlineData("Переговоры прошли 9 июня 2025 года.", "2025-06..2025-06")]
    public void A_single_month_is_still_read_when_the_text_names_one(string text, string expected) =>
        PeriodFinder.Find(text, new Model.PartialDate(2025, 7, 1)).Select(p => p.Period.ToString()).ShouldContain(expected);
}
