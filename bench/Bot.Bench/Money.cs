using System.Globalization;

namespace Bot.Bench;

/// <summary>Amounts and dates written the way English and Russian news agencies write them.</summary>
internal static class Money
{
    static readonly string[] RuMonths = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    public static string En(double millions) => "$" + millions.ToString("0.#", CultureInfo.InvariantCulture) + " million";

    public static string Ru(double millions) => millions.ToString("0.#", CultureInfo.GetCultureInfo("ru-RU")) + " млн долларов США";

    public static string DateEn(DateOnly d) => $"{d.Day} {EnglishWords.Months[d.Month - 1]} {d.Year}";

    public static string DateRu(DateOnly d) => $"{d.Day} {RuMonths[d.Month - 1]} {d.Year} года";

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
