using Bot.Knowledge.Entities;
using Bot.Knowledge.Model;
using Bot.Llm.Facts;
using Bot.Llm.Grounding;

namespace Bot.Llm.Tests;

/// <summary>The grounding check on its own: one figure fact, answers written the ways the four languages write it.</summary>
public sealed class GroundingCheckTests
{
    static readonly SourceRef Source = new(1, "Trade report", "https://example.org/report", "2025-06-09");
    static readonly EntityIndex Entities = new([
        new Entity("tokayev", "person", "Kassym-Jomart Tokayev", "KZ", "President", ["Tokayev", "Токаев", "Тоқаев"]),
        new Entity("radev", "person", "Rumen Radev", "BG", "President", ["Radev", "Радев"]),
        new Entity("kazakhstan", "country", "Kazakhstan", "KZ", null, ["Kazakhstan", "Казахстан"]),
    ]);

    static FactLedger Ledger()
    {
        var ledger = new FactLedger();
        ledger.Add([
            new Fact("F1", "figure", [FactField.Of("amount", "375.2 million USD"), FactField.Of("period", "2024"), FactField.Of("evidence", "Radev met Tokayev on 9 June 2025.")], [Source]),
            new Fact("F2", "figure", [FactField.Of("amount", "1234 people"), FactField.Of("period", "2009")], [Source]),
            new Fact("C:x", "computed", [FactField.Of("change", "+294.1%")], [Source]),
        ]);
        return ledger;
    }

    static IReadOnlyList<string> Check(string answer) => new GroundingCheck(Entities).Check(answer, Ledger(), 3000);

    [Theory]
    [InlineData("Turnover in 2024: $375.2 million [F1].")]
    [InlineData("Turnover in 2024: 375.2 mln USD [F1].")]
    [InlineData("Товарооборот за 2024 г. — 375,2 млн долл. США [F1].")]
    [InlineData("Стокообменът през 2024 г. е 375,2 милиона долара [F1].")]
    [InlineData("2024 жылы тауар айналымы 375,2 млн доллар [F1].")]
    [InlineData("Turnover in 2024: USD 375,200,000 [F1].")]
    [InlineData("Turnover in 2024: 375 200 000 USD [F1].")]
    [InlineData("In 2009 there were 1 234 people [F2], or 1,234 [F2].")]
    [InlineData("Radev met Tokayev on 9 June 2025 [F1]; Токаев и Радев встретились 9 июня 2025 г. [F1]")]
    [InlineData("Met on 2025-06-09 [F1], i.e. 09.06.2025.")]
    [InlineData("Turnover grew by 294.1% [C1] to $375.2 million [F1].")]
    [InlineData("1. Turnover in 2024: $375.2 million [F1]\n2. Kazakhstan's figures [F2]")]
    public void Supported_statements_pass_in_any_format(string answer) => Check(answer).ShouldBeEmpty();

    [Theory]
    [InlineData("Turnover in 2024: $512 million [F1].", "512")]
    [InlineData("Turnover in 2024: $375.3 million [F1].", "375.3")]
    [InlineData("Turnover in 2023: $375.2 million [F1].", "2023")]
    [InlineData("Turnover grew by 300% [F1].", "300")]
    [InlineData("They met on 10 June 2025 [F1].", "10 June 2025")]
    [InlineData("As the report says, «trade tripled in one year» [F1].", "trade tripled")]
    [InlineData("Details: www.example.org [F1].", "link")]
    [InlineData("Turnover: $375.2 million (F1).", "F1")]
    public void Unsupported_statements_are_named(string answer, string named) =>
        string.Join("; ", Check(answer)).ShouldContain(named);

    [Fact]
    public void A_name_no_fact_gives_is_named()
    {
        var ledger = new FactLedger();
        ledger.Add([new Fact("F1", "figure", [FactField.Of("amount", "375.2 million USD"), FactField.Of("evidence", "Radev said so.")], [Source])]);

        var problems = new GroundingCheck(Entities).Check("Tokayev said it was $375.2 million [F1].", ledger, 3000);

        problems.ShouldHaveSingleItem().ShouldContain("Kassym-Jomart Tokayev");
    }

    [Fact]
    public void The_two_countries_of_the_domain_need_no_fact()
    {
        new GroundingCheck(Entities).Check("Trade between Kazakhstan and its partner was $375.2 million [F1].", Ledger(), 3000).ShouldBeEmpty();
    }

    [Fact]
    public void Citing_only_unknown_ids_fails_and_a_long_answer_fails()
    {
        Check("Turnover: $375.2 million [F7].").ShouldContain(p => p.Contains("F7"));
        new GroundingCheck(Entities).Check(new string('a', 50) + " [F1]", Ledger(), 20).ShouldContain(p => p.Contains("longer"));
    }
}
