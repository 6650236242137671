using System.Text.RegularExpressions;

namespace Bot.Answering.Understanding;

/// <summary>Which figure a question asks for, in any of the four languages; the more specific metric wins.</summary>
public static class MetricDetector
{
    const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    static readonly (string Metric, Regex Pattern)[] Metrics =
    [
        ("companies_kz_in_bg", new Regex(@"(?:compan|firm|компани|фирм)\w*.{0,40}(?:kazakh|казах|казахстанск|қазақ)\w*\s+(?:capital|капитал)\w*", Opts)),
        ("companies_bg_in_kz", new Regex(@"\bcompan\w*|\bfirms?\b|компани\w*|фирм\w*|компания\w*|кәсіпорын\w*", Opts)),
        ("crude_oil_exports", new Regex(@"(?:crude|oil|нефт\w*|петрол\w*|мұнай\w*).{0,30}(?:export|экспорт|износ)\w*|(?:export|экспорт|износ)\w*.{0,30}(?:crude|oil|нефт|петрол|мұнай)\w*", Opts)),
        ("oil_share_burgas", new Regex(@"(?:share|proportion|дол[яи]|дял|үлес)\w*.{0,40}(?:oil|нефт|петрол|мұнай)\w*", Opts)),
        ("refinery_bid", new Regex(@"refiner\w*|нпз|рафинерия\w*|мөз", Opts)),
        ("direct_investment", new Regex(@"direct\s+investment|прям\w+\s+инвестиц\w*|преки\s+инвестиции|тікелей\s+инвестиция\w*", Opts)),
        ("joint_projects_value", new Regex(@"joint\s+projects?\s+(?:worth|value|under)|совместн\w+\s+проект\w*\s+на\s+сумму", Opts)),
        ("investment", new Regex(@"\binvest(?:ment|ments|ed|s|ing)?\b|инвестиц\w*|инвестиции|инвестиция\w*", Opts)),
        ("exports", new Regex(@"\bexport\w*|экспорт\w*|износ\w*", Opts)),
        ("imports", new Regex(@"\bimport\w*|импорт\w*|внос\w*", Opts)),
        ("bulgarian_population", new Regex(@"(?:how\s+many|number\s+of|сколько|колко|қанша)\s+(?:ethnic\s+)?(?:bulgarians|болгар|българи|болгарлар)\w*|(?:bulgarian|болгарск|българск)\w*\s+(?:community|diaspora|population|общин|диаспор|общност)\w*", Opts)),
        ("flights_per_week", new Regex(@"flights?|рейс\w*|полет\w*|ұшу\w*|рейстер", Opts)),
        ("cultural_centres", new Regex(@"cultural\s+cent\w*|культурн\w+\s+центр\w*|културн\w+\s+центр\w*|мәдени\s+орталы\w*", Opts)),
        ("turnover", new Regex(@"turnover|\btrade\b|товарооборот\w*|торговл\w*|торгов\w+\s+оборот|стокообмен\w*|търговия\w*|търговск\w+\s+обмен|тауар\s+айналым\w*|сауда\w*", Opts)),
    ];

    public static string? Detect(string question)
    {
        foreach (var (metric, pattern) in Metrics)
            if (pattern.IsMatch(question)) return metric;
        return null;
    }
}
