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

    public static readonly SigningContext None = new(null, null, null, []);
}
