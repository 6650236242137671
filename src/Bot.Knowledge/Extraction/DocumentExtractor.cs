using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction.Events;
using Bot.Knowledge.Extraction.Figures;
using Bot.Knowledge.Ingestion.Reading.Tables;
using Bot.Knowledge.Extraction.Reading;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// Extracts everything a document states: reads it (layout, people, dates, places; see <see cref="DocumentAnalysis"/>),
/// then its figures, agreements and events. One extractor serves a whole ingestion run: the people it learns from one
/// document are known when it reads the next.
/// </summary>
public sealed class DocumentExtractor
{
    readonly EntityIndex _index;
    readonly EntityLearner _learner;
    readonly AgreementExtractor _agreements;

    /// <summary>The entities it reads names with.</summary>
    internal EntityIndex Entities => _index;

    public DocumentExtractor(EntityIndex entities)
    {
        _index = entities.Copy();
        // Every place the gazetteer knows, countries included, is known to extraction whatever the store holds.
        foreach (var place in Gazetteer.Places)
            if (_index.Get(place.Id) is null) _index.Add(place);
        _learner = new EntityLearner(_index);
        _agreements = new AgreementExtractor(_index);
    }

    /// <param name="ct">Checked after reading and at every sentence: a stop (SIGTERM during `ingest`) must not wait for a
    /// document of millions of characters to be read to its end.</param>
    public ExtractedFacts Extract(SourceDocument doc, CancellationToken ct = default) => Extract(doc, null, withFigures: true, ct);

    /// <summary>
    /// Everything but the figures, for a pipeline that reads those on another thread (<see cref="Figures(SourceDocument, CancellationToken)"/>):
    /// figures depend on the text and its date alone, never on the people learned from earlier documents, so they need
    /// not wait their turn on the thread that learns.
    /// </summary>
    internal ExtractedFacts ExtractAllButFigures(SourceDocument doc, CancellationToken ct = default) => Extract(doc, null, withFigures: false, ct);

    /// <summary>The same, with the document's units and words made beforehand (on another thread: <see cref="DocumentWords"/>); words of another text are not used.</summary>
    internal ExtractedFacts ExtractAllButFigures(SourceDocument doc, DocumentWords? words, CancellationToken ct = default) => Extract(doc, words, withFigures: false, ct);

    /// <summary>The figures a document states, read on their own: the same as <see cref="Extract(SourceDocument, CancellationToken)"/> finds.</summary>
    public static IReadOnlyList<FigureDraft> Figures(SourceDocument doc, CancellationToken ct = default) =>
        Figures(DocumentLayout.Of(doc.StatedTitle, doc.Paragraphs), doc.Paragraphs, doc.Published, ct);

    /// <summary>The same, for a document <see cref="ExtractAllButFigures"/> has read: with the layout it made.</summary>
    public static IReadOnlyList<FigureDraft> Figures(SourceDocument doc, ExtractedFacts facts, CancellationToken ct = default) =>
        Figures(facts.Layout ?? DocumentLayout.Of(doc.StatedTitle, doc.Paragraphs), doc.Paragraphs, doc.Published, ct);

    ExtractedFacts Extract(SourceDocument doc, DocumentWords? words, bool withFigures, CancellationToken ct)
    {
        var (facts, learned) = DocumentAnalysis.Read(doc, words is not null && words.AreOf(doc) ? words : DocumentWords.Of(doc, ct), _index, _learner, ct);
        ct.ThrowIfCancellationRequested();
        var figures = withFigures ? Figures(facts.Units.Select(u => u.Unit), doc.Paragraphs, doc.Published, ct) : [];
        var (agreements, milestones) = Agreements(doc, facts, ct);
        ct.ThrowIfCancellationRequested();
        var ev = EventExtractor.Extract(facts);
        return new ExtractedFacts(agreements, figures)
        {
            Events = milestones.Count == 0 ? ev : [.. ev, .. milestones], Entities = learned.Changed, Layout = withFigures ? null : Layout(facts),
            Notices = Corrections.CorrectionNotices.Of(doc.Paragraphs, facts.Units),
        };
    }

    static List<TextUnit> Layout(DocumentFacts facts)
    {
        var units = new List<TextUnit>(facts.Units.Count);
        foreach (var u in facts.Units) units.Add(u.Unit);
        return units;
    }

    /// <summary>Every sentence's figures, in order, read with what the text around it says (<see cref="DocumentFigures"/>).</summary>
    static List<FigureDraft> Figures(IEnumerable<TextUnit> units, IReadOnlyList<string> paragraphs, PartialDate? published, CancellationToken ct) =>
        DocumentFigures.Read(units, paragraphs, published, ct);

