using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Ingestion.Reading.Tables;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// A row of a table of documents ("№ | Document | Signed | Place | Ratified", in a Markdown, HTML or Word table) is a
/// record, not a sentence: each column is one field of the document it lists. Its title is the whole cell that names
/// the document, its date the cell that is all a date (a day, a month of a year, a year), its place the cell that is
/// all a city, or the one cell that holds both ("13 ноября 1997 г., Алматы", "Sofia, 15.09.1999", as a register's
/// "Date and place of signing" column writes them); a column whose header names entry into force or ratification dates
/// a later event, never the signing. Nothing is taken from the rows around it: a row without a date is undated.
/// </summary>
public sealed partial class AgreementExtractor
{
    IEnumerable<AgreementDraft> FromRow(RowFields row, string line, SigningContext context)
    {
        // The row header (the last piece before the cells) is a field too: a table may list its documents there.
        var fields = new List<(string? Header, string Value)>(row.Cells.Count + 1);
        if (row.Lead.Count > 0) fields.Add((null, row.Lead[^1]));
        foreach (var cell in row.Cells) fields.Add((cell.Header, cell.Value));
        var titleAt = fields.FindIndex(f => KindsIn(f.Value).Count > 0);
        if (titleAt < 0) yield break;
        var title = fields[titleAt].Value;
        var kind = KindsIn(title)[0].Kind;
        var signed = RowDate(fields, titleAt, context.DocumentDate, out var dateAt);
        var sides = Sides(fields, titleAt, dateAt, out var sideAt);
        string? place = null;
        for (var i = 0; i < fields.Count && place is null; i++)
        {
            // A city under "Kazakh party" is a side, not where it was signed.
            if (i == titleAt || sideAt.Contains(i)) continue;
            place = i != dateAt && City(fields[i].Value.Split(',')[0]) is { } city ? city
                : DateAndPlace(fields[i].Value, context.DocumentDate) is { } both && (i == dateAt || dateAt < 0 || !SignedElsewhere(fields, i)) ? both.Place : null;
        }
        var parties = Parties(title, context.DocumentDate);
        for (var i = 0; i < fields.Count && parties.Count < 2; i++)
            if (i != titleAt && i != dateAt && fields[i].Header is not null && Parties(fields[i].Value, context.DocumentDate) is { Count: >= 2 } named) parties = named;
        // "Kazakh party: Ministry of Transport; Bulgarian party: Ministry of Transport and Communications": a column per side.
        if (parties.Count < 2 && sides.Count == 2) parties = sides;
        if (parties.Count < 2 && context.DocumentParties.Count == 2) parties = [.. context.DocumentParties];
        parties = WithCountries(parties, context);
        yield return new AgreementDraft(kind, Title(title), Domain(title, parties), signed, place, parties, line);
    }

    /// <summary>
    /// A row of a table that a sentence or heading before it introduces as signed documents ("The following documents were
    /// exchanged:" over "No. | Document | Kazakh party | Bulgarian party"): the row names no signing itself, and the
    /// introduction dates and places a row that does not, as it does the items of a list.
    /// </summary>
    public IEnumerable<AgreementDraft> ExtractRow(string line, string intro, SigningContext context)
    {
        if (RowFields.Read(line) is not { } row) yield break;
        foreach (var draft in FromRow(row, line, context))
        {
            var signed = draft.Signed ?? SigningDate(intro, context);
            yield return draft with { Signed = signed, Place = draft.Place ?? PlaceIn(intro) ?? context.PlaceOf(signed) };
        }
    }

    /// <summary>
    /// The row's two sides, one cell each under a header naming a side ("Kazakh party", "Българска страна"): a side is of
    /// the country its header names, whatever its own name tells ("Ministry of Transport").
    /// </summary>
    List<Party> Sides(List<(string? Header, string Value)> fields, int titleAt, int dateAt, out List<int> at)
    {
        var sides = new List<Party>(2);
        at = [];
        for (var i = 0; i < fields.Count; i++)
        {
            if (i == titleAt || i == dateAt || fields[i].Header is not { } header || AgreementWords.PartyHeaders.First(TokenList.Of(header)) is null) continue;
            var name = Clean(fields[i].Value);
            if (name.Length == 0) continue;
            var (entity, whole) = Resolve(name);
            var party = ToParty(name, entity, whole);
            // The column's country is the side's: a name read as another country's body ("Көлік … министрлігі") is only its own words.
            if (AgreementVocabulary.CountryOf(header) is { } country && party.Country != country) party = new Party(name, country, null);
            sides.Add(party);
            at.Add(i);
        }
        return sides;
    }

    /// <summary>
    /// The row's signing date: the date of a column whose header names signing, else of the first other column that is
    /// all a date and whose header names no later event (entry into force, ratification).
    /// </summary>
    PartialDate? RowDate(List<(string? Header, string Value)> fields, int titleAt, PartialDate? documentDate, out int at)
    {
        at = -1;
        PartialDate? first = null;
        for (var i = 0; i < fields.Count; i++)
        {
            if (i == titleAt || (WholeDate(fields[i].Value, documentDate) ?? DateAndPlace(fields[i].Value, documentDate)?.Date) is not { } date) continue;
            if (fields[i].Header is { } header)
            {
                if (AgreementWords.Any(AgreementWords.InForce, header)) continue;
                if (AgreementVocabulary.NamesSigning(TokenList.Of(header))) { at = i; return date; }
            }
            if (first is null) (first, at) = (date, i);
        }
        return first;
    }

    /// <summary>The city a cell names when it names nothing else ("Астана", "Sofia").</summary>
    string? City(string value) => Resolve(value.Trim()) is { Entity.Type: "city", Whole: true } city ? city.Entity!.Name : null;

    /// <summary>
    /// A cell that is a date and a city and nothing else, in either order, parted by a comma or with one in brackets:
    /// "13 ноября 1997 г., Алматы", "Sofia, 15.09.1999", "Астана (1 маусым 2011)". A cell with any other words is not one.
    /// </summary>
    (PartialDate Date, string Place)? DateAndPlace(string value, PartialDate? documentDate)
    {
        var parts = value.Split([',', '(', ')'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2) return null;
        for (var first = 0; first < 2; first++)
            if (WholeDate(parts[first], documentDate) is { } date && City(parts[1 - first]) is { } city) return (date, city);
        return null;
    }

    /// <summary>Whether the row dates its signing in another cell than <paramref name="at"/> under a header naming signing: a later event's place is not the signing's.</summary>
    static bool SignedElsewhere(List<(string? Header, string Value)> fields, int at) =>
        fields.Where((f, i) => i != at && f.Header is { } h && AgreementVocabulary.NamesSigning(TokenList.Of(h))).Any();

    /// <summary>
    /// The date a cell holds when it holds nothing else but a year word ("15.09.1999", "2015 ж. қараша", "ноябрь 2015 г.",
    /// "2004"): a cell of words with a date among them ("ratified by the law of 15 May 2001") dates something else.
    /// </summary>
    static PartialDate? WholeDate(string value, PartialDate? documentDate)
    {
        var text = value.Trim();
        if (text.Length == 4 && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            && year is >= 1900 and <= 2100) return new PartialDate(year);
        if (DateFinder.Find(text, documentDate) is not [var date]) return null;
        var rest = TokenList.Of(string.Concat(text.AsSpan(0, date.Index), " ", text.AsSpan(date.EndIndex)));
        for (var i = 0; i < rest.Count; i++)
            if (!DateFinder.IsYearWord(rest[i].Folded)) return null;
        return date.Start;
    }
}
