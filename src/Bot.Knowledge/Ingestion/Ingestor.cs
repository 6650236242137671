using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Extraction.Reading;
using Bot.Knowledge.Ingestion.Folders;
using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Ingestion;

/// <summary>
/// The ingestion pipeline every entry point runs (CLI `ingest`, admin /ingest, the seeding from data/), in named
/// steps: fetch or read → filter → extract → save, where saving dedupes (the same text under another address, the same
/// agreement from another source) and writes the outbox rows of new agreements in the same transaction, and the saved
/// outcomes are what the caller signals on. Each target reports its own outcome; a failure is caught per document, and
/// the store keeps whatever the others saved. Files are saved <see cref="BatchSize"/> to a transaction (each document
/// still atomic on its own); a web page is saved alone, so no transaction stays open while it downloads. A cancelled
/// run stops after the documents already read are saved, and says so in its report.
/// </summary>
public sealed class Ingestor(DocumentWriter writer, EntityCatalog catalog, UrlFetcher fetcher)
{
    /// <summary>Documents per transaction: enough to write the search index in large pieces, few enough that other writers barely wait.</summary>
    public const int BatchSize = 250;

    public Task<IngestReport> IngestAsync(IEnumerable<string> targets, CancellationToken ct) => IngestAsync(targets, IngestOptions.Default, ct);

    public async Task<IngestReport> IngestAsync(IEnumerable<string> targets, IngestOptions options, CancellationToken ct)
    {
        var results = new List<IngestResult>();
        try
        {
            return await ReadAllAsync(targets, options, results, ct);
        }
        finally
        {
            // After the run's extractor is gone: its index of every person learned (20 MB on the bench corpus) was still held
            // by the running method while the run's end collected, and stood dead in the oldest generation under the first
            // question's snapshots of the new store.
            IngestRunEnd.Release(results.Count);
            writer.RunEnded();
        }
    }