    /// <summary>The agreements the document reports signed, and the later events of agreements (ratification, entry into force).</summary>
    (List<AgreementDraft> Agreements, List<EventDraft> Milestones) Agreements(SourceDocument doc, DocumentFacts facts, CancellationToken ct)
    {
        var agreements = new List<AgreementDraft>();
        List<Model.Party>? parties = null;
        // Built only for the few sentences that sign something: the dates of the sentences before it are read for it.
        SigningContext Context(int i) =>
            new(doc.Published, facts.Dateline?.Name, facts.StatedDate(i) is { Month: not null } stated ? stated : facts.LeadDate, parties ??= DocumentCountries(facts))
            { CountryNamed = name => CountryNamedWith(facts, name), LeadPlace = facts.LeadPlace?.Name };
        var milestones = new List<EventDraft>();
        // The text of an agreement (its heading, its final clause): that agreement is the one its clauses and notes are of.
        var own = AgreementText.Find(facts) is { } text ? (Text: text, Draft: _agreements.OfText(text, Context(text.ClauseAt))) : default;
        var relatedDrafts = new HashSet<AgreementDraft>(ReferenceEqualityComparer.Instance);
        var inRelated = false;
        // A list's items share their introduction: whether it heads related documents is read once per list, not per item.
        (string? Intro, bool Related) listRead = (null, false);
        var lastSigning = -10;
        var namedBySigning = 0;
        // The sentence each drafted agreement came from, in step with the list.
        var draftedAt = new List<int>();
        // "The following documents were exchanged:" right before a table, or a heading "Documents signed" over its section: the
        // table's rows are signed documents.
        // The agreement a bill's page proposes to ratify (its heading): the law the bill became is that agreement's ratification.
        (string Kind, string Title)? bill = null;
        string? tableIntro = null, sectionIntro = null;
        int tableIntroAt = -1, sectionIntroAt = -1;
        for (var i = 0; i < facts.Units.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var s = facts.Units[i];
            if (s.Unit.Kind == UnitKind.Heading)
            {
                // "Law of the Republic of Kazakhstan No. 301-VI of 27 January 2020 «On ratification of the Agreement …»": a law's
                // own heading is its step in the life of the agreement it names, numbered and dated as the heading gives them.
                if (AgreementMilestones.OfActHeading(s, doc.Published) is { } act && !milestones.Exists(m => m.Kind == act.Kind && m.Label == act.Label && m.Start == act.Start))
                    milestones.Add(act);
                if (bill is null && i < BillHeadingReach) bill = AgreementMilestones.BillSubject(s);
                // A heading "See also", "Связанные документы" opens a list of related documents, as such a line does; any other ends it.
                inRelated = AgreementWords.IntroducesRelated(s.Tokens);
                (sectionIntro, sectionIntroAt) = IntroducesSigned(s.Text) ? (s.Text, i) : (null, -1);
                (tableIntro, tableIntroAt) = (null, -1);
                continue;
            }
            // The extractors below are handed the sentence's text: its words, split when the document was read, are not split again.
            Vocabulary.TokenList.Remember(s.Tokens);
            var earlier = agreements.Count;
            var signs = AgreementExtractor.StatesSigning(s.Tokens);
            var listRow = s.Unit.ListIntro is { } rowIntro && IntroducesSigned(rowIntro);
            var introducedRow = !signs && (listRow ? s.Unit.ListIntro : tableIntro ?? sectionIntro) is { } tableOf && RowFields.Read(s.Text) is not null ? tableOf : null;
            // The introduction dates the rows as the text around it does, not as the text around the last row.
            if (introducedRow is not null)
                agreements.AddRange(_agreements.ExtractRow(s.Text, introducedRow, Context(listRow ? i : tableIntro is not null ? tableIntroAt : sectionIntroAt)));
            // An item of a list introduced by "the following were signed:" names a document; any other item is read as a sentence.
            else if (s.Unit.IsListItem && s.Unit.ListIntro is { } intro && IntroducesSigned(intro))
                agreements.AddRange(_agreements.ExtractListItem(s.Text, intro, Context(i)));
            else if (signs || AgreementExtractor.MentionsSigning(s.Tokens)) agreements.AddRange(_agreements.Extract(s.Text, Context(i)));
            // "… with the signing of three memoranda. … The new documents are a memorandum on X; a memorandum on Y."
            else if (i - lastSigning <= 3 && !AgreementVocabulary.SaysNotYetSigned(s.Tokens)
                && (AgreementExtractor.NamesSeveralDocuments(s.Text)
                    || StillUnnamed(facts.Units[lastSigning], agreements.Count - namedBySigning) && AgreementExtractor.NamesOneDocument(s.Text)))
                agreements.AddRange(_agreements.ExtractListItem(s.Text, facts.Units[lastSigning].Text, Context(i)));
            // "Law No. 269 «On the ratification of the Convention between … on the avoidance of double taxation». The convention
            // was signed in Almaty on 13 November 1997.": a document signed under its kind alone is the one the sentence
            // before named by its subject.
            // A row's document cell is the whole name its table gives it.
            for (var k = earlier; k < agreements.Count && introducedRow is null; k++)
                if (Storage.AgreementIdentity.NamesNoSubject(agreements[k].Title) && (NamedEarlierIn(s.Text, agreements[k]) ?? NamedJustBefore(facts, i, agreements[k].Kind)) is { } title)
                    agreements[k] = agreements[k] with { Title = title };
            while (draftedAt.Count < agreements.Count) draftedAt.Add(i);
            // "… proposed that the next step be the signing of a memorandum. The memorandum has not yet been signed.": what the
            // sentences just before drafted of that kind was a proposal or a plan, not a signing.
            if (agreements.Count == earlier && Withdrawn(s, agreements, draftedAt, i) > 0) (lastSigning, namedBySigning) = (-10, agreements.Count);
            if (signs) (lastSigning, namedBySigning) = (i, agreements.Count);
            // The rows of a table go on under its introduction; any other sentence ends it, or opens the next one with a colon.
            if (introducedRow is null) (tableIntro, tableIntroAt) = s.Text.TrimEnd().EndsWith(':') && IntroducesSigned(s.Text) ? (s.Text, i) : (null, -1);
            // "… was ratified by Law No. 45 of 3 May 2012": a later event of an agreement, never a second signing.
            // An item of a legal database's "Related documents" list is a document of its own: what it names is of no other
            // sentence's agreement, and what another sentence tells is never of it.
            // The list runs on to the next heading: its items' lines may stand as paragraphs of their own.
            var related = inRelated || s.Unit.ListIntro is { } listedUnder && ListIntroducesRelated(listedUnder, ref listRead);
            if (!inRelated && AgreementWords.IntroducesRelated(s.Tokens)) (inRelated, related) = (true, true);
            if (related) for (var k = earlier; k < agreements.Count; k++) relatedDrafts.Add(agreements[k]);
            var (told, toldEarlier) = related || relatedDrafts.Count == 0 ? (agreements, earlier) : WithoutRelated(agreements, earlier, relatedDrafts);
            foreach (var milestone in AgreementMilestones.Read(s, told, toldEarlier, doc.Published, own.Draft, related))
                if (!milestones.Exists(m => m.Kind == milestone.Kind && m.Label == milestone.Label && m.Start == milestone.Start))
                    milestones.Add(milestone);
            if (bill is null && i < BillHeadingReach) bill = AgreementMilestones.BillSubject(s);
            else if (bill is { } ofBill && !related && AgreementMilestones.Enacted(s, ofBill, told, doc.Published) is { } law
                && !milestones.Exists(m => m.Kind == law.Kind && m.Label == law.Label && m.Start == law.Start))
                milestones.Add(law);
        }
        if (own.Draft is { } ownDraft)
        {
            agreements.Insert(0, ownDraft);
            if (Signing(own.Text, ownDraft, doc.Paragraphs) is { } signing) milestones.Add(signing);
        }
        // A document that tells of one signing twice (a background paragraph that recurs, a summary and then a list) reports it once.
        var distinct = agreements.DistinctBy(a => (a.Kind, a.Title.ToUpperInvariant(), a.Signed, string.Join('|', a.Parties.Select(p => p.EntityId ?? p.Name)))).ToList();
        var merged = new List<(AgreementDraft Bare, AgreementDraft Named)>();
        var kept = WithoutRepeats(Once(distinct), merged);
        return (kept, merged.Count == 0 ? milestones : Relabelled(milestones, merged, kept));
    }

