namespace Bot.Bench;

/// <summary>An institution or company that can sign a document; <see cref="Fields"/> says which subjects it plausibly signs on.</summary>
internal sealed record Actor(string En, string Ru, string Country, string[] Fields);
