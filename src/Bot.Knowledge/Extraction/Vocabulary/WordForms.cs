namespace Bot.Knowledge.Extraction.Vocabulary;

/// <summary>
/// A written word folded (<see cref="TokenList"/>), with what the readers of a word work out from it once and keep here:
/// the vocabularies whose phrases may start with it (<see cref="FirstWords"/>) and the keys names are found by
/// (<see cref="Entities.TextWords"/>). One record per word, shared by every sentence the word is in and by every thread; each of
/// its slots is written with an immutable value (two threads working one out at once write equal ones), so a reader on
/// another thread sees a whole value or none.
/// </summary>
internal sealed class WordForms(string folded, string written)
{
    public string Folded { get; } = folded;

    /// <summary>The word as written (the same string as <see cref="Folded"/> when it is written as it folds).</summary>
    public string Written { get; } = written;

    /// <summary>Set by <see cref="FirstWords"/>.</summary>
    public object? Mask { get; set; }

    /// <summary>Set by <see cref="Entities.TextWords"/>.</summary>
    public object? NameKeys { get; set; }

    /// <summary>Set by <see cref="Entities.EntityIndex"/>: the numbers its keys have in the index that read the word last.</summary>
    public object? KeyIds { get; set; }

    /// <summary>Set by <see cref="Entities.NameRules"/>: the surname forms the word may stand for, by language.</summary>
    public object? SurnameBases { get; set; }

    /// <summary>Set by <see cref="Entities.AliasKeys"/>: the keys the word offers a text names are resolved in.</summary>
    public object? TextKeys { get; set; }

    /// <summary>Set by <see cref="TokenList.IndexKeysAt"/>: the word's search-index keys as UTF-8 (<see cref="Text.TermAnalyzer.WordKeyBytes"/>).</summary>
    public byte[]? IndexKeys { get; set; }

    /// <summary>Set by <see cref="TokenList.MonthAt"/>: 0 not worked out yet, -1 no month, else the month the word names.</summary>
    public int Month { get; set; }

    /// <summary>Set by <see cref="Entities.PersonFinder"/>: 0 not worked out yet, 1 a word a personal name may hold, 2 one that ends it.</summary>
    public int NameBreak { get; set; }
}