    static bool ListIntroducesRelated(string intro, ref (string? Intro, bool Related) read)
    {
        if (!ReferenceEquals(read.Intro, intro)) read = (intro, AgreementWords.IntroducesRelated(intro));
        return read.Related;
    }

    // A bill's page names it in its heading, among its first lines.
    const int BillHeadingReach = 3;

    /// <summary>The agreements drafted so far without those of related-documents items, and how many of them came before this sentence.</summary>
    static (List<AgreementDraft>, int) WithoutRelated(List<AgreementDraft> agreements, int earlier, HashSet<AgreementDraft> related)
    {
        var kept = new List<AgreementDraft>(agreements.Count);
        var before = 0;
        for (var k = 0; k < agreements.Count; k++)
        {
            if (related.Contains(agreements[k])) continue;
            kept.Add(agreements[k]);
            if (k < earlier) before++;
        }
        return (kept, before);
    }

    // How many paragraphs under the final clause a signature block may take (heads, names, posts, a note of those present).
    const int BlockParagraphs = 8;

    /// <summary>
    /// The signing of the agreement a text is, with who signed it for each side as its signature block names them
    /// (<see cref="SignatureColumns"/>), dated and placed by its final clause; null when the block names no signer.
    /// </summary>
    static EventDraft? Signing(AgreementText.Own text, AgreementDraft agreement, IReadOnlyList<string> paragraphs)
    {
        int at = -1, end = -1;
        for (var p = paragraphs.Count - 1; p >= 0 && at < 0; p--)
            if (EndOfClause(paragraphs[p], text.Clause) is >= 0 and var e) (at, end) = (p, e);
        if (at < 0) return null;
        var lines = paragraphs[at][end..].Split('\n')
            .Concat(paragraphs.Skip(at + 1).Take(BlockParagraphs).SelectMany(p => p.Split('\n').Append("")))
            .ToList();
        var signers = SignatureColumns.Read(lines);
        if (signers.Count == 0) return null;
        var actors = signers.Select(x => new EventActor(x.Name, null, x.Country, "signatory", x.Post)).ToList();
        var evidence = string.Join("\n", signers.Select(x => $"{x.Side}: {x.Name}" + (x.Post is null ? "" : $", {x.Post}")));
        return new EventDraft(EventKinds.Signing, agreement.Title, actors, [], text.Place, text.Signed, null, EventStatuses.Held,
            null, null, null, null, null, evidence);
    }

