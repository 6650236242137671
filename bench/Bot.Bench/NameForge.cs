namespace Bot.Bench;

/// <summary>
/// Invents the long tail of proper names real news is full of (firms, managers, villages, projects): rare words make
/// most of an FTS vocabulary, and a corpus without them would make every posting list look alike.
/// </summary>
internal static class NameForge
{
    static readonly string[] KzRoots = ["Kara", "Ak", "Sary", "Alty", "Zhetysu", "Ertis", "Tobol", "Nura", "Ulytau", "Kokshe", "Turan", "Arys", "Balkash", "Ili", "Shu", "Talas", "Emba", "Sayram", "Kaspi", "Batys", "Shygys", "Ontustik", "Kazyna", "Samruk", "Beren", "Aray", "Dala", "Tengri", "Kumis", "Zhas"];
    static readonly string[] BgRoots = ["Rila", "Pirin", "Balkan", "Strandzha", "Rodopi", "Dunav", "Maritsa", "Vitosha", "Tundzha", "Yantra", "Osam", "Iskar", "Struma", "Mesta", "Sakar", "Belasitsa", "Sredna", "Trakia", "Dobrudzha", "Lozen", "Kamchia", "Emine", "Shipka", "Zlatna", "Perun", "Orfei", "Kaliakra", "Madara", "Preslav", "Tarnovo"];
    static readonly string[] Syllables = ["ka", "ra", "zan", "bek", "tal", "mir", "sen", "dor", "vel", "gan", "tur", "lin", "sho", "bai", "rum", "nes", "tor", "zhan", "kul", "dar", "vin", "pol", "ush", "ert", "mak", "sol", "tem", "ber", "kan", "lav"];
    static readonly string[] Trades = ["Agro", "Trans", "Logistics", "Invest", "Energy", "Pharm", "Tech", "Soft", "Trade", "Stroy", "Metal", "Grain", "Solar", "Wine", "Mining", "Foods", "Textile", "Chem", "Motors", "Systems"];
    static readonly string[] KzFirst = ["Aidos", "Nurlan", "Yerlan", "Dana", "Aigerim", "Saule", "Bolat", "Marat", "Askar", "Zhanna", "Daulet", "Gulnara", "Timur", "Madina", "Serik", "Ainur", "Kairat", "Zarina", "Arman", "Aliya"];
    static readonly string[] KzLast = ["Seitkali", "Abenov", "Zhaksybekov", "Nurpeisova", "Omarov", "Sadykova", "Bekov", "Tulegenov", "Ismailova", "Kassenov", "Mukhametov", "Zhunusova", "Baimukhanov", "Yessenova", "Utepov"];
    static readonly string[] BgFirst = ["Ivan", "Georgi", "Dimitar", "Maria", "Elena", "Petar", "Nikolay", "Stoyan", "Desislava", "Tsvetelina", "Krasimir", "Yordanka", "Boyko", "Radostina", "Hristo", "Velislava", "Todor", "Milena", "Kaloyan", "Neli"];
    static readonly string[] BgLast = ["Ivanov", "Georgieva", "Dimitrov", "Petrova", "Stoyanov", "Koleva", "Hristov", "Todorova", "Nikolov", "Angelova", "Marinov", "Yankova", "Popov", "Vasileva", "Kirilov"];
    static readonly string[] Forms = ["LLP", "JSC", "Ltd", "AD", "EOOD", "Group", "Holding", "Corporation"];

    static string Word(Random rng, int syllables)
    {
        var s = string.Concat(Enumerable.Range(0, syllables).Select(_ => rng.One(Syllables)));
        return char.ToUpperInvariant(s[0]) + s[1..];
    }

    public static string Company(Random rng, string country)
    {
        var root = rng.Chance(0.5) ? rng.One(country == "KZ" ? KzRoots : BgRoots) : Word(rng, 2);
        return $"{root}{(rng.Chance(0.5) ? "" : " ")}{rng.One(Trades)} {rng.One(Forms)}";
    }

    public static string Person(Random rng, string country) => country == "KZ"
        ? $"{rng.One(KzFirst)} {(rng.Chance(0.6) ? rng.One(KzLast) : Word(rng, 2) + "ov")}"
        : $"{rng.One(BgFirst)} {(rng.Chance(0.6) ? rng.One(BgLast) : Word(rng, 2) + "ov")}";

    public static string Village(Random rng) => Word(rng, rng.Next(2, 4)) + (rng.Chance(0.5) ? "ovka" : "");

    public static string Project(Random rng) => $"{Word(rng, 2)} {rng.One(Trades)}";
}
