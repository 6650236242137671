using System.CommandLine;
using Bot.Knowledge.Ingestion;

namespace Bot.Cli;

/// <summary>`ingest PATH|URL... [--json]`: adds documents and reports each one's outcome.</summary>
public sealed class IngestVerb(Ingestor ingestor) : IVerb
{
    public Command Build()
    {
        var targets = new Argument<string[]>("targets") { Description = "Files (.md, .txt, .html, .pdf, .docx), folders (recursive) or http(s) URLs.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Add documents to the knowledge store, extracting agreements and figures.") { targets, GlobalOptions.Json };
        command.SetAction(async (parse, ct) =>
        {
            using var stop = new StopSignals(ct);
            IngestReport report;
            try
            {
                report = await ingestor.IngestAsync(parse.GetValue(targets)!, stop.Token);
            }
            catch (OperationCanceledException) when (stop.Token.IsCancellationRequested)
            {
                report = new IngestReport([]) { Interrupted = true };
            }
            if (parse.GetValue(GlobalOptions.Json)) Console.Out.WriteLine(CliJson.Serialize(ToJson(report)));
            else PrintText(report);
            if (report.Interrupted)
            {
                Console.Error.WriteLine($"stopped by {stop.Name}: the documents listed were saved; run the same command again for the rest");
                return stop.ExitCode;
            }
            return report.Count(IngestStatus.Failed) == 0 ? 0 : 1;
        });
        return command;
    }

    static void PrintText(IngestReport report)
    {
        foreach (var result in report.Results)
        {
            if (result.Status == IngestStatus.Failed) Console.Error.WriteLine($"error: {result.Target}: {result.Reason}");
            else if (result.Reason is not null) Console.Error.WriteLine($"note: {result.Target}: {result.Reason}");
            foreach (var warning in result.Warnings) Console.Error.WriteLine($"warning: {result.Target}: {warning}");
        }
        Console.Out.WriteLine($"documents: {report.Count(IngestStatus.Added)} added, {report.Count(IngestStatus.Updated)} updated, " +
                              $"{report.Count(IngestStatus.Unchanged)} unchanged, {report.Count(IngestStatus.Failed)} failed");
        Console.Out.WriteLine($"found: {report.AgreementsFound} agreements ({report.NewAgreementIds.Count()} new), {report.FiguresFound} figures");
        if (report.WarningCount > 0) Console.Out.WriteLine($"warnings: {report.WarningCount} (listed on stderr)");
    }

    static Dictionary<string, object> ToJson(IngestReport report) => new Dictionary<string, object>
    {
        ["added"] = report.Count(IngestStatus.Added),
        ["updated"] = report.Count(IngestStatus.Updated),
        ["unchanged"] = report.Count(IngestStatus.Unchanged),
        ["failed"] = report.Count(IngestStatus.Failed),
        ["agreements"] = report.AgreementsFound,
        ["new_agreements"] = report.NewAgreementIds.Count(),
        ["figures"] = report.FiguresFound,
        ["warnings"] = report.WarningCount,
        ["interrupted"] = report.Interrupted,
        ["documents"] = report.Results.Select(r => new Dictionary<string, object?>
        {
            ["target"] = r.Target, ["status"] = r.Status.ToString().ToLowerInvariant(), ["title"] = r.Title, ["reason"] = r.Reason,
            ["agreements"] = r.Agreements, ["figures"] = r.Figures, ["new_agreements"] = r.NewAgreementIds.Count, ["warnings"] = r.Warnings,
        }).ToList(),
    };
}
