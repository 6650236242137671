namespace Bot.Hosting;

/// <summary>
/// What the command line says before the host is built: the verb (`run` when there is none), the global options
/// <c>--db</c> and <c>--no-seed</c>, and <c>--verbose</c>. The full parse, with every verb's options, comes later;
/// this only decides how the host is built.
/// </summary>
public sealed record Invocation(string[] Args, string Verb, string? Db, bool NoSeed, bool Verbose)
{
    public const string RunVerb = "run";

    /// <summary>The bot itself: Telegram, alert delivery and source monitoring run in this process.</summary>
    public bool RunsBot => Verb == RunVerb;

    /// <summary>Questions are answered (the LLM path's settings matter); other verbs leave them unchecked.</summary>
    public bool Answers => RunsBot || Verb is "ask" or "chat" or "eval";

    /// <summary>Watched sources are polled (their settings matter); a bad Sources setting does not stop other verbs.</summary>
    public bool PollsSources => RunsBot || Verb == "sources";

    public static Invocation From(string[] args)
    {
        string? verb = null, db = null;
        bool noSeed = false, verbose = false;
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a == "--") break;
            if (a == "--db") db = i + 1 < args.Length ? args[++i] : null;
            else if (a.StartsWith("--db=", StringComparison.Ordinal) || a.StartsWith("--db:", StringComparison.Ordinal)) db = a[5..];
            else if (a == "--no-seed") noSeed = true;
            else if (a == "--verbose") verbose = true;
            else if (verb is null && !a.StartsWith('-')) verb = a;
        }
        // With no verb (nothing, or only the global options) the program is the bot itself.
        return verb is null ? new Invocation([.. args, RunVerb], RunVerb, db, noSeed, verbose) : new Invocation(args, verb, db, noSeed, verbose);
    }
}
