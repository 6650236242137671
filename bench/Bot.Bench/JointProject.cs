namespace Bot.Bench;

/// <summary>A joint venture or investment project with its partner companies, its city and its announced cost (USD million).</summary>
internal sealed record JointProject(string Name, string Facility, City City, string KzCompany, string BgCompany, double Cost, int Year);
