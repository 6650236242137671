using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Knowledge.Extraction.Events;

/// <summary>
/// The words of events.json, ready to match word by word (<see cref="PhraseMatcher"/>): visits, talks, meetings,
/// sessions, forums, posts, anniversaries, and the small words that tie sentences together.
/// </summary>
public static class EventWords
{
    sealed record EventsFile(
        LanguageWords Visit, Dictionary<string, LanguageWords> VisitFormats, LanguageWords Talks, LanguageWords Meeting, LanguageWords ReceivedBy,
        LanguageWords Session, LanguageWords Commission, LanguageWords Forum, LanguageWords Consultations, LanguageWords Organiser,
        LanguageWords Held, LanguageWords Planned, Dictionary<string, LanguageWords> Roles, LanguageWords DelegationHead,
        LanguageWords Replaces, LanguageWords Appointed, LanguageWords Since, LanguageWords StillHolds, LanguageWords Formerly,
        LanguageWords Anniversary, LanguageWords Relations, LanguageWords Established, LanguageWords YearsSince, Dictionary<string, LanguageWords> YearCounts, LanguageWords SigningCount,
        LanguageWords EstablishedObjects, LanguageWords Pronouns, LanguageWords WithWords, List<string> WithSuffixes, LanguageWords Anaphora,
        LanguageWords ClauseOpeners, LanguageWords ClauseJoiners, LanguageWords ClauseVerbs, LanguageWords AppointmentLists);

    static readonly EventsFile File = VocabularyFile.Load<EventsFile>("events.json");

    static PhraseMatcher Of(LanguageWords words) => new(words.All);

    public static PhraseMatcher Visit { get; } = Of(File.Visit);

    /// <summary>Tagged official, state or working.</summary>
    public static PhraseMatcher VisitFormats { get; } = new(File.VisitFormats.SelectMany(f => f.Value.All.Select(w => (w, f.Key))));
    public static PhraseMatcher Talks { get; } = Of(File.Talks);
    public static PhraseMatcher Meeting { get; } = Of(File.Meeting);
    public static PhraseMatcher ReceivedBy { get; } = Of(File.ReceivedBy);
    public static PhraseMatcher Session { get; } = Of(File.Session);
    public static PhraseMatcher Commission { get; } = Of(File.Commission);
    public static PhraseMatcher Forum { get; } = Of(File.Forum);
    public static PhraseMatcher Consultations { get; } = Of(File.Consultations);
    public static PhraseMatcher Organiser { get; } = Of(File.Organiser);
    public static PhraseMatcher Held { get; } = Of(File.Held);
    public static PhraseMatcher Planned { get; } = Of(File.Planned);
    public static PhraseMatcher DelegationHead { get; } = Of(File.DelegationHead);
    public static PhraseMatcher Replaces { get; } = Of(File.Replaces);
    public static PhraseMatcher Appointed { get; } = Of(File.Appointed);
    public static PhraseMatcher Since { get; } = Of(File.Since);

    /// <summary>"The appointments are as follows:": a list whose items pair a place with the person posted there.</summary>
    public static PhraseMatcher AppointmentLists { get; } = Of(File.AppointmentLists);
    public static PhraseMatcher StillHolds { get; } = Of(File.StillHolds);
    public static PhraseMatcher Formerly { get; } = Of(File.Formerly);
    public static PhraseMatcher Anniversary { get; } = Of(File.Anniversary);

    /// <summary>"thirty years", "three decades", "30 жыл": a count of years, the tag the years one counted unit is.</summary>
    static readonly PhraseMatcher YearCountWords = new(File.YearCounts.SelectMany(c => c.Value.All.Select(w => (w, c.Key))));

    /// <summary>The numbers of years a text counts ("thirty years since …", "three decades of ties" → 30).</summary>
    public static IEnumerable<int> YearCounts(string text) =>
        YearCountWords.Matches(TokenList.Of(text)).Where(m => m.Number is not null)
            .Select(m => m.Number!.Value * int.Parse(m.Tag, System.Globalization.CultureInfo.InvariantCulture));
    public static PhraseMatcher Relations { get; } = Of(File.Relations);
    public static PhraseMatcher Established { get; } = Of(File.Established);
    public static PhraseMatcher EstablishedObjects { get; } = Of(File.EstablishedObjects);
    public static PhraseMatcher Pronouns { get; } = Of(File.Pronouns);
    public static PhraseMatcher With { get; } = Of(File.WithWords);

    /// <summary>Endings that say "with" on the name itself ("Тоқаевпен").</summary>
    public static IReadOnlyList<string> WithSuffixes { get; } = File.WithSuffixes;

    /// <summary>A sentence opening with one of these continues the one before ("It is planned…", "Тогда…", "There…").</summary>
    public static PhraseMatcher Continuations { get; } = Of(File.Anaphora);

    /// <summary>"five documents", "three new memoranda", "бес құжатқа": a count of documents, the number in <see cref="PhraseMatch.Number"/>.</summary>
    public static PhraseMatcher CountedDocuments { get; } = new(File.SigningCount.All.SelectMany(w => new[] { "# " + w, "# ? " + w }));

    /// <summary>Any word that may start an event the readers look for: sentences without one are not read for events.</summary>
    public static PhraseMatcher AnyCue { get; } = new(new[] { File.Visit, File.Talks, File.Meeting, File.ReceivedBy, File.Session, File.Forum,
        File.Consultations, File.Anniversary, File.Established }.SelectMany(w => w.All));

    /// <summary>The single words of all titles, for telling a title word inside a run of capitalised words.</summary>
    public static WordSet RoleWords { get; } = new(File.Roles.Values.SelectMany(r => r.All).Where(p => p.Length > 2));

    /// <summary>Titles of posts, tagged with their role key; the longest title at a word wins ("deputy prime minister").</summary>
    public static PhraseMatcher Roles { get; } = new(File.Roles.SelectMany(r => r.Value.All.Select(w => (w, r.Key))));

    /// <summary>The words that turn a sentence to another event, for <see cref="Clauses"/>: after a comma, or a joining word before a verb.</summary>
    internal static (IEnumerable<string> Openers, IEnumerable<string> Joiners, IEnumerable<string> Verbs) ClauseTurns =>
        (File.ClauseOpeners.All, File.ClauseJoiners.All, File.ClauseVerbs.All);

    /// <summary>True when the text opens with one of the phrases (within its first words).</summary>
    public static bool Opens(PhraseMatcher matcher, TokenList tokens, int from = 0, int words = 1)
    {
        var first = tokens.IndexAt(from);
        // Only the first words are read: a sentence that opens with none of the phrases is not read to its end for one.
        var to = first + words < tokens.Count ? tokens[first + words].Start : int.MaxValue;
        return matcher.First(tokens, from, to) is { } m && m.FirstToken - first < words;
    }
}
