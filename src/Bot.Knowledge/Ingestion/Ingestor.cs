using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Ingestion;

/// <summary>
/// read → parse → extract → dedupe → save, one document at a time. Each target reports its own outcome;
/// a failure is caught per document, and the store keeps whatever the others saved.
/// </summary>
public sealed class Ingestor(DocumentWriter writer, EntityCatalog catalog, UrlFetcher fetcher)
{
    public async Task<IngestReport> IngestAsync(IEnumerable<string> targets, CancellationToken ct, string? uriPrefix = null, string? baseDir = null)
    {
        var results = new List<IngestResult>();
        var extractor = new DocumentExtractor(catalog.Index());
        foreach (var target in targets)
        {
            ct.ThrowIfCancellationRequested();
            if (Uri.TryCreate(target, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
                results.Add(await SaveAsync(target, () => fetcher.FetchAsync(url, ct), extractor));
            else if (Directory.Exists(target))
                foreach (var file in Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories)
                             .Where(f => FileReader.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal))
                    results.Add(await SaveAsync(file, () => Task.FromResult(FileReader.Read(file, UriFor(file, uriPrefix, baseDir))), extractor));
            else if (File.Exists(target))
                results.Add(await SaveAsync(target, () => Task.FromResult(FileReader.Read(target, UriFor(target, uriPrefix, baseDir))), extractor));
            else
                results.Add(Failed(target, Uri.TryCreate(target, UriKind.Absolute, out var u) && u.Scheme is not "file"
                    ? $"only http and https URLs can be ingested, not {u.Scheme}:" : "no such file, folder or URL"));
        }
        return new IngestReport(results);
    }

    async Task<IngestResult> SaveAsync(string target, Func<Task<SourceDocument>> read, DocumentExtractor extractor)
    {
        try
        {
            var doc = await read();
            // A document with a source URL is that page: re-reading it from a file or the web updates one record.
            if (doc.Url is not null && Uri.TryCreate(doc.Url, UriKind.Absolute, out var source)) doc = doc with { Uri = UrlCanonicalizer.Canonical(source) };
            var facts = extractor.Extract(doc);
            var outcome = writer.Save(doc, facts);
            var status = outcome.Status switch { SaveStatus.Added => IngestStatus.Added, SaveStatus.Updated => IngestStatus.Updated, _ => IngestStatus.Unchanged };
            return new IngestResult(target, status, doc.Title, null, outcome.Agreements, outcome.Figures, outcome.NewAgreementIds);
        }
        catch (IngestionException e)
        {
            return Failed(target, e.Message);
        }
    }

    static IngestResult Failed(string target, string reason) => new(target, IngestStatus.Failed, null, reason, 0, 0, []);

    static string UriFor(string path, string? prefix, string? baseDir) =>
        prefix is not null && baseDir is not null
            ? prefix + Path.GetRelativePath(baseDir, path).Replace('\\', '/')
            : "file:" + Path.GetFullPath(path);
}
