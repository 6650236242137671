namespace Bot.Bench;

/// <summary>
/// The agreement audit's judgement, apart from any store: each stored agreement (in the order the store gave them ids)
/// held against the signed documents its source articles report. A stored agreement that is the best match of a
/// reported document not yet matched is right; one that matches a document another stored agreement already stands for
/// is a duplicate; one that matches none is spurious, counted by whether its article reports a signing at all. Reported
/// documents no stored agreement matches are missed. Shared by `--suite agreements` and the tests (compiled into both),
/// so a change that makes agreements up or loses them fails a test, not only the bench.
/// </summary>
internal sealed class AgreementVerdicts(IReadOnlyDictionary<string, Signing> signingsByUri)
{
    public const string Right = "right", Duplicate = "duplicate", SpuriousInSigningArticle = "spurious_in_signing_article", SpuriousElsewhere = "spurious_elsewhere";

    readonly Dictionary<AgreementItem, long> _matchedBy = new(ReferenceEqualityComparer.Instance);

    /// <summary>One stored agreement as the audit sees it: its row and the generated articles it was read from.</summary>
    public sealed record Stored(long Id, string Kind, string Title, string Parties, IReadOnlyList<string> Uris);

    public sealed record Verdict(string Name, AgreementItem? Item, long? DuplicateOf);

    public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    /// <summary>The verdict on the next stored agreement; call in the order of their ids.</summary>
    public Verdict Judge(Stored row)
    {
        var candidates = Documents(row.Uris.Select(u => signingsByUri.GetValueOrDefault(u)).OfType<Signing>());
        // A signing may list two documents alike in all but their signatories: a stored agreement stands for the best fitting one not yet matched.
        var fitting = candidates.Select(i => (Item: i, Score: Score(row, i))).Where(c => c.Score > 0).OrderByDescending(c => c.Score).ToList();
        var best = fitting.FirstOrDefault(c => !_matchedBy.ContainsKey(c.Item) && c.Score >= fitting[0].Score - 0.5);
        if (best.Item is null && fitting.Count > 0) best = fitting[0];
        Verdict verdict;
        if (best.Item is null) verdict = new(row.Uris.Any(signingsByUri.ContainsKey) ? SpuriousInSigningArticle : SpuriousElsewhere, null, null);
        else if (_matchedBy.TryAdd(best.Item, row.Id)) verdict = new(Right, best.Item, null);
        else verdict = new(Duplicate, best.Item, _matchedBy[best.Item]);
        Counts[verdict.Name] = Counts.GetValueOrDefault(verdict.Name) + 1;
        return verdict;
    }

    /// <summary>Every document the articles report, each once (two signings may sign documents alike in every word).</summary>
    public IReadOnlyList<AgreementItem> Reported => Documents(signingsByUri.Values).ToList();

    /// <summary>
    /// The documents of some signings, each once. A signing's list may name one document twice in the same words (a
    /// reader cannot tell them apart, and the store rightly keeps one); two signings' documents alike in every word are
    /// two documents signed on two days.
    /// </summary>
    static IEnumerable<AgreementItem> Documents(IEnumerable<Signing> signings) =>
        signings.Distinct(ReferenceEqualityComparer.Instance).Cast<Signing>().SelectMany(g => g.Items.Distinct());

    /// <summary>The reported documents no stored agreement stood for, once every stored agreement was judged.</summary>
    public IReadOnlyList<AgreementItem> Missed => Reported.Where(i => !_matchedBy.ContainsKey(i)).ToList();

    /// <summary>How well a stored agreement fits a reported document: its subject's words in the title, its signatories among the parties, its kind.</summary>
    static double Score(Stored row, AgreementItem item)
    {
        var title = Stems(row.Title);
        var subject = Stems(item.Subject.En).Concat(Stems(item.Subject.Ru)).ToHashSet(StringComparer.Ordinal);
        var parties = Stems(row.Parties);
        var signatories = Stems($"{item.PartyEn} {item.PartyRu} {item.OtherEn} {item.OtherRu}");
        var subjectShare = subject.Count == 0 ? 0 : (double)title.Count(subject.Contains) / Math.Max(1, Math.Min(title.Count, Stems(item.Subject.En).Count));
        var partyShare = parties.Count == 0 ? 0 : (double)parties.Count(signatories.Contains) / parties.Count;
        if (subjectShare < 0.34 && partyShare < 0.5) return 0;
        var kind = item.Kind.Replace(' ', '_') == row.Kind ? 0.5 : 0;
        return subjectShare + partyShare + kind;
    }

    static HashSet<string> Stems(string text) =>
        text.ToLowerInvariant().Split((char[])[' ', ',', '.', '"', '[', ']', '{', '}', ':', '-', '–', ';', '(', ')', '«', '»'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 3 && w.All(char.IsLetter)).Select(w => w[..Math.Min(5, w.Length)]).ToHashSet(StringComparer.Ordinal);
}
