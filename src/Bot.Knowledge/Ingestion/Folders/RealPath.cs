namespace Bot.Knowledge.Ingestion.Folders;

/// <summary>A path with every symbolic link along it resolved: two names of one file or folder give one real path.</summary>
internal static class RealPath
{
    /// <summary>Linux gives up after 40 links in one lookup (ELOOP); so do we, instead of looping.</summary>
    const int MaxLinks = 40;

    public static string Of(string path)
    {
        var links = 0;
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        var current = root;
        while (pending.TryDequeue(out var part))
        {
            var next = Path.Combine(current, part);
            var info = new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks) throw new IOException($"too many levels of symbolic links at {next}");
                // Resolve the target's own parts from the start again: it may be relative, and may hold links itself.
                var absolute = Path.GetFullPath(target, current);
                var rest = pending.ToArray();
                pending = new Queue<string>(absolute[Path.GetPathRoot(absolute)!.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
                current = Path.GetPathRoot(absolute)!;
                continue;
            }
            current = next;
        }
        return current;
    }
}
