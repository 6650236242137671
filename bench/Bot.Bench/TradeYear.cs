namespace Bot.Bench;

/// <summary>One year of the synthetic trade statistics (USD million), plus the running total for the first <see cref="PartMonths"/> months.</summary>
internal sealed record TradeYear(int Year, double Turnover, double Exports, double Imports, double Investment, int PartMonths, double PartTurnover);
