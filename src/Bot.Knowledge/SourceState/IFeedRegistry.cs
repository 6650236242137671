namespace Bot.Knowledge.SourceState;

/// <summary>
/// The watched feeds and pages as the admins manage them at run time (Telegram /feeds, /feed_add…; the CLI's
/// `sources`). Declared here because the Telegram adapter and the CLI use it and Bot.Sources implements it, and all
/// three build on this project.
/// </summary>
public interface IFeedRegistry
{
    /// <summary>No source is polled more often than this (Sources:MinimumInterval).</summary>
    TimeSpan MinimumInterval { get; }

    /// <summary>Every watched source, paused ones included, numbered from 1 in the order they were added.</summary>
    IReadOnlyList<FeedStatus> List();

    /// <param name="interval">Its own interval; raised to <see cref="MinimumInterval"/> when shorter; null is the default.</param>
    FeedChange Add(string url, TimeSpan? interval, string origin, bool isPage = false, string? name = null);

    /// <param name="reference">A number from <see cref="List"/> or the source's URL.</param>
    FeedChange Remove(string reference);

    FeedChange Pause(string reference, bool paused);

    /// <summary>Adds every feed of an OPML file; the ones already watched are left as they are.</summary>
    /// <exception cref="FeedListException">Not an OPML file we accept (one line saying why).</exception>
    OpmlImport ImportOpml(Stream opml, string origin);

    /// <summary>Every source that is not removed as OPML 2.0 (paused ones too, marked).</summary>
    void ExportOpml(Stream destination);
}

public enum FeedOutcome { Added, AlreadyWatched, Removed, Paused, Resumed, NotFound, BadUrl }

/// <param name="IntervalRaised">The interval asked for was below the minimum and the minimum was taken.</param>
public sealed record FeedChange(FeedOutcome Outcome, FeedStatus? Feed = null, bool IntervalRaised = false);

public sealed record FeedStatus(
    int Number, string Key, string Kind, string Name, string Url, TimeSpan Interval, bool Paused, string Origin,
    DateTimeOffset? LastPolled, DateTimeOffset? NextPoll, int Failures, string? LastError);

/// <param name="Refused">One line per outline that was not taken: its URL and why.</param>
public sealed record OpmlImport(int Added, int AlreadyWatched, IReadOnlyList<string> Refused);

/// <summary>A feed list that cannot be read; the message is the one line the user sees.</summary>
public sealed class FeedListException(string message, Exception? inner = null) : Exception(message, inner);
