using System.Text.RegularExpressions;

namespace Bot.Knowledge.Extraction;

/// <summary>The words that mark a signed document, its kind and its domain, in English, Russian, Bulgarian and Kazakh.</summary>
public static class AgreementVocabulary
{
    const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    public static readonly (string Kind, Regex Pattern)[] Kinds =
    [
        ("road_map", new Regex(@"\broad\s*map\b|дорожн\w+\s+карт\w*|пътна\w*\s+карта|жол\s+карта\w*", Opts)),
        ("memorandum", new Regex(@"\bmemorand\w*|\bMoU\b|меморандум\w*", Opts)),
        ("convention", new Regex(@"\bconvention\b|конвенци\w*", Opts)),
        ("protocol", new Regex(@"\bprotocol\b|протокол\w*|хаттама\w*", Opts)),
        ("programme", new Regex(@"\bprogram(?:me)?\b|программ\w*|програма\w*|бағдарлама\w*", Opts)),
        ("treaty", new Regex(@"\btreaty\b", Opts)),
        ("agreement", new Regex(@"\bagreement\b|соглашени\w*|договор\w*|споразумени\w*|келісім\w*", Opts)),
    ];

    public static readonly Regex Signing = new(@"\bsign(?:ed|ing|s)?\b|подпис\w*|қол\s+қой\w*|қол\s+қойыл\w*", Opts);

    /// <summary>Plans, hopes and denials: a document that will be signed is not an agreement yet.</summary>
    public static readonly Regex NotYetSigned = new(
        @"\b(?:will|would|shall|may|might|could|to)\s+(?:be\s+)?sign|\bplan\w*\s+to\s+sign|expected\s+to\s+be\s+signed|\bnot\s+(?:yet\s+)?signed|\bintend\w*\s+to\s+sign|предстоит|планиру\w*|будет\s+подписан|будут\s+подписан|не\s+подписан|ще\s+бъд\w+\s+подписан|ще\s+подпиш|не\s+е\s+подписан|қол\s+қойылады|жоспарла",
        Opts);

    public static readonly Regex Between = new(@"\bbetween\s+|\bмежду\s+|\bарасында", Opts);

    /// <summary>Where the parties stop and the subject begins.</summary>
    public static readonly Regex SubjectStart = new(
        @"\s+(?:on|regarding|concerning|in\s+the\s+(?:field|area|sphere)s?\s+of|aimed\s+at|о|об|по|в\s+(?:области|сфере)|за|относно|в\s+областта\s+на)\s+", Opts);

    public static readonly Regex PartySeparator = new(@"\s+(?:and|и|және)\s+|,\s+", Opts);

    public static readonly (string Domain, Regex Pattern)[] Domains =
    [
        ("municipal", new Regex(@"twin|capitals|столиц\w*|sister[\s-]+cit|\bcities\b|\bcity\b|municipal|побратим\w*|город\w*|градове|\bград\w*|қала\w*|mayor", Opts)),
        ("aviation", new Regex(@"air\s+services|aviation|airline|flight|авиа\w*|полет\w*|әуе", Opts)),
        ("transport", new Regex(@"transport|logistic|route|corridor|railway|\bport|transit|транспорт\w*|логист\w*|маршрут\w*|коридор\w*|көлік\w*", Opts)),
        ("tax", new Regex(@"\btax|налог\w*|данъ\w*|данък|салық", Opts)),
        ("investment", new Regex(@"investment|инвестиц\w*|инвестиции", Opts)),
        ("security", new Regex(@"classified|security|secret|секретн\w*|безопасност\w*|сигурност|класифицирана", Opts)),
        ("education", new Regex(@"education|academy|universit|institute|school|training|образован\w*|академи\w*|университет\w*|институт\w*|училищ\w*|білім\w*", Opts)),
        ("culture", new Regex(@"cultur\w*|культур\w*|култур\w*|мәдениет\w*", Opts)),
        ("energy", new Regex(@"energy|\boil\b|\bgas\b|энерг\w*|нефт\w*|енерг\w*|газ\b", Opts)),
        ("health", new Regex(@"health|medic\w*|pharma\w*|здрав\w*|фарма\w*", Opts)),
        ("parliamentary", new Regex(@"parliament|majilis|mazhilis|national\s+assembly|парламент\w*|мажилис\w*|народно\w*\s+събрание", Opts)),
        ("business", new Regex(@"chamber|business|commerce|\btrade\b|палат\w*|бизнес\w*|търговск\w*|сауда|кәсіпкер\w*", Opts)),
    ];
}
