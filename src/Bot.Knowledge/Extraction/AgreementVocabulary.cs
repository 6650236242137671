using System.Text.RegularExpressions;

namespace Bot.Knowledge.Extraction;

/// <summary>The words that mark a signed document, its kind and its domain, in English, Russian, Bulgarian and Kazakh.</summary>
public static partial class AgreementVocabulary
{
    const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static readonly (string Kind, Regex Pattern)[] Kinds =
    [
        ("road_map", RoadMapKind()),
        ("memorandum", MemorandumKind()),
        ("convention", ConventionKind()),
        ("protocol", ProtocolKind()),
        ("programme", ProgrammeKind()),
        ("treaty", TreatyKind()),
        ("agreement", AgreementKind()),
    ];

    public static readonly Regex Signing = SigningPattern();

    /// <summary>Plans, hopes and denials: a document that will be signed is not an agreement yet.</summary>
    public static readonly Regex NotYetSigned = NotYetSignedPattern();

    public static readonly Regex Between = BetweenPattern();

    /// <summary>Where the parties stop and the subject begins.</summary>
    public static readonly Regex SubjectStart = SubjectStartPattern();

    public static readonly Regex PartySeparator = PartySeparatorPattern();

    public static readonly (string Domain, Regex Pattern)[] Domains =
    [
        ("municipal", MunicipalDomain()),
        ("aviation", AviationDomain()),
        ("transport", TransportDomain()),
        ("tax", TaxDomain()),
        ("investment", InvestmentDomain()),
        ("security", SecurityDomain()),
        ("education", EducationDomain()),
        ("culture", CultureDomain()),
        ("energy", EnergyDomain()),
        ("health", HealthDomain()),
        ("parliamentary", ParliamentaryDomain()),
        ("business", BusinessDomain()),
    ];

    [GeneratedRegex(@"\broad\s*map\b|дорожн\w+\s+карт\w*|пътна\w*\s+карта|жол\s+карта\w*", Opts)]
    private static partial Regex RoadMapKind();

    [GeneratedRegex(@"\bmemorand\w*|\bMoU\b|меморандум\w*", Opts)]
    private static partial Regex MemorandumKind();

    [GeneratedRegex(@"\bconvention\b|конвенци\w*", Opts)]
    private static partial Regex ConventionKind();

    [GeneratedRegex(@"\bprotocol\b|протокол\w*|хаттама\w*", Opts)]
    private static partial Regex ProtocolKind();

    [GeneratedRegex(@"\bprogram(?:me)?\b|программ\w*|програма\w*|бағдарлама\w*", Opts)]
    private static partial Regex ProgrammeKind();

    [GeneratedRegex(@"\btreaty\b", Opts)]
    private static partial Regex TreatyKind();

    [GeneratedRegex(@"\bagreement\b|соглашени\w*|договор\w*|споразумени\w*|келісім\w*", Opts)]
    private static partial Regex AgreementKind();

    [GeneratedRegex(@"\bsign(?:ed|ing|s)?\b|подпис\w*|қол\s+қой\w*|қол\s+қойыл\w*", Opts)]
    private static partial Regex SigningPattern();

    [GeneratedRegex(@"\b(?:will|would|shall|may|might|could|to)\s+(?:be\s+)?sign|\bplan\w*\s+to\s+sign|expected\s+to\s+be\s+signed|\bnot\s+(?:yet\s+)?signed|\bintend\w*\s+to\s+sign|предстоит|планиру\w*|будет\s+подписан|будут\s+подписан|не\s+подписан|ще\s+бъд\w+\s+подписан|ще\s+подпиш|не\s+е\s+подписан|қол\s+қойылады|жоспарла", Opts)]
    private static partial Regex NotYetSignedPattern();

    [GeneratedRegex(@"\bbetween\s+|\bмежду\s+|\bарасында", Opts)]
    private static partial Regex BetweenPattern();

    [GeneratedRegex(@"\s+(?:on|regarding|concerning|in\s+the\s+(?:field|area|sphere)s?\s+of|aimed\s+at|о|об|по|в\s+(?:области|сфере)|за|относно|в\s+областта\s+на)\s+", Opts)]
    private static partial Regex SubjectStartPattern();

    [GeneratedRegex(@"\s+(?:and|и|және)\s+|,\s+", Opts)]
    private static partial Regex PartySeparatorPattern();

    [GeneratedRegex(@"twin|capitals|столиц\w*|sister[\s-]+cit|\bcities\b|\bcity\b|municipal|побратим\w*|город\w*|градове|\bград\w*|қала\w*|mayor", Opts)]
    private static partial Regex MunicipalDomain();

    [GeneratedRegex(@"air\s+services|aviation|airline|flight|авиа\w*|полет\w*|әуе", Opts)]
    private static partial Regex AviationDomain();

    [GeneratedRegex(@"transport|logistic|route|corridor|railway|\bport|transit|транспорт\w*|логист\w*|маршрут\w*|коридор\w*|көлік\w*", Opts)]
    private static partial Regex TransportDomain();

    [GeneratedRegex(@"\btax|налог\w*|данъ\w*|данък|салық", Opts)]
    private static partial Regex TaxDomain();

    [GeneratedRegex(@"investment|инвестиц\w*|инвестиции", Opts)]
    private static partial Regex InvestmentDomain();

    [GeneratedRegex(@"classified|security|secret|секретн\w*|безопасност\w*|сигурност|класифицирана", Opts)]
    private static partial Regex SecurityDomain();

    [GeneratedRegex(@"education|academy|universit|institute|school|training|образован\w*|академи\w*|университет\w*|институт\w*|училищ\w*|білім\w*", Opts)]
    private static partial Regex EducationDomain();

    [GeneratedRegex(@"cultur\w*|культур\w*|култур\w*|мәдениет\w*", Opts)]
    private static partial Regex CultureDomain();

    [GeneratedRegex(@"energy|\boil\b|\bgas\b|энерг\w*|нефт\w*|енерг\w*|газ\b", Opts)]
    private static partial Regex EnergyDomain();

    [GeneratedRegex(@"health|medic\w*|pharma\w*|здрав\w*|фарма\w*", Opts)]
    private static partial Regex HealthDomain();

    [GeneratedRegex(@"parliament|majilis|mazhilis|national\s+assembly|парламент\w*|мажилис\w*|народно\w*\s+събрание", Opts)]
    private static partial Regex ParliamentaryDomain();

    [GeneratedRegex(@"chamber|business|commerce|\btrade\b|палат\w*|бизнес\w*|търговск\w*|сауда|кәсіпкер\w*", Opts)]
    private static partial Regex BusinessDomain();
}
