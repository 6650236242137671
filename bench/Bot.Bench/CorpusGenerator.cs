using System.Globalization;
using System.Text;

namespace Bot.Bench;

/// <summary>
/// Writes the synthetic news corpus one Markdown article at a time (front matter + paragraphs, as `ingest` reads files),
/// so the whole corpus never sits in memory. Most articles are English, about one in five Russian.
/// </summary>
internal sealed class CorpusGenerator(CooperationWorld world, Random rng)
{
    static readonly string[] EnglishOutlets = ["https://www.inform.kz/en/", "https://astanatimes.com/", "https://www.bta.bg/en/news/", "https://kt.kz/en/news/", "https://www.novinite.com/articles/", "https://en.trend.az/casia/kazakhstan/"];
    static readonly string[] RussianOutlets = ["https://www.inform.kz/ru/", "https://www.zakon.kz/", "https://ru.trend.az/casia/kazakhstan/", "https://www.bta.bg/ru/news/"];

    public const double RussianShare = 0.2;

    // By reference: two signings may sign documents alike in every word on different days, and those are two documents.
    readonly HashSet<AgreementItem> _reported = new(ReferenceEqualityComparer.Instance);

    /// <summary>Distinct signed documents the articles generated so far report (every article about a signing lists all of its documents).</summary>
    public int ReportedAgreements => _reported.Count;

    /// <summary>For the agreement audit: the signing each generated article reports, by its address (kept only when asked for).</summary>
    public Dictionary<string, Signing>? SigningsByUri { get; init; }

    public IEnumerable<(string Uri, string Markdown)> Documents(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var story = NextStory();
            var signing = story.Signing ?? story.Visit?.Signing;
            foreach (var item in signing?.Items ?? []) _reported.Add(item);
            var russian = rng.Chance(RussianShare);
            var context = Context(story, russian);
            var (title, paragraphs) = russian ? RussianArticle.Write(rng, world, story, context) : EnglishArticle.Write(rng, world, story, context);
            var url = $"{rng.One(russian ? RussianOutlets : EnglishOutlets)}{story.Published:yyyy'/'MM'/'dd}/{Slug(title, i)}";
            var md = new StringBuilder(8192)
                .Append("---\ntitle: ").Append(title).Append("\ndate: ").Append(story.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Append("\nsource: ").Append(url).Append("\nlang: ").Append(russian ? "ru" : "en").Append("\n---\n\n")
                .AppendJoin("\n\n", paragraphs).Append('\n');
            if (signing is not null && SigningsByUri is { } signings) signings[$"bench:{i}.md"] = signing;
            yield return ($"bench:{i}.md", md.ToString());
        }
    }

    Story NextStory()
    {
        switch (rng.NextDouble())
        {
            case < 0.35:
                var v = rng.Zipf(world.Visits);
                return new Story(StoryKind.Visit, Later(v.Date), v.City, Visit: v);
            case < 0.50:
                var s = rng.Zipf(world.Signings);
                return new Story(StoryKind.Signing, Later(s.Date), s.City, Signing: s);
            case < 0.62:
                var p = rng.Zipf(world.Projects);
                return new Story(StoryKind.Project, new DateOnly(p.Year, rng.Next(1, 13), rng.Next(1, 29)), p.City, Project: p);
            case < 0.80:
                return new Story(StoryKind.Trade, CooperationWorld.RandomDate(rng), rng.One(Cast.Cities));
            default:
                return new Story(StoryKind.Culture, CooperationWorld.RandomDate(rng), rng.One(Cast.Cities));
        }
    }

    /// <summary>Most reports come out the same day; the rest recall the event weeks or months later.</summary>
    DateOnly Later(DateOnly eventDate) => rng.Chance(0.7) ? eventDate : eventDate.AddDays(rng.Next(1, 200));

    Dictionary<string, string> Context(Story story, bool russian)
    {
        var other = rng.One(Cast.Cities.Where(c => c != story.City).ToList());
        var slots = russian ? RussianWords.Slots : EnglishWords.Slots;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["city"] = russian ? story.City.Ru : story.City.En,
            ["othercity"] = russian ? other.Ru : other.En,
            ["source"] = rng.Zipf(slots["source"]),
            ["sector"] = rng.Zipf(slots["sector"]),
        };
    }

    static string Slug(string title, int i)
    {
        var ascii = new string(title.ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-').ToArray());
        var slug = string.Join('-', ascii.Split('-', StringSplitOptions.RemoveEmptyEntries));
        return (slug.Length == 0 ? "article" : slug[..Math.Min(60, slug.Length)]) + "-" + i.ToString(CultureInfo.InvariantCulture);
    }
}
