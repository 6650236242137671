using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Knowledge.Tests.Extraction;

/// <summary>
/// An agreement's domain is read only by the domains whose words the item holds: every phrase of every domain, in every
/// language and case, opens its domain's gate, and the domain read through the gate is the one every expression gives.
/// </summary>
public sealed class PhraseGateTests
{
    sealed record DomainWords(string Domain, Dictionary<string, List<string>> Words);

    sealed record AgreementsFile(List<DomainWords> Domains);

    static readonly List<DomainWords> Domains = VocabularyFile.Load<AgreementsFile>("agreements.json").Domains;

    /// <summary>A text a phrase matches: its first choice of each {a|b}, an open ending left bare, a number for #, a word for ?.</summary>
    static string Written(string phrase) =>
        Regex.Replace(phrase, @"\{([^|}]*)[^}]*\}", "$1").Replace("*", "").Replace("#", "12").Replace("?", "word");

    public static TheoryData<string, string> EveryPhrase()
    {
        var data = new TheoryData<string, string>();
        // Russian and Bulgarian share some phrases: each once.
        foreach (var d in Domains)
            foreach (var phrase in d.Words.Values.SelectMany(w => w).Distinct(StringComparer.Ordinal))
                data.Add(d.Domain, phrase);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPhrase))]
    public void Every_phrase_of_a_domain_opens_its_gate_in_any_case(string domain, string phrase)
    {
        var at = Domains.FindIndex(d => d.Domain == domain);
        var written = Written(phrase);
        foreach (var text in new[] { $"Они подписали: {written}, 2024.", $"THE SIDES SIGNED {written.ToUpperInvariant()}." })
        {
            AgreementVocabulary.Domains[at].Pattern.IsMatch(text).ShouldBeTrue($"'{text}' is written so that the domain's expression finds '{phrase}'");
            PhraseGate.Has(AgreementVocabulary.DomainGate.MayMatch(TokenList.Of(text)), at).ShouldBeTrue($"'{phrase}' opens the {domain} gate in '{text}'");
        }
    }

    [Theory]
    [InlineData("Memorandum of understanding on cooperation in the field of air services between Kazakhstan and Bulgaria")]
    [InlineData("Меморандум о сотрудничестве в области транспорта и логистики")]
    [InlineData("Споразумение за сътрудничество в областта на туризма")]
    [InlineData("Білім беру саласындағы ынтымақтастық туралы келісім")]
    [InlineData("An agreement between the two ministries")]
    public void The_domains_a_text_may_name_hold_every_domain_an_expression_finds_in_it(string text)
    {
        var gate = AgreementVocabulary.DomainGate.MayMatch(TokenList.Of(text));
        for (var d = 0; d < AgreementVocabulary.Domains.Length; d++)
            if (AgreementVocabulary.Domains[d].Pattern.IsMatch(text)) PhraseGate.Has(gate, d).ShouldBeTrue(AgreementVocabulary.Domains[d].Domain);
    }

    [Fact]
    public void A_text_without_the_first_word_of_any_phrase_opens_only_the_vocabularies_that_start_with_any_word()
    {
        var gate = new PhraseGate([["joint commission"], ["# documents"], ["sister-cit*"], ["транспорт*"]]);

        gate.MayMatch(TokenList.Of("The ministers met in Astana on Tuesday.")).ShouldBe(0b0010UL);
        gate.MayMatch(TokenList.Of("Транспортный коридор и Joint Commission")).ShouldBe(0b1011UL);
        // A hyphenated word is its pieces, as the tokenizer splits it: the phrase starts with the first.
        gate.MayMatch(TokenList.Of("Almaty and Plovdiv are sister-cities.")).ShouldBe(0b0110UL);
    }
}