    /// <summary>
    /// Where the final clause ends in a paragraph that holds it, or -1: the clause is read as one line ("… in the English
    /// language."), the paragraph keeps the line breaks of its page ("… in the English\nlanguage.").
    /// </summary>
    static int EndOfClause(string paragraph, string clause)
    {
        for (var start = paragraph.IndexOf(clause[0], StringComparison.Ordinal); start >= 0; start = paragraph.IndexOf(clause[0], start + 1))
        {
            int p = start, c = 0;
            while (p < paragraph.Length && c < clause.Length)
            {
                if (char.IsWhiteSpace(clause[c]) && char.IsWhiteSpace(paragraph[p]))
                {
                    while (c < clause.Length && char.IsWhiteSpace(clause[c])) c++;
                    while (p < paragraph.Length && char.IsWhiteSpace(paragraph[p])) p++;
                }
                else if (clause[c] == paragraph[p]) (p, c) = (p + 1, c + 1);
                else break;
            }
            if (c == clause.Length) return p;
        }
        return -1;
    }

    /// <summary>
    /// Withdraws the agreements of the kind a denial names ("Меморандумът все още не е подписан") drafted from the
    /// <see cref="NamedReach"/> sentences before it; how many.
    /// </summary>
    static int Withdrawn(SentenceFacts s, List<AgreementDraft> agreements, List<int> draftedAt, int at)
    {
        if (!AgreementWords.Denials.IsMatch(s.Tokens) || AgreementExtractor.KindsIn(s.Text) is not { Count: > 0 } kinds) return 0;
        var removed = 0;
        for (var k = agreements.Count - 1; k >= 0 && at - draftedAt[k] <= NamedReach; k--)
            if (draftedAt[k] < at && Names(kinds, agreements[k].Kind))
            {
                agreements.RemoveAt(k);
                draftedAt.RemoveAt(k);
                removed++;
            }
        return removed;
    }

    // A loop, not a lambda: a lambda over the method's arguments costs every sentence an object, denial or not.
    static bool Names(List<(string Kind, int Index)> kinds, string kind)
    {
        foreach (var named in kinds)
            if (named.Kind == kind) return true;
        return false;
    }

    // How far back a document named by its kind alone is looked for: a few sentences, in the same section (a news item
    // names the treaty in its first paragraph and says when it was signed in the next: "Recall that the agreement was signed …").
    const int NamedReach = 3;

