using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// What the document around a signing tells about it when the sentence does not: the document's date (for relative
/// dates), the place its dateline names, the day the surrounding text is about ("yesterday's talks"), and the two
/// countries the document is about (for "the two countries signed").
/// </summary>
public sealed record SigningContext(PartialDate? DocumentDate, string? Place, PartialDate? ContextDate, IReadOnlyList<Party> DocumentParties)
{
    /// <summary>The country the document gives a name where it writes it with a country word ("the Bulgarian National Assembly").</summary>
    public Func<string, string?>? CountryNamed { get; init; }

    /// <summary>The city the lead places the news in, for a document without a dateline (see <see cref="PlaceOf"/>).</summary>
    public string? LeadPlace { get; init; }

    /// <summary>
    /// Where a signing the sentence places nowhere took place: the dateline's city, else the lead's city when the signing
    /// is the news (signed within <see cref="NewsDays"/> before the document's date), never for a signing of years before —
    /// not even the dateline's ("Astana, 15 January 2021. … denounced the agreement signed in 1996" was not signed in Astana).
    /// </summary>
    public string? PlaceOf(PartialDate? signed) =>
        IsNews(signed) ? Place ?? LeadPlace : Place is not null && (signed is null || DocumentDate is null) ? Place : null;

    bool IsNews(PartialDate? signed) =>
        signed is { } s && DocumentDate is { } d && s.End >= d.Start.AddDays(-NewsDays) && s.Start <= d.End;

    const int NewsDays = 7;

    public static readonly SigningContext None = new(null, null, null, []);
}
