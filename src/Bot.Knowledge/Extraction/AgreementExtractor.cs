using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// Finds the documents a text says were signed, one draft per document: a semicolon-separated list after
/// "The following memoranda were signed:" yields one agreement per item, each with its parties, domain, date and place.
/// </summary>
public sealed class AgreementExtractor(EntityIndex entities)
{
    /// <summary>The documents a sentence says were signed.</summary>
    public IEnumerable<AgreementDraft> Extract(string sentence, SigningContext context)
    {
        if (!AgreementVocabulary.Signing.IsMatch(sentence) || AgreementVocabulary.NotYetSigned.IsMatch(sentence)) yield break;
        // "… were signed: a memorandum on X; an agreement on Y" lists its documents after the colon; a colon before a
        // clause that names none ("… signed a memorandum: the mayors put their signatures …") ends no introduction.
        var colon = sentence.IndexOf(':');
        var listed = colon >= 0 && colon < sentence.Length - 1 && KindsIn(sentence[(colon + 1)..]).Count > 0;
        var listPart = listed ? sentence[(colon + 1)..] : sentence;
        var signed = SigningDate(sentence, context);
        var place = PlaceIn(sentence) ?? context.Place;
        // "Between Astana and Sofia the following were signed: a memorandum on X; …": the items share the sentence's parties.
        var intro = listed ? sentence[..colon] : sentence;
        foreach (var item in SplitItems(listPart))
            if (Draft(item, signed, place, intro, context, documentWord: false) is { } draft) yield return draft;
    }

    /// <summary>
    /// The day the text says the documents were signed: its first full date, else the first month or year it states
    /// (kept as a month or year, never widened to the publication date), else the day or month the text around it is about,
    /// else the dated document's own day.
    /// </summary>
    static PartialDate? SigningDate(string text, SigningContext context)
    {
        var dates = DateFinder.Find(text, context.DocumentDate);
        return dates.FirstOrDefault(d => d.Start.Day is not null && d.End is null)?.Start
            ?? dates.FirstOrDefault(d => d.End is null)?.Start
            ?? (context.ContextDate is { Month: not null } ? context.ContextDate : null)
            ?? (context.DocumentDate is { Day: not null } ? context.DocumentDate : null);
    }

    /// <summary>
    /// The items of a list a signing introduces ("The following documents were signed:"), on their own lines or in the
    /// sentence after it ("The new documents are a memorandum on X; a memorandum on Y"): an item may name its paper only
    /// as a "document".
    /// </summary>
    public IEnumerable<AgreementDraft> ExtractListItem(string item, string signingSentence, SigningContext context)
    {
        var signed = SigningDate(signingSentence, context);
        foreach (var part in SplitItems(item.TrimStart('-', '*', '•', ' ')))
            if (Draft(part, signed, PlaceIn(signingSentence) ?? context.Place, signingSentence, context, documentWord: true) is { } draft) yield return draft;
    }

    /// <summary>Where each document kind word stands in the text, in order; words naming a group ("memoranda") are left out.</summary>
    public static List<(string Kind, int Index)> KindsIn(string text) =>
        AgreementVocabulary.Kinds.SelectMany(k => k.Pattern.Matches(text).Select(m => (k.Kind, m.Index)))
            .Where(k => !AgreementWords.IsGroupAt(text, k.Index))
            .GroupBy(k => k.Index).Select(g => g.First()).OrderBy(k => k.Index).ToList();

    static IEnumerable<string> SplitItems(string text)
    {
        foreach (var raw in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // "a memorandum on X and an agreement on Y" names two documents.
            var starts = KindsIn(raw).Select(k => k.Index).ToList();
            if (starts.Count <= 1) { yield return raw; continue; }
            for (var i = 0; i < starts.Count; i++)
            {
                var end = i + 1 < starts.Count ? starts[i + 1] : raw.Length;
                var piece = raw[starts[i]..end];
                piece = Regex.Replace(piece, @"(?:,|\s+and|\s+и|\s+және)?\s+(?:an?|the)?\s*$", "", RegexOptions.IgnoreCase);
                if (i > 0 && BetweenConnects(raw, starts[i])) { yield return raw; break; }
                yield return piece;
            }
        }
    }