    /// <summary>The title the same sentence gave the document before it named it by its kind alone ("… «О ратификации Конвенции …». Конвенция подписана …" read as one).</summary>
    static string? NamedEarlierIn(string sentence, AgreementDraft bare) =>
        sentence.IndexOf(bare.Evidence, StringComparison.Ordinal) is > 0 and var at ? AgreementExtractor.NamedTitle(sentence[..at], bare.Kind) : null;

    /// <summary>The title of a document of <paramref name="kind"/> a sentence shortly before unit <paramref name="i"/> names with its subject, under the same heading.</summary>
    static string? NamedJustBefore(DocumentFacts facts, int i, string kind)
    {
        for (var j = i - 1; j >= 0 && j >= i - NamedReach; j--)
        {
            if (facts.Units[j].Unit.Kind == UnitKind.Heading) return null;
            if (AgreementExtractor.NamedTitle(facts.Units[j].Text, kind) is { } title) return title;
        }
        return null;
    }

    /// <summary>
    /// A document that names one paper twice in other words ("a memorandum on X between A and B", then "a memorandum of
    /// understanding on X between A and B") reports one agreement: the store keeps one record per agreement a document
    /// reports, so two drafts would be two records. The first name stays (a later ratification is labelled with a name told
    /// before it), with what either report dates and places.
    /// </summary>
    static List<AgreementDraft> Once(List<AgreementDraft> agreements)
    {
        if (agreements.Count < 2) return agreements;
        var kept = new List<AgreementDraft>(agreements.Count);
        foreach (var a in agreements)
        {
            var at = kept.FindIndex(k => Storage.AgreementIdentity.SameDocumentTold(k, a));
            if (at < 0) { kept.Add(a); continue; }
            kept[at] = kept[at] with { Signed = Storage.AgreementIdentity.Finer(kept[at].Signed, a.Signed), Place = kept[at].Place ?? a.Place };
        }
        return kept;
    }

    /// <summary>
    /// "The sides signed a memorandum of understanding. … The memorandum was signed by …": a document named again by its
    /// kind alone, when the document reports one other of that kind that can be it (the same day, parties that can be the
    /// same), is that one, not a second; of two such names the fuller stays.
    /// </summary>
    static List<AgreementDraft> WithoutRepeats(List<AgreementDraft> agreements, List<(AgreementDraft Bare, AgreementDraft Named)> merged)
    {
        if (agreements.Count < 2) return agreements;
        var kept = new List<AgreementDraft>(agreements);
        foreach (var bare in agreements.Where(a => Storage.AgreementIdentity.NamesNoSubject(a.Title)).OrderBy(a => a.Title.Length))
        {
            if (!kept.Exists(k => ReferenceEquals(k, bare))) continue;
            var others = kept.Where(o => !ReferenceEquals(o, bare) && o.Kind == bare.Kind
                && (o.Signed is null || bare.Signed is null || Storage.AgreementIdentity.SameDay(o.Signed, bare.Signed))
                && Storage.AgreementIdentity.Parties(o.Parties, bare.Parties) != Storage.AgreementIdentity.PartyFit.Different).ToList();
            if (others is not [var named] || !(named.Title.Length >= bare.Title.Length || !Storage.AgreementIdentity.NamesNoSubject(named.Title))) continue;
            kept.Remove(bare);
            merged.Add((bare, named));
            // What only the repeat tells (the day, the city) completes the one it repeats.
            var at = kept.IndexOf(named);
            kept[at] = named with { Signed = named.Signed ?? bare.Signed, Place = named.Place ?? bare.Place };
        }
        return kept;
    }

    /// <summary>
    /// "Комитет отмечает, что Соглашение было подписано …. … Соглашение вступило в силу 20 августа 2001 года": a later step told
    /// of a document named again by its kind alone is of the document that name was found to repeat — labelled with its name
    /// and its parties, not the bare kind's (which no record keeps).
    /// </summary>
    static List<EventDraft> Relabelled(List<EventDraft> milestones, List<(AgreementDraft Bare, AgreementDraft Named)> merged, List<AgreementDraft> kept)
    {
        var result = new List<EventDraft>(milestones.Count);
        foreach (var m in milestones)
        {
            var name = m.Label.IndexOf(" — ", StringComparison.Ordinal) is > 0 and var cut ? m.Label[..cut] : m.Label;
            var into = kept.Exists(k => k.Title == name) ? null : merged.FirstOrDefault(p => p.Bare.Title == name).Named;
            if (into is null) { result.Add(m); continue; }
            var relabelled = m with { Label = into.Title + m.Label[name.Length..], Actors = [.. into.Parties.Select(p => new EventActor(p.Name, p.EntityId, p.Country, "party"))] };
            if (!result.Exists(r => r.Kind == relabelled.Kind && r.Label == relabelled.Label && r.Start == relabelled.Start)) result.Add(relabelled);
        }
        return result;
    }

