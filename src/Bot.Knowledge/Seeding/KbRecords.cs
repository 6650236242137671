namespace Bot.Knowledge.Seeding;

// The shapes of the curated knowledge-base files in data/kb (JSON Lines); see data/README.md.

public sealed record KbSource(string Id, string Title, string Url, string? Date, string? Lang);

public sealed record KbParty(string Name, string? Country, string? Entity);

public sealed record KbAgreement(string Kind, string Title, List<KbParty> Parties, string Domain, string? Signed, string? Place);

public sealed record KbFigure(
    string Metric, string? Period, double Value, string? Scale, string Unit, string? Qualifier,
    double? GrowthFactor, double? GrowthPercent, string? ComparedTo, string? Note);

public sealed record KbFact(string Id, string? Topic, string? When, string Text, List<string> Sources, KbAgreement? Agreement, List<KbFigure>? Figures);

public sealed record KbEntity(string Id, string Type, string Name, string? Country, string? Role, List<string>? Aliases);