    async Task<IngestReport> ReadAllAsync(IEnumerable<string> targets, IngestOptions options, List<IngestResult> results, CancellationToken ct)
    {
        var extractor = new DocumentExtractor(catalog.Index());
        var files = new List<(string Target, Func<SourceDocument> Read)>();
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (var target in targets)
            {
                ct.ThrowIfCancellationRequested();
                if (Uri.TryCreate(target, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
                {
                    SaveFiles(files, results, extractor, options, ct);
                    results.AddRange(await SaveAsync(target, () => fetcher.FetchAsync(url, ct), extractor, options, ct));
                }
                else if (Directory.Exists(target))
                {
                    foreach (var entry in FolderWalker.Walk(target, FileReader.ExtensionSet, seenFiles))
                    {
                        ct.ThrowIfCancellationRequested();
                        files.Add((entry.Path, entry.Failure is { } failure ? () => throw new IngestionException(failure) : () => FileReader.Read(entry.Path, UriFor(entry.Path, options))));
                    }
                }
                else if (File.Exists(target))
                {
                    if (seenFiles.Add(RealFile(target))) files.Add((target, () => FileReader.Read(target, UriFor(target, options))));
                }
                else
                {
                    SaveFiles(files, results, extractor, options, ct);
                    results.Add(Failed(target, Uri.TryCreate(target, UriKind.Absolute, out var u) && u.Scheme is not "file"
                        ? $"only http and https URLs can be ingested, not {u.Scheme}:" : "no such file, folder or URL"));
                }
            }
            SaveFiles(files, results, extractor, options, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return new IngestReport(results) { Interrupted = true };
        }
        return new IngestReport(results);
    }

    static string RealFile(string path)
    {
        try { return RealPath.Of(path); }
        catch (IOException) { return Path.GetFullPath(path); }
    }

    /// <summary>Saves the files gathered so far, in order, and forgets them.</summary>
    /// <remarks>
    /// Files are read, parsed, laid out and split into words a few ahead (<see cref="ReadAhead{T}"/>), beside the
    /// extraction of the one before, which learns names and so must take the files in order on this thread.
    /// </remarks>
    void SaveFiles(List<(string Target, Func<SourceDocument> Read)> files, List<IngestResult> results, DocumentExtractor extractor, IngestOptions options, CancellationToken ct)
    {
        var queue = new DocumentQueue(writer, results);
        var ahead = new ReadAhead<FileRead>();
        var reading = new Queue<(string Target, Task<FileRead> Read)>(ReadAhead<FileRead>.Depth + 1);
        try
        {
            foreach (var (target, read) in files)
            {
                ct.ThrowIfCancellationRequested();
                reading.Enqueue((target, ahead.Start(() => FileRead.Of(read, ct))));
                if (reading.Count > ReadAhead<FileRead>.Depth) Extract(reading.Dequeue(), queue, extractor, options, ct);
            }
            while (reading.Count > 0) Extract(reading.Dequeue(), queue, extractor, options, ct);
        }
        finally
        {
            // Whatever ends the run — the last file, an error, a cancellation — what was read before is saved,
            // as it was when each file was saved on its own; files read ahead and not extracted are let go.
            ahead.Finish();
            queue.Flush();
            files.Clear();
        }
    }

    static void Extract((string Target, Task<FileRead> Read) file, DocumentQueue queue, DocumentExtractor extractor, IngestOptions options, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        foreach (var item in Extract(file.Target, file.Read.GetAwaiter().GetResult(), extractor, options, ct)) queue.Add(item);
    }

    /// <summary>A file read with the units and words of each of its documents, or the reason it could not be read.</summary>
    sealed record FileRead(SourceDocument? Doc, List<DocumentWords> Words, string? Failure)
    {
        public static FileRead Of(Func<SourceDocument> read, CancellationToken ct)
        {
            try
            {
                var doc = read();
                // A story of a page that the filter leaves out is laid out for nothing: rare, and cheaper than waiting for the filter.
                return new FileRead(doc, [.. doc.Documents.Select(d => DocumentWords.Of(d, ct))], null);
            }
            catch (IngestionException e)
            {
                return new FileRead(null, [], e.Message);
            }
        }
    }

    /// <summary>filter → extract one file read (the queue prepares and saves it); a file that cannot be ingested says why.</summary>
    static List<DocumentQueue.Item> Extract(string target, FileRead read, DocumentExtractor extractor, IngestOptions options, CancellationToken ct)
    {
        if (read.Doc is null) return [new DocumentQueue.Item(target, null, null, read.Failure)];
        try
        {
            // The queue reads the figures on its saving thread, beside the next documents (see DocumentQueue).
            var items = new List<DocumentQueue.Item>();
            foreach (var one in Admit(read.Doc, options, extractor.Entities))
            {
                var doc = Canonical(one);
                var words = read.Words.Find(w => w.AreOf(doc));
                var facts = extractor.ExtractAllButFigures(doc, words, ct);
                ct.ThrowIfCancellationRequested();
                items.Add(new DocumentQueue.Item(target, doc, facts, null) { Passages = words?.Passages });
            }
            return items;
        }
        catch (IngestionException e)
        {
            return [new DocumentQueue.Item(target, null, null, e.Message)];
        }
    }

    /// <summary>fetch → filter → extract → save one web page.</summary>
    async Task<List<IngestResult>> SaveAsync(string target, Func<Task<SourceDocument>> read, DocumentExtractor extractor, IngestOptions options, CancellationToken ct)
    {
        IReadOnlyList<SourceDocument> documents;
        try
        {
            documents = Admit(await read(), options, extractor.Entities);
        }
        catch (IngestionException e)
        {
            return [Failed(target, e.Message)];
        }
        var results = new List<IngestResult>();
        foreach (var one in documents)
        {
            try
            {
                var (doc, facts) = Prepare(one, extractor, ct);
                results.Add(Saved(target, doc, writer.Save(doc, facts)));
            }
            catch (IngestionException e)
            {
                results.Add(Failed(target, e.Message));
            }
        }
        return results;
    }

    /// <summary>
    /// The filter step: a document the caller does not take is refused with its reason; of a page's documents, another
    /// story it carried is left out unless it is about Kazakhstan and Bulgaria too (the page's first document says so), and
    /// so is a story of a digest about another country (<see cref="Reading.DigestItems"/>).
    /// </summary>
    static IReadOnlyList<SourceDocument> Admit(SourceDocument doc, IngestOptions options, EntityIndex entities)
    {
        if (doc.Fictional && options.RefuseFictional)
            throw new IngestionException("marked fictional (fictional: true): invented documents never enter the curated data");
        // A digest's stories about other countries go first (most documents are no digest, and pass untouched).
        var documents = doc.Documents;
        if (documents.Any(Reading.DigestItems.MayBeDigest)) documents = [.. documents.Select(d => Reading.DigestItems.LeaveOutForeign(d, entities))];
        var left = documents.Where(d => d.Appended && !Reading.BothCountries.Named(d, entities)).ToList();
        if (left.Count == 0) return documents;
        var kept = documents.Except(left).ToList();
        kept[0] = kept[0] with { Warnings = [.. kept[0].Warnings, .. left.Select(d => $"another story on the page left out (not about Kazakhstan and Bulgaria): {d.Title}")] };
        return kept;
    }

    /// <summary>parse → extract: everything before the store is touched.</summary>
    internal static (SourceDocument Doc, ExtractedFacts Facts) Prepare(SourceDocument doc, DocumentExtractor extractor, CancellationToken ct = default)
    {
        doc = Canonical(doc);
        return (doc, extractor.Extract(doc, ct));
    }

    /// <summary>A document with a source URL is that page: re-reading it from a file or the web updates one record.</summary>
    internal static SourceDocument Canonical(SourceDocument doc)
    {
        if (doc.Url is null || !Uri.TryCreate(doc.Url, UriKind.Absolute, out var source)) return doc;
        var uri = UrlCanonicalizer.Canonical(source) + doc.Anchor;
        return uri == doc.Uri ? doc : doc with { Uri = uri, ReadFrom = doc.Uri };
    }

    internal static IngestResult Saved(string target, SourceDocument doc, SaveOutcome outcome)
    {
        var status = outcome.Status switch { SaveStatus.Added => IngestStatus.Added, SaveStatus.Updated => IngestStatus.Updated, _ => IngestStatus.Unchanged };
        var reason = outcome.DuplicateOf is { } other ? $"same text as {other}, which is kept" : null;
        var warnings = outcome.SharesSourceWith is { } shared
            ? [.. doc.Warnings, $"same source address as another text, kept beside it: {shared}"]
            : doc.Warnings;
        return new IngestResult(target, status, doc.Title, reason, outcome.Agreements, outcome.Figures, outcome.NewAgreementIds) { Warnings = warnings };
    }

    internal static IngestResult Failed(string target, string reason) => new(target, IngestStatus.Failed, null, reason, 0, 0, []);

    static string UriFor(string path, IngestOptions options) =>
        options is { UriPrefix: { } prefix, BaseDir: { } baseDir }
            ? prefix + Path.GetRelativePath(baseDir, path).Replace('\\', '/')
            : "file:" + Path.GetFullPath(path);
}