    // "memorandum between the Ministry ... and the Protocol Department" — a kind word inside a party name is not a new item.
    // When the parties come first ("between A and B were signed a memorandum on X and a memorandum on Y"), a second kind
    // word after a first one is a second document.
    static bool BetweenConnects(string raw, int secondKind) =>
        AgreementVocabulary.Between.Match(raw) is { Success: true } m && m.Index < secondKind
        && !Regex.IsMatch(raw[m.Index..secondKind], @"[,;]\s*(?:and\s+)?(?:an?\s+)?$")
        && !AgreementVocabulary.Kinds.Any(k => k.Pattern.Match(raw, m.Index + m.Length) is { Success: true } first && first.Index < secondKind);

    AgreementDraft? Draft(string item, PartialDate? signed, string? place, string intro, SigningContext context, bool documentWord)
    {
        // Entry into force and ratification are later events of an agreement already signed, not a signing.
        if (AgreementWords.Any(AgreementWords.InForce, item)) return null;
        var (kind, kindAt) = KindsIn(item).FirstOrDefault();
        if (kind is null && documentWord && AgreementWords.First(AgreementWords.Document, item) is >= 0 and var at) (kind, kindAt) = ("document", at);
        if (kind is null) return null;
        var parties = Parties(item);
        if (parties.Count < 2 && intro != item && Parties(intro) is { Count: >= 2 } shared) parties = shared;
        // "the two countries signed", "стороны подписали": the two countries the document is about.
        if (parties.Count < 2 && context.DocumentParties.Count == 2) parties = [.. context.DocumentParties];
        var named = AgreementVocabulary.Signing.Match(item) is { Success: true } verb && verb.Index < kindAt ? NamePart(item[kindAt..])
            // "The new documents are a memorandum on X": the title begins at the document's kind.
            : Tokenizer.Words(item[..kindAt]).Count() > 3 ? item[kindAt..] : item;
        return new AgreementDraft(kind, Title(named), Domain(item, parties), signed, place, parties, item);
    }

    List<Party> Parties(string item)
    {
        var between = AgreementVocabulary.Between.Match(item);
        if (between.Success)
        {
            var rest = item[(between.Index + between.Length)..];
            rest = Regex.Replace(rest, @"^(?:the\s+)?(?:cities\s+of|city\s+of|towns\s+of|городами|городов|градовете)\s+", "", RegexOptions.IgnoreCase);
            // The parties end where the subject, the signing verb or the name of a document begins.
            var partyText = rest[..PartiesEnd(rest)];
            var split = BestSplit(partyText.TrimEnd('.', ' '));
            if (split is not null) return split;
        }
        // "X and Y signed a memorandum …": the parties are the subject of the signing verb.
        if (AgreementVocabulary.Signing.Match(item) is { Success: true, Index: > 0 } signing)
        {
            var subject = Regex.Replace(item[..signing.Index], @"^.*,\s*", "");
            subject = Regex.Replace(subject, @"\s+(?:have|has|had|jointly|officially|today|also)\s*$", "", RegexOptions.IgnoreCase);
            if (BestSplit(subject) is { } named && named.All(p => p.Country is not null) && named[0].Country != named[1].Country) return named;
        }
        // Otherwise the entities named in the item, one per country; a city is a party only when no institution is named.
        var found = entities.FindIn(item).Where(m => m.Entity.Country is not null && m.Entity.Type != "person").ToList();
        var institutions = found.Where(m => m.Entity.Type != "city").ToList();
        return (institutions.Count > 0 ? institutions : found)
            .GroupBy(m => m.Entity.Country).Select(g => ToParty(g.First().Entity.Name, g.First().Entity, true))
            .OrderBy(p => p.Country, StringComparer.Ordinal).ToList();
    }

    static int PartiesEnd(string rest)
    {
        var end = rest.Length;
        if (AgreementVocabulary.SubjectStart.Match(rest) is { Success: true } subject) end = subject.Index;
        if (AgreementVocabulary.Signing.Match(rest) is { Success: true } verb && verb.Index < end) end = verb.Index;
        foreach (var (_, pattern) in AgreementVocabulary.Kinds)
            if (pattern.Match(rest) is { Success: true, Index: > 0 } kind && kind.Index < end) end = kind.Index;
        return end;
    }

