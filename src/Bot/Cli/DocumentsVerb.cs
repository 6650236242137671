using System.CommandLine;
using System.Globalization;
using Bot.Knowledge.Documents;

namespace Bot.Cli;

/// <summary>`documents list|show|remove`: what the store holds, and taking a wrong document out with all it brought.</summary>
public sealed class DocumentsVerb(Lazy<DocumentCatalog> catalog) : IVerb
{
    public Command Build() => new("documents", "The stored documents: list them, show one, remove one (its passages, figures and the agreements only it reported).")
    {
        List(), Show(), Remove(),
    };

    Command List()
    {
        var since = new Option<string?>("--since") { Description = "Only documents ingested on or after DATE (YYYY-MM-DD)." };
        var source = new Option<string?>("--source") { Description = "Only documents whose address or source name contains TEXT." };
        var command = new Command("list", "List the stored documents, oldest first.") { since, source, GlobalOptions.Json };
        command.SetAction(parse =>
        {
            DateOnly? from = null;
            if (parse.GetValue(since) is { } s)
                from = DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                    : throw new UsageException($"--since must be YYYY-MM-DD (got '{s}')");
            var list = catalog.Value.List(from, parse.GetValue(source));
            if (parse.GetValue(GlobalOptions.Json)) Console.Out.WriteLine(CliJson.Serialize(list.Select(ToJson)));
            else foreach (var doc in list) Console.Out.WriteLine($"{doc.Id,5}  {doc.IngestedAt[..Math.Min(10, doc.IngestedAt.Length)]}  {doc.Lang}  {doc.Title} — {doc.Url ?? doc.Uri}");
            return 0;
        });
        return command;
    }

    Command Show()
    {
        var target = new Argument<string>("document") { Description = "Its id (from `documents list`) or its URL or file." };
        var command = new Command("show", "One document: where it came from and what was read out of it.") { target, GlobalOptions.Json };
        command.SetAction(parse =>
        {
            var doc = catalog.Value.Find(parse.GetValue(target)!) ?? throw new UsageException($"no document '{parse.GetValue(target)}' in the store");
            if (parse.GetValue(GlobalOptions.Json)) Console.Out.WriteLine(CliJson.Serialize(ToJson(doc)));
            else
            {
                Console.Out.WriteLine($"{doc.Id}: {doc.Title}");
                Console.Out.WriteLine($"  address {doc.Url ?? doc.Uri}; language {doc.Lang}; published {doc.Published ?? "undated"}; ingested {doc.IngestedAt}");
                Console.Out.WriteLine($"  passages {doc.Passages}, figures {doc.Figures}, agreements {doc.Agreements}");
            }
            return 0;
        });
        return command;
    }

    Command Remove()
    {
        var target = new Argument<string>("document") { Description = "Its id (from `documents list`) or its URL or file." };
        var command = new Command("remove", "Remove a document, its passages and figures, and every agreement only it reported (no alert is sent).") { target, GlobalOptions.Json };
        command.SetAction(parse =>
        {
            var removal = catalog.Value.Remove(parse.GetValue(target)!) ?? throw new UsageException($"no document '{parse.GetValue(target)}' in the store");
            if (parse.GetValue(GlobalOptions.Json))
                Console.Out.WriteLine(CliJson.Serialize(new Dictionary<string, object?>
                {
                    ["removed"] = ToJson(removal.Document), ["passages"] = removal.Passages, ["figures"] = removal.Figures, ["agreements_removed"] = removal.AgreementsRemoved,
                }));
            else
                Console.Out.WriteLine($"removed {removal.Document.Id} ({removal.Document.Title}): passages {removal.Passages}, figures {removal.Figures}, " +
                                      $"agreements only it reported {removal.AgreementsRemoved}");
            return 0;
        });
        return command;
    }

    static Dictionary<string, object?> ToJson(StoredDocument d) => new()
    {
        ["id"] = d.Id, ["title"] = d.Title, ["url"] = d.Url, ["uri"] = d.Uri, ["lang"] = d.Lang, ["published"] = d.Published,
        ["ingested_at"] = d.IngestedAt, ["source"] = d.SourceLabel, ["passages"] = d.Passages, ["figures"] = d.Figures, ["agreements"] = d.Agreements,
    };
}
