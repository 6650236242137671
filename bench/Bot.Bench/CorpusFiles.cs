using System.Text;

namespace Bot.Bench;

/// <summary>
/// The generated corpus written to a folder of Markdown files before ingestion's clock starts, as a user's `ingest DIR`
/// finds its files on disk: making the articles is the bench's own work (about 1.3 s of CPU and a quarter of all the
/// bytes allocated at 10,000 documents), and made on the reading thread as it went, its garbage was collected by
/// ingestion's GC, inside the timed window. The folder is deleted when disposed.
/// </summary>
internal sealed class CorpusFiles : IDisposable
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    CorpusFiles(string folder, List<(string Uri, string Path)> documents, StepCost cost) => (Folder, Documents, Cost) = (folder, documents, cost);

    public string Folder { get; }

    /// <summary>Each article's address (the one the store keeps) and its file, in the order generated.</summary>
    public IReadOnlyList<(string Uri, string Path)> Documents { get; }

    /// <summary>What generating and writing the articles cost, on the thread that did it.</summary>
    public StepCost Cost { get; }

    public static CorpusFiles Write(IEnumerable<(string Uri, string Markdown)> articles)
    {
        var meter = new StepMeter();
        meter.Start();
        var folder = Path.Combine(Path.GetTempPath(), $"kzbg-corpus-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var documents = new List<(string Uri, string Path)>();
        try
        {
            foreach (var (uri, markdown) in articles)
            {
                var path = Path.Combine(folder, $"{documents.Count}.md");
                File.WriteAllText(path, markdown, Utf8);
                documents.Add((uri, path));
            }
        }
        catch
        {
            Delete(folder);
            throw;
        }
        meter.Mark("generate");
        return new CorpusFiles(folder, documents, meter["generate"]);
    }

    public void Dispose() => Delete(Folder);

    static void Delete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* best effort: a leftover temp folder must not turn a finished run into a failure */ }
    }
}
