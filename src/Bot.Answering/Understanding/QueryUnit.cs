namespace Bot.Answering.Understanding;

/// <summary>One thing the question asks about (a word or a named entity) and every key that can stand for it in a text.</summary>
public sealed record QueryUnit(string Label, IReadOnlySet<string> Keys, bool IsEntity)
{
    /// <summary>
    /// A plain word the lexicon does not know and that does not look like a name: when the store lacks it, it is more
    /// likely said in other words or another language than a sign the question is about something the store lacks.
    /// </summary>
    public bool IsLooseWord { get; init; }

    /// <summary>A capitalised word inside the question that no entity matched: the name of someone or somewhere ("Pulev", "Shymkent").</summary>
    public bool IsName { get; init; }

    /// <summary>Part of a person's name ("Rumen", "Радев"), known to the store or read as one from its shape.</summary>
    public bool IsPerson { get; init; }

    /// <summary>
    /// A post written beside a person the question names ("с послом Избастиным", "ambassador Kemelov"): that person's
    /// title, not the post of the one asked for, and no word the answer stands beside.
    /// </summary>
    public bool IsTitle { get; init; }

    /// <summary>
    /// A word of a body's full name that a text read for the question also writes short ("Научно-технический", "союз",
    /// "транспорту" for "НТСТ"/"STUT", see <see cref="Evidence.Abbreviations"/>): the keys of the short form are among its keys.
    /// </summary>
    public bool Shortened { get; init; }
}