    static bool IntroducesSigned(string intro) =>
        AgreementExtractor.StatesSigning(intro) || AgreementWords.Any(AgreementWords.Exchange, intro) && !AgreementVocabulary.SaysNotYetSigned(intro);

    /// <summary>
    /// "Five documents were signed: they cover transport, diplomacy … The most important is the memorandum on the
    /// Trans-Caspian corridor": a signing that counted its documents without naming any leaves them to the sentences after it.
    /// </summary>
    /// <remarks>Counted as "documents": "Participants signed 11 commercial contracts" leaves no memorandum to name later.</remarks>
    static bool StillUnnamed(SentenceFacts signing, int namedSince) =>
        namedSince == 0 && EventWords.CountedDocuments.First(signing.Tokens) is { } counted
        && AgreementWords.StartsWithDocumentWord(signing.Tokens[counted.LastToken].Folded);

    /// <summary>"the Bulgarian National Assembly", "Народното събрание на България": the country the document writes a name with.</summary>
    static string? CountryNamedWith(DocumentFacts facts, string name)
    {
        if (name.Length < 3) return null;
        foreach (var u in facts.Units)
            for (var at = u.Text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = u.Text.IndexOf(name, at + name.Length, StringComparison.OrdinalIgnoreCase))
            {
                var i = u.Tokens.IndexAt(at);
                if (i > 0 && Gazetteer.IsCountryWordFolded(u.Tokens[i - 1].Folded)) return Gazetteer.FirstCountry(u.Tokens, u.Tokens[i - 1].Start, at);
                // "National Assembly of Bulgaria": a short word, then the country.
                var j = u.Tokens.IndexAt(at + name.Length);
                // "Kazpost and Bulgarian Posts" joins two names: "and" is no "of".
                if (j + 1 < u.Tokens.Count && u.Tokens[j].Length <= 3 && Gazetteer.IsCountryWordFolded(u.Tokens[j + 1].Folded)
                    && !AgreementVocabulary.PartySeparator.IsMatch(u.Text.AsSpan(u.Tokens[j].Start - 1, u.Tokens[j].Length + 2)))
                    return Gazetteer.FirstCountry(u.Tokens, u.Tokens[j + 1].Start, u.Tokens[j + 1].End);
            }
        return null;
    }

    /// <summary>The two countries a document names most, for signings whose parties are "the two countries" or "the sides".</summary>
    /// <remarks>Counted in loops, in the order the countries are first named (the first named wins a tie).</remarks>
    static List<Model.Party> DocumentCountries(DocumentFacts facts)
    {
        // Kazakhstan and Bulgaria are named by their demonyms too ("a Kazakh–Bulgarian round table", "Bulgarian icons"),
        // which the gazetteer knows as cues, not places: counted, a page about them is not about China mentioned twice.
        var named = new List<(Model.Entity Country, int Times)>();
        void Count(Model.Entity country)
        {
            for (var at = 0; at < named.Count; at++)
                if (named[at].Country.Id == country.Id)
                {
                    named[at] = (named[at].Country, named[at].Times + 1);
                    return;
                }
            named.Add((country, 1));
        }
        foreach (var u in facts.Units)
        {
            for (var k = 0; k < u.Spans.Count; k++)
                if (u.Spans[k].Entity is { Type: "country", Country: null } entity) Count(entity);
            foreach (var cue in Gazetteer.CountryCueMatches(u.Tokens, 0, u.Text.Length))
                if (Gazetteer.CountryOfCode(cue.Tag) is { } country) Count(country);
        }
        if (named.Count < 2) return [];
        var first = 0;
        for (var i = 1; i < named.Count; i++)
            if (named[i].Times > named[first].Times) first = i;
        var second = first == 0 ? 1 : 0;
        for (var i = second + 1; i < named.Count; i++)
            if (i != first && named[i].Times > named[second].Times) second = i;
        return [.. new[] { named[first].Country, named[second].Country }.Select(c => new Model.Party(c.Name, c.Country, c.Id)).OrderBy(p => p.Country, StringComparer.Ordinal)];
    }
}
