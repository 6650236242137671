using System.ComponentModel;
using Bot.Llm.Facts;
using Microsoft.SemanticKernel;

namespace Bot.Llm.Tools;

/// <summary>
/// The tools the model may call, over the same store and retrieval as the offline answerer. Every result is JSON with
/// fact ids and no links, and every fact returned is recorded in the turn's ledger for the grounding check.
/// One instance per answer: the ledger is that answer's.
/// </summary>
public sealed class KnowledgePlugin(FactFinder finder, FactLedger ledger)
{
    public const string Name = "Knowledge";

    [KernelFunction("search_passages")]
    [Description("Searches the stored news articles and official statements on Kazakhstan–Bulgaria cooperation. Returns the most relevant passages, each with a fact id.")]
    public string SearchPassages([Description("What to look for, in any language: names, places, topics, dates")] string query) =>
        Reply(finder.SearchPassages(query), "no passage covers this query");

    [KernelFunction("find_agreements")]
    [Description("Lists signed agreements, memoranda and protocols between Kazakh and Bulgarian parties, newest first, with their number. Every filter is optional.")]
    public string FindAgreements(
        [Description("Subject words or a domain such as transport, education, culture, business, tax, investment, municipal")] string? topic = null,
        [Description("City where it was signed, e.g. Astana, Sofia")] string? place = null,
        [Description("A party: a ministry, city, chamber, institution or country")] string? party = null,
        [Description("Signed on or after this date: yyyy, yyyy-MM or yyyy-MM-dd")] string? signedFrom = null,
        [Description("Signed on or before this date: yyyy, yyyy-MM or yyyy-MM-dd")] string? signedTo = null) =>
        Reply(finder.FindAgreements(topic, place, party, signedFrom, signedTo), "no agreement matches these filters");

    [KernelFunction("get_figures")]
    [Description("Trade and investment figures as sources state them, for a metric and optionally a period; changes between years come computed.")]
    public string GetFigures(
        [Description("A metric key such as turnover, exports, imports, investment, direct_investment, companies_bg_in_kz, or words describing it")] string metric,
        [Description("A year (2024), quarter (2025-Q1), span (2025-01..2025-04) or words; empty for all periods")] string? period = null)
    {
        var (key, facts) = finder.GetFigures(metric, period);
        if (key is null) return FactJson.Result([], ("note", "unknown metric"), ("known_metrics", string.Join(", ", finder.Figures.Metrics())));
        if (facts.Count > 0) return FactJson.Result(ledger.Add(facts));
        return FactJson.Result([], ("note", "no figure for this period"), ("periods_with_figures", string.Join(", ", finder.Figures.PeriodsOf(key))));
    }

    [KernelFunction("resolve_entity")]
    [Description("Identifies a person, place or institution from any spelling (Tokaev, Токаев, Тоқаев) and gives its usual name and role.")]
    public string ResolveEntity([Description("The name as written")] string name) =>
        finder.ResolveEntity(name) is { } entity ? FactJson.Result(ledger.Add([EntityFacts.Describe(entity)])) : FactJson.Result([], ("note", "unknown name"));

    string Reply(IReadOnlyList<Fact> facts, string whenEmpty) =>
        facts.Count == 0 ? FactJson.Result([], ("note", whenEmpty)) : FactJson.Result(ledger.Add(facts));
}
