namespace Bot.Bench;

/// <summary>A city as the articles and questions spell it: English, Russian (nominative, "в …"), Bulgarian, Kazakh.</summary>
internal sealed record City(string En, string Ru, string RuIn, string Bg, string Kk, string Country);
