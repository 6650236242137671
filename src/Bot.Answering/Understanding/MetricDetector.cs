using System.Text.RegularExpressions;

namespace Bot.Answering.Understanding;

/// <summary>Which figure a question asks for, in any of the four languages; the more specific metric wins.</summary>
public static partial class MetricDetector
{
    const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    static readonly (string Metric, Regex Pattern)[] Metrics =
    [
        ("companies_kz_in_bg", CompaniesKzInBgMetric()),
        ("companies_bg_in_kz", CompaniesBgInKzMetric()),
        ("crude_oil_exports", CrudeOilExportsMetric()),
        ("oil_share_burgas", OilShareBurgasMetric()),
        ("refinery_bid", RefineryBidMetric()),
        ("direct_investment", DirectInvestmentMetric()),
        ("joint_projects_value", JointProjectsValueMetric()),
        ("investment", InvestmentMetric()),
        ("exports", ExportsMetric()),
        ("imports", ImportsMetric()),
        ("bulgarian_population", BulgarianPopulationMetric()),
        ("flights_per_week", FlightsPerWeekMetric()),
        ("cultural_centres", CulturalCentresMetric()),
        ("turnover", TurnoverMetric()),
    ];

    public static string? Detect(string question)
    {
        foreach (var (metric, pattern) in Metrics)
            if (pattern.IsMatch(question)) return metric;
        return null;
    }

    [GeneratedRegex(@"(?:compan|firm|компани|фирм)\w*.{0,40}(?:kazakh|казах|казахстанск|қазақ)\w*\s+(?:capital|капитал)\w*", Opts)]
    private static partial Regex CompaniesKzInBgMetric();

    [GeneratedRegex(@"\bcompan\w*|\bfirms?\b|компани\w*|фирм\w*|компания\w*|кәсіпорын\w*", Opts)]
    private static partial Regex CompaniesBgInKzMetric();

    [GeneratedRegex(@"(?:crude|oil|нефт\w*|петрол\w*|мұнай\w*).{0,30}(?:export|экспорт|износ)\w*|(?:export|экспорт|износ)\w*.{0,30}(?:crude|oil|нефт|петрол|мұнай)\w*", Opts)]
    private static partial Regex CrudeOilExportsMetric();

    [GeneratedRegex(@"(?:share|proportion|дол[яи]|дял|үлес)\w*.{0,40}(?:oil|нефт|петрол|мұнай)\w*", Opts)]
    private static partial Regex OilShareBurgasMetric();

    [GeneratedRegex(@"refiner\w*|нпз|рафинерия\w*|мөз", Opts)]
    private static partial Regex RefineryBidMetric();

    [GeneratedRegex(@"direct\s+investment|прям\w+\s+инвестиц\w*|преки\s+инвестиции|тікелей\s+инвестиция\w*", Opts)]
    private static partial Regex DirectInvestmentMetric();

    [GeneratedRegex(@"joint\s+projects?\s+(?:worth|value|under)|совместн\w+\s+проект\w*\s+на\s+сумму", Opts)]
    private static partial Regex JointProjectsValueMetric();

    [GeneratedRegex(@"\binvest(?:ment|ments|ed|s|ing)?\b|инвестиц\w*|инвестиции|инвестиция\w*", Opts)]
    private static partial Regex InvestmentMetric();

    [GeneratedRegex(@"\bexport\w*|экспорт\w*|износ\w*", Opts)]
    private static partial Regex ExportsMetric();

    [GeneratedRegex(@"\bimport\w*|импорт\w*|внос\w*", Opts)]
    private static partial Regex ImportsMetric();

    [GeneratedRegex(@"(?:how\s+many|number\s+of|сколько|колко|қанша)\s+(?:ethnic\s+)?(?:bulgarians|болгар|българи|болгарлар)\w*|(?:bulgarian|болгарск|българск)\w*\s+(?:community|diaspora|population|общин|диаспор|общност)\w*", Opts)]
    private static partial Regex BulgarianPopulationMetric();

    [GeneratedRegex(@"flights?|рейс\w*|полет\w*|ұшу\w*|рейстер", Opts)]
    private static partial Regex FlightsPerWeekMetric();

    [GeneratedRegex(@"cultural\s+cent\w*|культурн\w+\s+центр\w*|културн\w+\s+центр\w*|мәдени\s+орталы\w*", Opts)]
    private static partial Regex CulturalCentresMetric();

    [GeneratedRegex(@"turnover|\btrade\b|товарооборот\w*|торговл\w*|торгов\w+\s+оборот|стокообмен\w*|търговия\w*|търговск\w+\s+обмен|тауар\s+айналым\w*|сауда\w*", Opts)]
    private static partial Regex TurnoverMetric();
}
