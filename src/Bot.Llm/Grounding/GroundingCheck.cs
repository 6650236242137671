using System.Text;
using System.Text.RegularExpressions;
using Bot.Knowledge.Entities;
using Bot.Llm.Facts;

namespace Bot.Llm.Grounding;

/// <summary>
/// Decides whether a model's answer may be shown: every number, percentage, amount, day, known name and quoted title in
/// it must be found in the facts given to the model in that turn (computed values included, as our code computed
/// them); it must cite at least one of those facts by id and no other, and carry no link. Each failure is named, for the log.
/// </summary>
public sealed partial class GroundingCheck(EntityIndex entities)
{
    // Every fact in the store is about these two countries, so naming them states nothing a fact must support.
    static readonly HashSet<string> DomainCountries = new(StringComparer.Ordinal) { "kazakhstan", "bulgaria" };

    [GeneratedRegex(@"https?://|www\.", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex(@"«(?<q>[^«»]{8,300})»|“(?<q>[^“”]{8,300})”|„(?<q>[^„“”]{8,300})[“”]|""(?<q>[^""]{8,300})""")]
    private static partial Regex Quote();

    // "1. …" or "2) …" at the start of a line numbers a list; it states nothing.
    [GeneratedRegex(@"^(?<m>[ \t]*\d{1,2}[.)])[ \t]", RegexOptions.Multiline)]
    private static partial Regex ListNumber();

    public IReadOnlyList<string> Check(string answer, FactLedger ledger, int maxChars)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(answer)) return ["empty answer"];
        if (answer.Length > maxChars) problems.Add($"answer longer than {maxChars} characters");
        if (Link().IsMatch(answer)) problems.Add("a link");

        var cited = CitationMarkers.IdsIn(answer);
        var unknown = cited.Where(id => ledger.Get(id) is null).ToList();
        if (unknown.Count > 0) problems.Add("cites facts it was not given: " + string.Join(", ", unknown));
        if (cited.Count == unknown.Count) problems.Add("cites no fact");

        var prose = CitationMarkers.Blank(answer);
        if (CitationMarkers.BareId().Match(prose) is { Success: true } bare) problems.Add($"fact id outside brackets: {bare.Value}");
        var evidence = new FactEvidence(ledger.All, entities);
        var text = new StringBuilder(ListNumber().Replace(prose, m => new string(' ', m.Groups["m"].Length) + " "));

        foreach (var day in DateMentions.Find(text.ToString()))
        {
            if (!evidence.HasDay(day)) problems.Add($"date not in the facts: {text.ToString(day.Index, day.Length)}");
            text.Remove(day.Index, day.Length).Insert(day.Index, new string(' ', day.Length));
        }
        foreach (var number in NumberMentions.Find(text.ToString()))
            if (!evidence.HasNumber(number.Values)) problems.Add($"number not in the facts: {number.Text}");
        foreach (var match in entities.FindIn(prose))
            if (!DomainCountries.Contains(match.Entity.Id) && !evidence.HasEntity(match.Entity.Id))
                problems.Add($"name not in the facts: {match.Entity.Name}");
        foreach (Match quote in Quote().Matches(prose))
            if (!evidence.Wording.Contains(FactEvidence.Normalize(quote.Groups["q"].Value), StringComparison.Ordinal))
                problems.Add($"quotation not in the facts: {Shorten(quote.Value)}");
        return problems;
    }

    static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "…";
}
