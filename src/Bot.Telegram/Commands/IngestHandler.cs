using System.Text;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Observability;
using Bot.Telegram.Alerts;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;
using Telegram.Bot;

namespace Bot.Telegram.Commands;

/// <summary>/ingest URL, or a .md/.txt/.html file sent with the caption /ingest (administrators only): ingest and report.</summary>
public sealed class IngestHandler(ITelegramBotClient bot, Ingestor ingestor, AlertSignal alerts) : ICommandHandler
{
    public string Command => "ingest";
    public bool AdminOnly => true;

    public async Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct)
    {
        var m = ctx.Message;
        string? temp = null;
        try
        {
            string target;
            if (m.DocumentFileId is { } fileId)
            {
                if (UploadName.Safe(m.DocumentName) is not { } name) return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "ingest_bad_name", UploadName.MaxChars)));
                var dir = Directory.CreateTempSubdirectory("kzbg-ingest-").FullName;
                temp = Path.Combine(dir, name);
                var file = await bot.GetFile(fileId, ct);
                await using (var stream = File.Create(temp))
                    await bot.DownloadFile(file.FilePath!, stream, ct);
                target = temp;
            }
            else if (Uri.TryCreate(ctx.Argument.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https") target = url.AbsoluteUri;
            else return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "ingest_usage")));

            var report = await ingestor.IngestAsync([target], ct);
            BotMetrics.CountIngests("admin", report.Count(IngestStatus.Added) + report.Count(IngestStatus.Updated), report.Count(IngestStatus.Unchanged), report.Count(IngestStatus.Failed));
            if (report.NewAgreementIds.Any()) alerts.Notify();
            var text = new StringBuilder(BotTexts.Get(ctx.Lang, "ingest_report", report.Count(IngestStatus.Added), report.Count(IngestStatus.Updated),
                report.Count(IngestStatus.Unchanged), report.Count(IngestStatus.Failed), report.AgreementsFound, report.NewAgreementIds.Count(), report.FiguresFound));
            foreach (var failed in report.Results.Where(r => r.Status == IngestStatus.Failed))
                text.Append('\n').Append(BotTexts.Get(ctx.Lang, "ingest_failed_item", m.DocumentName ?? failed.Target, failed.Reason ?? ""));
            return Reply.Text(Html.Escape(text.ToString()));
        }
        finally
        {
            if (temp is not null) try { Directory.Delete(Path.GetDirectoryName(temp)!, recursive: true); } catch (IOException) { }
        }
    }
}