    /// <summary>"memorandum of understanding on rail freight on 20 November 2026 in Sofia, the agency reports" → up to the date or clause.</summary>
    static string NamePart(string fromKind)
    {
        var end = Regex.Match(fromKind, @",|\s+(?:on|in|at)\s+\d{1,2}\s+\p{L}+|\s+(?:on|in)\s+(?:\p{Lu}\p{L}+\s+)?\d{4}|\s+в\s+\d|\s+на\s+\d");
        return end.Success ? fromKind[..end.Index] : fromKind;
    }

    /// <summary>Of every "X and Y" split, the one whose sides both resolve to known entities, else the first.</summary>
    List<Party>? BestSplit(string text)
    {
        List<Party>? best = null;
        var bestScore = -1;
        foreach (Match sep in AgreementVocabulary.PartySeparator.Matches(text))
        {
            var left = Clean(text[..sep.Index]);
            var right = Clean(text[(sep.Index + sep.Length)..]);
            if (left.Length == 0 || right.Length == 0) continue;
            var (l, lWhole) = Resolve(left);
            var (r, rWhole) = Resolve(right);
            var score = (l is null ? 0 : 1) + (r is null ? 0 : 1) + (l is not null && r is not null && l.Id != r.Id ? 1 : 0);
            if (score <= bestScore) continue;
            bestScore = score;
            best = [ToParty(left, l, lWhole), ToParty(right, r, rWhole)];
        }
        return best;
    }

    /// <summary>
    /// The entity a party's words name, in whatever case they stand ("Софией", "Шымкентом"), and whether the name is all
    /// of them: a known name with only lower-case words beside it ("Софией были") is the party itself, one inside a longer
    /// name ("Kazakhstan Temir Zholy") only tells the party's country.
    /// </summary>
    (Entity? Entity, bool Whole) Resolve(string name)
    {
        if (entities.FindSpans(name).Where(s => s.Entity.Type != "person").MaxBy(s => s.Length) is { } span
            && !HasCapitalisedWord(name[..span.Start]) && !HasCapitalisedWord(name[span.End..]))
            return (span.Entity, true);
        return (entities.Resolve(name), false);
    }

    static bool HasCapitalisedWord(string text) =>
        Tokenizer.Words(text).Any(w => char.IsUpper(w[0]));

    static string Clean(string s) =>
        Regex.Replace(Regex.Replace(s, "[\"«»“”]", "").Trim().Trim('.', ','), @"^(?:the|a|an)\s+", "", RegexOptions.IgnoreCase).Trim();

    // A party that is all one known name is named in its base form ("Шымкент", not "Шымкентом").
    static Party ToParty(string name, Entity? entity, bool whole) =>
        new(whole && entity is not null ? entity.Name : name, entity?.Country ?? CountryOf(name), entity?.Id);

    static string? CountryOf(string name) =>
        Regex.IsMatch(name, "kazakh|казах|қазақ", RegexOptions.IgnoreCase) ? "KZ"
        : Regex.IsMatch(name, "bulgar|болгар|българ", RegexOptions.IgnoreCase) ? "BG" : null;

    string Domain(string item, List<Party> parties)
    {
        if (parties.Count >= 2 && parties.All(p => p.EntityId is { } id && entities.Get(id)?.Type == "city")) return "municipal";
        var subject = AgreementVocabulary.SubjectStart.Match(item);
        var scopes = subject.Success ? new[] { item[subject.Index..], item } : new[] { item };
        foreach (var scope in scopes)
            foreach (var (domain, pattern) in AgreementVocabulary.Domains)
                if (pattern.IsMatch(scope)) return domain;
        return "general";
    }

    static string Title(string item)
    {
        var t = Regex.Replace(item.Trim().TrimEnd('.', ';', ','), @"^(?:and\s+)?(?:an?|the)\s+", "", RegexOptions.IgnoreCase);
        return t.Length == 0 ? t : char.ToUpper(t[0], CultureInfo.InvariantCulture) + t[1..];
    }

    string? PlaceIn(string sentence)
    {
        var m = Regex.Match(sentence, @"\b(?:in|в|във|в\s+городе|в\s+град)\s+(?<p>\p{Lu}[\p{L}-]+)");
        return m.Success && Resolve(m.Groups["p"].Value).Entity is { Type: "city" } city ? city.Name : null;
    }
}
