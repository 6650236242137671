using System.Text;
using System.Text.RegularExpressions;
using Bot.Answering.Composing;
using Bot.Answering.Localization;
using Bot.Answering.Reading;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Model;
using Bot.Knowledge.Search;
using Bot.Knowledge.Text;

namespace Bot.Answering.Agreements;

/// <summary>
/// "Which Kazakh law ratified the 1999 investment agreement?", "Каким документом казахстанская сторона утвердила
/// соглашение …?", "Кога е ратифицирано споразумението?": the act that ratified or approved the one agreement asked, as the
/// documents reporting that agreement name it with its number ("Законом Республики Казахстан от 15 мая 2001 года N 202-II",
/// "Постановление … № 969") — a legal database's note over its text, a report's sentence, a related list's own item. An act
/// of another agreement on the same page is never its; the side asked ("казахстанская сторона", "Kazakh law") keeps only the
/// acts of that country. Null when no act of that agreement is stored: the sentences are read instead.
/// </summary>
public sealed partial class RatificationAnswerer(AgreementReader agreements, EventReader events)
{
    static readonly IReadOnlySet<string> Acts = new HashSet<string>(["ratify", "approve", "decree"], StringComparer.Ordinal);
    static readonly IReadOnlySet<string> EntersForce = new HashSet<string>(["enter_force"], StringComparer.Ordinal);

    // How far a country word may stand from the act's word to say whose act is asked ("Kazakh law", "закон Республики Казахстан").
    const int SideReach = 2;

