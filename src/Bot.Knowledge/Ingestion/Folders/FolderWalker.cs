namespace Bot.Knowledge.Ingestion.Folders;

/// <summary>
/// The files under a folder that ingestion may open, found without falling into the traps a file system can hold:
/// a linked folder is entered once (a link back up the tree is not followed again), a file reached by two names is
/// listed once, a folder that cannot be read is reported and skipped, and nothing is opened here at all — the reader
/// checks each file's kind and size before it reads a byte (see <see cref="FileReader"/>).
/// </summary>
public static class FolderWalker
{
    /// <summary>A file to read, or (with <see cref="Failure"/>) an entry that could not be looked into.</summary>
    public sealed record Entry(string Path, string? Failure = null);

    /// <param name="seenFiles">Real paths already listed (by this walk or an earlier one of the same run): listed once.</param>
    public static IEnumerable<Entry> Walk(string root, IReadOnlySet<string> extensions, ISet<string> seenFiles)
    {
        var seenFolders = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.TryPop(out var folder))
        {
            var (files, folders, failure) = List(folder, seenFolders);
            if (failure is not null) yield return new Entry(folder, failure);
            foreach (var file in files.Where(f => extensions.Contains(System.IO.Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal))
            {
                var (real, broken) = Resolve(file);
                if (broken is not null) yield return new Entry(file, broken);
                else if (seenFiles.Add(real!)) yield return new Entry(file);
            }
            // Pushed in reverse so folders are visited in name order, as the files in each.
            foreach (var sub in folders.Order(StringComparer.Ordinal).Reverse()) pending.Push(sub);
        }
    }

    /// <summary>A folder's files and subfolders; nothing when it was seen before under another name, or cannot be read.</summary>
    static (string[] Files, string[] Folders, string? Failure) List(string folder, HashSet<string> seenFolders)
    {
        try
        {
            if (!seenFolders.Add(RealPath.Of(folder))) return ([], [], null);
            return (Directory.GetFiles(folder), Directory.GetDirectories(folder), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], [], $"cannot read the folder: {e.Message}");
        }
    }

    static (string? Real, string? Failure) Resolve(string file)
    {
        try { return (RealPath.Of(file), null); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return (null, $"cannot resolve the link: {e.Message}"); }
    }
}
