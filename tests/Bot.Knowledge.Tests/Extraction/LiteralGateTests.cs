using Bot.Knowledge.Extraction;
using Bot.Knowledge.Extraction.Figures;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Tests.Extraction;

/// <summary>
/// The cheap tests that let most sentences skip the signing, outcome, kind, domain, qualifier and growth expressions
/// never skip a sentence one of them matches: what is extracted is the same with or without them.
/// </summary>
public sealed class LiteralGateTests
{
    [Theory]
    [InlineData("The two sides SIGNED a memorandum on transport.")]
    [InlineData("Стороны подписали соглашение о сотрудничестве.")]
    [InlineData("ПОДПИСАНИЕ документов состоялось в Астане.")]
    [InlineData("Беше подписан меморандум за сътрудничество.")]
    [InlineData("Тараптар ынтымақтастық туралы меморандумға қол қойды.")]
    public void A_sentence_naming_a_signing_in_any_language_passes_the_signing_gate(string sentence)
    {
        AgreementVocabulary.Signing.IsMatch(sentence).ShouldBeTrue();
        AgreementVocabulary.SigningGate.MayMatch(sentence).ShouldBeTrue();
    }

    [Theory]
    [InlineData("По итогам переговоров заключены три документа.")]
    [InlineData("В резултат бяха сключени два документа.")]
    [InlineData("Three documents CAME OUT OF the talks.")]
    public void A_sentence_stating_an_outcome_passes_the_outcome_gate(string sentence)
    {
        AgreementVocabulary.Outcome.IsMatch(sentence).ShouldBeTrue();
        AgreementVocabulary.OutcomeGate.MayMatch(sentence).ShouldBeTrue();
    }

    [Fact]
    public void A_sentence_with_no_signing_word_skips_the_signing_expression() =>
        AgreementVocabulary.SigningGate.MayMatch("Trade between the countries grew by a fifth in Astana last year.").ShouldBeFalse();

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
        string[] phrases = ["{will|would} sign*", "по итогам", "ещё не подписан*", "# days", "kazakh*", "it's done", "ёлка", "қол қой*"];
        var regex = Phrases.Compile(phrases);
        var cues = CuePattern.Compile(phrases);
        var gate = LiteralGate.Of(phrases);
        string[] texts =
        [
            "They WILL SIGN it.", "по итогам встречи", "ПО ИТОГАМ", "еще не подписано", "ЕЩЁ НЕ ПОДПИСАН", "within 5 days", "\u212Aazakh steppe",
            "Kazakhstan's grain", "It's done.", "елка", "Ёлка", "біз қол қойдық", "ҚОЛ ҚОЙДЫ", "nothing to see here",
        ];
        foreach (var text in texts)
        {
            if (regex.IsMatch(text)) gate.MayMatch(text).ShouldBeTrue(text);
            if (cues.IsMatch(text)) gate.MayMatch(text).ShouldBeTrue(text);
        }
        gate.MayMatch("nothing to see here").ShouldBeFalse();
    }
}