    public Answer? Answer(Question q, EntityIndex entities)
    {
        if (!q.AsksAfterSigning || !AsksAct(q) || !Lexicon.DomainLexicon.Default.NamesAny(q.Text, Acts) || Lexicon.DomainLexicon.Default.NamesAny(q.Text, EntersForce)) return null;
        var stated = events.OfKind(EventKinds.Ratification).Where(e => AgreementEvents.ActOf(e) is not null).ToList();
        if (stated.Count == 0) return null;
        var all = agreements.All();
        if (AgreementTextAnswerer.One(q, AgreementMatcher.Match(q, all, entities)) is not { } agreement) return null;
        var side = AskedSide(q);
        var acts = stated.Where(e => AgreementEvents.Of(agreement, e, all) && (side.Count == 0 || Gazetteer.FirstCountry(AgreementEvents.ActOf(e)!) is { } c && side.Contains(c))).ToList();
        if (acts.Count == 0) return null;
        var book = new CitationBook();
        var text = new StringBuilder();
        // One line an act: the same decree in two languages' reports is one act, numbered and dated alike.
        foreach (var act in acts.GroupBy(e => (Number(AgreementEvents.ActOf(e)!), e.Start)))
        {
            var first = act.First();
            var date = first.Start is { } d && !AgreementEvents.ActOf(first)!.Contains(d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                ? ", " + Formats.Date(d, q.Lang, weekday: false) : "";
            text.AppendLine(AgreementEvents.ActOf(first) + date + " " + book.Mark(act.Select(e => e.Source)));
        }
        text.AppendLine(Texts.Get(q.Lang, "evidence"));
        foreach (var e in acts.DistinctBy(e => e.Evidence)) text.AppendLine(QuoteText.Render(e.Evidence, q.Lang, book.Mark(e.Source)));
        return new Answer(text.ToString().TrimEnd(), q.Lang, Composing.Answer.Offline, book.Citations, AnswerKind.Passage, q)
        {
            Focus = new AnswerFocus([agreement.Id], [.. acts.Select(e => e.Source.DocumentId).Distinct()], []),
        };
    }

    static readonly IReadOnlySet<string> Ratifies = new HashSet<string>(["ratify", "approve"], StringComparer.Ordinal);

    /// <summary>
    /// "На коя дата Народното събрание прие закона за ратифициране на споразумението …?", "When did Kazakhstan ratify the
    /// investment agreement?", "Когда казахстанская сторона утвердила соглашение?": the date of each act that ratified or
    /// approved the one agreement asked, as the documents reporting it date the act — never the day the page was
    /// published nor the agreement's signing. A side the question asks (a side word, a country beside the act's word, or
    /// a body of one country — "Народното събрание", "Мажилис") keeps only the acts shown to be that side's: the act's own
    /// issuer ("Законом Республики Казахстан …"), else the one side or body its sentence names outside the agreement's name
    /// ("От казахстанска страна …", "приет от XLI Народно събрание"). Null when no dated act of that agreement and side is
    /// stored: the sentences are read instead.
    /// </summary>
    public Answer? Dated(Question q, EntityIndex entities)
    {
        if (!q.AsksAfterSigning || !(q.Wants(AnswerType.Date) || q.Wants(AnswerType.Year)) || !Lexicon.DomainLexicon.Default.NamesAny(q.Text, Ratifies)
            || Lexicon.DomainLexicon.Default.NamesAny(q.Text, EntersForce)) return null;
        var stated = events.OfKind(EventKinds.Ratification).Where(e => e.Start is not null).ToList();
        if (stated.Count == 0) return null;
        var all = agreements.All();
        if (AgreementTextAnswerer.One(q, AgreementMatcher.Match(q, all, entities)) is not { } agreement) return null;
        var asked = new HashSet<string>(AskedSide(q), StringComparer.Ordinal);
        asked.UnionWith(BodiesNamed(q.Text, entities));
        var acts = stated.Where(e => AgreementEvents.Of(agreement, e, all) && (asked.Count == 0 || SideOf(e, entities) is { } side && asked.Contains(side))).ToList();
        if (acts.Count == 0) return null;
        var book = new CitationBook();
        var text = new StringBuilder();
        foreach (var act in acts.GroupBy(e => (e.Start, AgreementEvents.ActOf(e) is { } a ? Number(a) : null)))
        {
            var first = act.First();
            var named = AgreementEvents.ActOf(first) is { } law ? " — " + law : "";
            text.AppendLine(Formats.Date(first.Start!, q.Lang, weekday: false) + named + " " + book.Mark(act.Select(e => e.Source)));
        }
        text.AppendLine(Texts.Get(q.Lang, "evidence"));
        foreach (var e in acts.DistinctBy(e => e.Evidence)) text.AppendLine(QuoteText.Render(e.Evidence, q.Lang, book.Mark(e.Source)));
        return new Answer(text.ToString().TrimEnd(), q.Lang, Composing.Answer.Offline, book.Citations, AnswerKind.Passage, q)
        {
            Focus = new AnswerFocus([agreement.Id], [.. acts.Select(e => e.Source.DocumentId).Distinct()], []),
        };
    }

    /// <summary>
    /// "Какое соглашение ратифицировал Закон № 301-VI?", "Which agreement did Law No. 188-V ratify?", "Кой договор ратифицира
    /// закон № 71-V?": the agreement a stored act of that number ratified or approved, named as the act's own sentence names
    /// it. Null when the question names no act by its number, or no stored act has it.
    /// </summary>
    public Answer? OfAct(Question q)
    {
        if (!q.AboutAgreements || ActNumber().Match(q.Text) is not { Success: true } asked || !AgreementVocabulary.LawWordsIn(TokenList.Of(q.Text)).Any()) return null;
        var number = asked.Groups["n"].Value;
        var acts = events.OfKind(EventKinds.Ratification)
            .Where(e => AgreementEvents.ActOf(e) is { } act && string.Equals(Number(act), number, StringComparison.OrdinalIgnoreCase)).ToList();
        if (acts.Count == 0) return null;
        var book = new CitationBook();
        var text = new StringBuilder();
        foreach (var named in acts.GroupBy(AgreementEvents.NameOf))
            text.AppendLine(named.Key + " — " + AgreementEvents.ActOf(named.First()) + " " + book.Mark(named.Select(e => e.Source)));
        text.AppendLine(Texts.Get(q.Lang, "evidence"));
        foreach (var e in acts.DistinctBy(e => e.Evidence)) text.AppendLine(QuoteText.Render(e.Evidence, q.Lang, book.Mark(e.Source)));
        return new Answer(text.ToString().TrimEnd(), q.Lang, Composing.Answer.Offline, book.Citations, AnswerKind.Passage, q)
        {
            Focus = new AnswerFocus([], [.. acts.Select(e => e.Source.DocumentId).Distinct()], []),
        };
    }

    /// <summary>The countries of the bodies a text names ("Народното събрание" → BG, "Мажилис" → KZ).</summary>
    static IEnumerable<string> BodiesNamed(string text, EntityIndex entities) =>
        Gazetteer.BodiesNamed(text).Concat(entities.FindSpans(text).Where(s => s.Entity.Type == "institution" && s.Entity.Country is not null).Select(s => s.Entity.Country!));

    /// <summary>
    /// Whose act an event is: the country its act's name gives ("Законом Республики Казахстан"), else the one country its
    /// sentence names as a side or by a body of its own, outside the agreement's name (which names both); null when that is
    /// not one country.
    /// </summary>
    static string? SideOf(Event e, EntityIndex entities)
    {
        if (AgreementEvents.ActOf(e) is { } act && Gazetteer.FirstCountry(act) is { } issuer) return issuer;
        var name = AgreementEvents.NameOf(e);
        var sentence = name.Length > 0 ? e.Evidence.Replace(name, " ", StringComparison.Ordinal) : e.Evidence;
        var sides = new HashSet<string>(SideOfPerson.SidesNamed(sentence), StringComparer.Ordinal);
        sides.UnionWith(BodiesNamed(sentence, entities));
        return sides.Count == 1 ? sides.First() : null;
    }

    /// <summary>
    /// Whether the act is what is asked: "which law", "каким документом", "с кой закон", "қай заңмен" — not what a committee
    /// did with the bill ("Какво предлага Комисията … относно законопроекта за ратифициране …?"), nor when another step was.
    /// </summary>
    static bool AsksAct(Question q)
    {
        var words = Tokenizer.Words(TextNormalizer.Fold(q.Text)).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!AnswerTypeCues.Default.WhichWords.Contains(words[i])) continue;
            for (var j = i + 1; j < words.Count && j <= i + HeadReach; j++)
                if (AgreementVocabulary.IsDocumentWord(words[j]) || AgreementVocabulary.LawWordsIn(TokenList.Of(words[j])).Any()) return true;
        }
        return false;
    }

    // "which Kazakh law", "каким именно документом": the act's word within a few words of the which-word.
    const int HeadReach = 3;

    /// <summary>The country whose act is asked: a side the question names ("казахстанская сторона"), or a country word next to the act's ("Kazakh law").</summary>
    static IReadOnlySet<string> AskedSide(Question q)
    {
        var sides = SideOfPerson.AskedSides(q).Countries;
        if (sides.Count > 0) return sides;
        var tokens = TokenList.Of(q.Text);
        // "Kazakh law", "When did Kazakhstan ratify …", "казахстанская сторона утвердила": a country beside the act's word or its verb.
        var laws = AgreementVocabulary.LawWordsIn(tokens).Concat(AgreementVocabulary.ActVerbsIn(tokens)).ToList();
        var near = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (index, _, country) in Gazetteer.CountryCues(q.Text))
        {
            var at = tokens.IndexAt(index);
            if (laws.Exists(l => at >= l.First - SideReach && at <= l.Last + SideReach)) near.Add(country);
        }
        if (near.Count > 0) return near;
        // "Болгария туризм саласындағы келісімді қашан ратификациялады?", "When did Bulgaria ratify the tourism agreement with
        // Kazakhstan?": the one country named before the agreement is the subject that acted, however far from its verb
        // Kazakh puts it; "the Kazakhstan–Bulgaria agreement" names both and asks neither.
        if (AgreementExtractor.KindsIn(q.Text) is [var (_, kindAt), ..]
            && Gazetteer.CountryCues(q.Text).Where(c => c.Index < kindAt).Select(c => c.Country).Distinct().ToList() is [var subject])
            near.Add(subject);
        return near;
    }

    /// <summary>The act's number ("202-II", "969"), or its whole text when it gives none.</summary>
    static string Number(string act) => ActNumber().Match(act) is { Success: true } m ? m.Groups["n"].Value : act;

    [GeneratedRegex(@"(?:No\.?|№|N)\s*(?<n>\d[\p{L}\p{N}\-–/]*)", RegexOptions.CultureInvariant)]
    private static partial Regex ActNumber();
}
