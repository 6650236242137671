namespace Bot.Knowledge.Model;

/// <summary>A signed document between Kazakh and Bulgarian parties, as one record however many sources report it.</summary>
public sealed record Agreement(
    long Id, string Kind, string Title, string Domain, PartialDate? Signed, string? Place,
    IReadOnlyList<Party> Parties, IReadOnlyList<SourceRef> Sources);
