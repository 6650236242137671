namespace Bot.Bench;

/// <summary>
/// What "really happened" in the synthetic corpus: trade by year, visits, signing ceremonies and joint projects.
/// Articles report these events (many articles per event, as news does), and questions ask about them, so the
/// answers the bench times are answers the corpus can actually give.
/// </summary>
internal sealed class CooperationWorld
{
    public const int FirstYear = 2005;
    public const int LastYear = 2025;

    static readonly string[] Facilities = ["logistics hub", "grain terminal", "pharmaceutical plant", "solar park", "wind farm", "dry port", "greenhouse complex", "data centre", "winery", "dairy plant", "fertiliser plant", "bus assembly line"];

    public IReadOnlyList<TradeYear> Trade { get; }
    public IReadOnlyList<Visit> Visits { get; }
    public IReadOnlyList<Signing> Signings { get; }
    public IReadOnlyList<JointProject> Projects { get; }

    public CooperationWorld(Random rng)
    {
        Trade = BuildTrade(rng);
        Projects = Enumerable.Range(0, 120).Select(_ => BuildProject(rng)).ToList();
        Visits = Enumerable.Range(0, 180).Select(_ => BuildVisit(rng)).ToList();
        Signings = Enumerable.Range(0, 150).Select(_ => BuildSigning(rng, RandomDate(rng), rng.One(Cast.Cities), occasion: true)).ToList();
    }

    public TradeYear TradeIn(int year) => Trade[Math.Clamp(year - FirstYear, 0, Trade.Count - 1)];

    /// <summary>News volume grows over time: later years get more events.</summary>
    public static DateOnly RandomDate(Random rng)
    {
        var span = LastYear - FirstYear + 1;
        var year = FirstYear + (int)(span * Math.Sqrt(rng.NextDouble()));
        return new DateOnly(Math.Min(year, LastYear), rng.Next(1, 13), rng.Next(1, 29));
    }

    static List<TradeYear> BuildTrade(Random rng)
    {
        var list = new List<TradeYear>();
        var turnover = 40 + rng.NextDouble() * 40;
        for (var year = FirstYear; year <= LastYear; year++)
        {
            turnover = Math.Round(turnover * (0.75 + rng.NextDouble() * 0.7), 1);
            var exports = Math.Round(turnover * (0.55 + rng.NextDouble() * 0.3), 1);
            var months = rng.Next(3, 10);
            var part = Math.Round(turnover * months / 12 * (0.8 + rng.NextDouble() * 0.4), 1);
            list.Add(new TradeYear(year, turnover, exports, Math.Round(turnover - exports, 1), Math.Round(5 + rng.NextDouble() * 60, 1), months, part));
        }
        return list;
    }

    static JointProject BuildProject(Random rng)
    {
        var city = rng.One(Cast.Cities);
        return new JointProject(NameForge.Project(rng), rng.One(Facilities), city, NameForge.Company(rng, "KZ"), NameForge.Company(rng, "BG"),
            Math.Round(3 + rng.NextDouble() * 250, 1), RandomDate(rng).Year);
    }

    static Visit BuildVisit(Random rng)
    {
        var date = RandomDate(rng);
        var city = rng.One(Cast.Cities);
        var guestCountry = city.Country == "KZ" ? "BG" : "KZ";
        var host = rng.One(Cast.InOffice(city.Country, date.Year).ToList());
        // A visitor of the same rank when there is one: presidents meet presidents.
        var peers = Cast.InOffice(guestCountry, date.Year).ToList();
        var guest = peers.FirstOrDefault(o => RankOf(o) == RankOf(host) && rng.Chance(0.7)) ?? rng.One(peers);
        var topics = rng.Several(Cast.Subjects, rng.Next(2, 5));
        var signing = rng.Chance(0.6) ? BuildSigning(rng, date, city, occasion: false, topics) : null;
        return new Visit(date, city, host, guest, topics, signing);
    }

    static string RankOf(Official o) => o.RoleEn.Split(' ')[0];

    static Signing BuildSigning(Random rng, DateOnly date, City city, bool occasion, IReadOnlyList<Subject>? topics = null)
    {
        var items = Enumerable.Range(0, rng.Next(1, 5)).Select(_ => BuildItem(rng, topics is null || rng.Chance(0.3) ? rng.One(Cast.Subjects) : rng.One(topics))).ToList();
        if (rng.Chance(0.1)) items.Add(Twinning(rng));
        var (en, ru) = !occasion ? ("the visit", "визита")
            : rng.Chance(0.5) ? ("the meeting of the Intergovernmental Commission on Economic Cooperation", "заседания межправительственной комиссии по экономическому сотрудничеству")
            : ("the Kazakhstan–Bulgaria business forum", "казахстанско-болгарского бизнес-форума");
        return new Signing(date, city, en, ru, items);
    }

    static AgreementItem BuildItem(Random rng, Subject subject)
    {
        var (kzEn, kzRu) = Signatory(rng, subject, "KZ");
        var (bgEn, bgRu) = Signatory(rng, subject, "BG");
        var kind = rng.NextDouble() switch { < 0.5 => "memorandum", < 0.8 => "agreement", < 0.88 => "protocol", < 0.94 => "programme", _ => "road map" };
        return rng.Chance(0.5) ? new AgreementItem(kind, kzEn, kzRu, bgEn, bgRu, subject) : new AgreementItem(kind, bgEn, bgRu, kzEn, kzRu, subject);
    }

    /// <summary>Mostly an institution of that field; sometimes a company the seed has never heard of, as in real releases.</summary>
    static (string En, string Ru) Signatory(Random rng, Subject subject, string country)
    {
        var fit = Cast.Actors.Where(a => a.Country == country && a.Fields.Contains(subject.Field)).ToList();
        if (fit.Count > 0 && rng.Chance(0.8))
        {
            var actor = rng.One(fit);
            return (actor.En, actor.Ru);
        }
        var name = NameForge.Company(rng, country);
        return (name, name);
    }

    static AgreementItem Twinning(Random rng)
    {
        var kz = rng.One(Cast.Cities.Where(c => c.Country == "KZ").ToList());
        var bg = rng.One(Cast.Cities.Where(c => c.Country == "BG").ToList());
        return new AgreementItem("memorandum", kz.En, kz.Ru, bg.En, bg.Ru, new Subject("twinning and friendly relations", "установлении побратимских отношений", "twinning"));
    }
}
