using System.CommandLine;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;
using Bot.Knowledge.Search;

namespace Bot.Cli;

/// <summary>`agreements [--since DATE] [--topic T] [--json]`: what the store knows was signed.</summary>
public sealed class AgreementsVerb(AgreementReader agreements) : IVerb
{
    public Command Build()
    {
        var since = new Option<string?>("--since") { Description = "Only agreements signed on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)." };
        var topic = new Option<string?>("--topic") { Description = "Only this domain: transport, municipal, education, business, tax, investment, culture… (any of the four languages)." };
        var command = new Command("agreements", "List the agreements in the store, newest first.") { since, topic, GlobalOptions.Json };
        command.SetAction(parse =>
        {
            PartialDate? from = null;
            if (parse.GetValue(since) is { } s) from = PartialDate.Parse(s) ?? throw new UsageException($"--since must be YYYY, YYYY-MM or YYYY-MM-DD (got '{s}')");
            var domain = parse.GetValue(topic) is { } t ? DomainOf(t) : null;
            var list = agreements.All()
                .Where(a => from is null || a.Signed is { } d && d.End >= from.Value.Start)
                .Where(a => domain is null || a.Domain == domain).ToList();
            if (parse.GetValue(GlobalOptions.Json)) Console.Out.WriteLine(CliJson.Serialize(list.Select(ToJson)));
            else foreach (var a in list)
                Console.Out.WriteLine($"{a.Signed?.ToString() ?? "undated",-10}  {a.Domain,-13} {a.Title} — {string.Join(" / ", a.Parties.Select(p => p.Name))}{(a.Place is null ? "" : " (" + a.Place + ")")}");
            return 0;
        });
        return command;
    }

    static string DomainOf(string topic)
    {
        var lower = topic.Trim().ToLowerInvariant();
        if (AgreementVocabulary.Domains.Any(d => d.Domain == lower)) return lower;
        return AgreementVocabulary.Domains.FirstOrDefault(d => d.Pattern.IsMatch(topic)).Domain
            ?? throw new UsageException($"unknown topic '{topic}'; try {string.Join(", ", AgreementVocabulary.Domains.Select(d => d.Domain))}");
    }

    static object ToJson(Agreement a) => new Dictionary<string, object?>
    {
        ["id"] = a.Id, ["kind"] = a.Kind, ["title"] = a.Title, ["domain"] = a.Domain, ["signed"] = a.Signed?.ToString(), ["place"] = a.Place,
        ["parties"] = a.Parties.Select(p => new Dictionary<string, object?> { ["name"] = p.Name, ["country"] = p.Country }).ToList(),
        ["sources"] = a.Sources.Select(s => new Dictionary<string, object?> { ["title"] = s.Title, ["url"] = s.Url, ["date"] = s.Published }).ToList(),
    };
}
