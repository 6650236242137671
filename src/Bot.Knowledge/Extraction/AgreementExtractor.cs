using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// Finds the documents a text says were signed, one draft per document: a semicolon-separated list after
/// "The following memoranda were signed:" yields one agreement per item, each with its parties, domain, date and place.
/// </summary>
public sealed class AgreementExtractor(EntityIndex entities)
{
    public IEnumerable<AgreementDraft> Extract(string sentence, PartialDate? documentDate, string? documentPlace)
    {
        if (!AgreementVocabulary.Signing.IsMatch(sentence) || AgreementVocabulary.NotYetSigned.IsMatch(sentence)) yield break;
        var colon = sentence.IndexOf(':');
        var listPart = colon >= 0 && colon < sentence.Length - 1 ? sentence[(colon + 1)..] : sentence;
        var signed = SigningDate(sentence, documentDate);
        var place = PlaceIn(sentence) ?? documentPlace;
        // "Between Astana and Sofia the following were signed: a memorandum on X; …": the items share the sentence's parties.
        var intro = colon > 0 ? sentence[..colon] : sentence;
        foreach (var item in SplitItems(listPart))
            if (Draft(item, signed, place, intro) is { } draft) yield return draft;
    }

    /// <summary>
    /// The day the text says the documents were signed: its first full date, else the first month or year it states
    /// (kept as a month or year, never widened to the publication date), else the dated document's own day.
    /// </summary>
    static PartialDate? SigningDate(string text, PartialDate? documentDate)
    {
        var dates = DateFinder.Find(text, documentDate);
        return dates.FirstOrDefault(d => d.Start.Day is not null && d.End is null)?.Start
            ?? dates.FirstOrDefault(d => d.End is null)?.Start
            ?? (documentDate is { Day: not null } ? documentDate : null);
    }

    /// <summary>List items that follow a "were signed:" line on their own lines or paragraphs.</summary>
    public IEnumerable<AgreementDraft> ExtractListItem(string item, string signingSentence, PartialDate? documentDate, string? documentPlace)
    {
        var signed = SigningDate(signingSentence, documentDate);
        foreach (var part in SplitItems(item.TrimStart('-', '*', '•', ' ')))
            if (Draft(part, signed, PlaceIn(signingSentence) ?? documentPlace, signingSentence) is { } draft) yield return draft;
    }

    static IEnumerable<string> SplitItems(string text)
    {
        foreach (var raw in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // "a memorandum on X and an agreement on Y" names two documents.
            var starts = AgreementVocabulary.Kinds.SelectMany(k => k.Pattern.Matches(raw).Select(m => m.Index)).Distinct().Order().ToList();
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

    AgreementDraft? Draft(string item, PartialDate? signed, string? place, string intro)
    {
        var (kind, kindAt) = AgreementVocabulary.Kinds.Select(k => (k.Kind, Match: k.Pattern.Match(item))).Where(k => k.Match.Success)
            .OrderBy(k => k.Match.Index).Select(k => (k.Kind, k.Match.Index)).FirstOrDefault();
        if (kind is null) return null;
        var parties = Parties(item);
        if (parties.Count < 2 && intro != item && Parties(intro) is { Count: >= 2 } shared) parties = shared;
        var title = Title(AgreementVocabulary.Signing.Match(item) is { Success: true } verb && verb.Index < kindAt ? NamePart(item[kindAt..]) : item);
        return new AgreementDraft(kind, title, Domain(item, parties), signed, place, parties, item);
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
            .GroupBy(m => m.Entity.Country).Select(g => ToParty(g.First().Entity.Name, g.First().Entity))
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
            var l = Resolve(left);
            var r = Resolve(right);
            var score = (l is null ? 0 : 1) + (r is null ? 0 : 1) + (l is not null && r is not null && l.Id != r.Id ? 1 : 0);
            if (score <= bestScore) continue;
            bestScore = score;
            best = [ToParty(left, l), ToParty(right, r)];
        }
        return best;
    }

    /// <summary>The entity a party's words name, in whatever case they stand ("Софией", "Шымкентом"): the longest name found where it stands.</summary>
    Entity? Resolve(string name) =>
        entities.FindSpans(name).Where(s => s.Entity.Type != "person").MaxBy(s => s.Length)?.Entity ?? entities.Resolve(name);

    static string Clean(string s) =>
        Regex.Replace(Regex.Replace(s, "[\"«»“”]", "").Trim().Trim('.', ','), @"^(?:the|a|an)\s+", "", RegexOptions.IgnoreCase).Trim();

    // A resolved party is named in its base form ("Шымкент", not "Шымкентом").
    static Party ToParty(string name, Entity? entity) =>
        new(entity?.Name ?? name, entity?.Country ?? CountryOf(name), entity?.Id);

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
        return m.Success && Resolve(m.Groups["p"].Value) is { Type: "city" } city ? city.Name : null;
    }
}
