using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// A date found in a text, where it stands and what it means: one day, month or year, or a range ("23–31 July 1994").
/// Relative dates ("yesterday", "в прошлом месяце") are already resolved against the document's date; a date whose
/// year was taken from the document ("26 апреля") is relative too.
/// </summary>
public sealed record DateMention(int Index, int Length, PartialDate Start, PartialDate? End, bool Relative)
{
    public int EndIndex => Index + Length;

    /// <summary>Counted in years from a year stated before it ("two years later"), not from the document's date.</summary>
    public bool Counted { get; init; }

    /// <summary>The whole span as one date when it is a single day, month or year; a range keeps its start.</summary>
    public PartialDate Date => Start;
}
