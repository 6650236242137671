namespace Bot.Bench;

/// <summary>An English news article about one story: a dateline lead, the story's own paragraphs, then background and sector news.</summary>
internal static class EnglishArticle
{
    static readonly string[] Quotes =
    [
        "We see great potential in {sector} and {sector}", "Bulgarian ports can become a gateway for Kazakh goods to Europe",
        "Our task is to bring trade to a new level", "Kazakhstan is a reliable partner for Bulgarian business in Central Asia",
        "The Trans-Caspian route opens new opportunities for both countries", "Young people are the bridge between our nations",
        "We expect the first results of the {project} project next year", "Investors need clear rules and predictable taxation",
    ];

    public static (string Title, List<string> Paragraphs) Write(Random rng, CooperationWorld world, Story s, IReadOnlyDictionary<string, string> context)
    {
        var paragraphs = new List<string>();
        string title;
        switch (s.Kind)
        {
            case StoryKind.Visit:
                title = VisitStory(rng, world, s, s.Visit!, paragraphs);
                break;
            case StoryKind.Signing:
                var g = s.Signing!;
                title = $"Kazakhstan and Bulgaria sign {g.Items.Count} documents in {g.City.En}";
                paragraphs.Add($"{Dateline(rng, s)} Kazakhstan and Bulgaria signed {g.Items.Count} documents on the sidelines of {g.OccasionEn} in {g.City.En}, {context["source"]} reports. The event was attended by representatives of ministries, agencies and companies of the two countries.");
                paragraphs.AddRange(EnglishSignings.Paragraphs(rng, g, s.SameDay));
                if (rng.Chance(0.5)) paragraphs.Add(EnglishFigures.Paragraph(rng, world, s.Published));
                break;
            case StoryKind.Project:
                var p = s.Project!;
                title = $"{p.KzCompany} and {p.BgCompany} to build {p.Facility} in {p.City.En}";
                paragraphs.Add($"{Dateline(rng, s)} {p.KzCompany} and {p.BgCompany} have agreed to build a {p.Facility} in {p.City.En} under the {p.Name} project, with investment estimated at {Money.En(p.Cost)}, {context["source"]} reports.");
                break;
            case StoryKind.Trade:
                title = $"Kazakhstan–Bulgaria trade: {context["sector"]} leads growth";
                paragraphs.Add($"{Dateline(rng, s)} Trade between Kazakhstan and Bulgaria continues to grow, according to {context["source"]}.");
                paragraphs.Add(EnglishFigures.Paragraph(rng, world, s.Published));
                paragraphs.Add(Template.Fill(rng, "The main Kazakh exports to Bulgaria are {product}, {product} and {product}, while Bulgaria supplies {product}, {product} and {product}.", EnglishWords.Slots, context));
                break;
            default:
                title = Template.Fill(rng, "{event} of Kazakh–Bulgarian friendship held in {city}", EnglishWords.Slots, context);
                paragraphs.Add(Template.Fill(rng, Dateline(rng, s) + " A {event} dedicated to Kazakh–Bulgarian friendship opened in {city}, {source} reports. Among the guests were {people} and {people} from {region}.", EnglishWords.Slots, context));
                break;
        }
        var length = rng.Next(7, 14);
        while (paragraphs.Count < length)
            paragraphs.Add(rng.NextDouble() switch
            {
                < 0.12 => EnglishBackground.Paragraph(rng),
                < 0.22 => Project(rng.One(world.Projects)),
                < 0.30 => Template.Fill(rng, $"“{rng.One(Quotes)}”, {{kzperson}}, {{official}} of {{company}}, said. {EnglishFiller.Paragraph(rng, context, 2)}", EnglishWords.Slots, context),
                < 0.36 => EnglishSignings.Plan(rng, rng.One(Cast.Subjects), s.Published.Year + 1) + " " + EnglishFiller.Paragraph(rng, context, 2),
                _ => EnglishFiller.Paragraph(rng, context, rng.Next(3, 7)),
            });
        return (title, paragraphs);
    }

    static string VisitStory(Random rng, CooperationWorld world, Story s, Visit v, List<string> paragraphs)
    {
        var country = v.City.Country == "KZ" ? "Kazakhstan" : "Bulgaria";
        var guestCountry = v.City.Country == "KZ" ? "Bulgaria" : "Kazakhstan";
        paragraphs.Add(s.SameDay
            ? $"{Dateline(rng, s)} {v.Host.RoleEn} {v.Host.En} held talks with {v.Guest.RoleEn} {v.Guest.En}, who is in {country} on an official visit. The talks started in a narrow format and continued in an expanded format with the participation of the two delegations."
            : $"{Dateline(rng, s)} On {Money.DateEn(v.Date)}, {v.Host.RoleEn} {v.Host.En} and {v.Guest.RoleEn} {v.Guest.En} held talks in {v.City.En}. The visit was the first at this level in several years.");
        paragraphs.Add($"Welcoming the guest, {v.Host.Surname} noted that relations between the two countries are developing dynamically. The sides discussed {Topics(v.Topics)}. {v.Guest.Surname} called {country} a key partner of {guestCountry} and invited {v.Host.Surname} to visit {guestCountry}.");
        if (rng.Chance(0.7)) paragraphs.Add(EnglishFigures.Paragraph(rng, world, s.Published));
        if (v.Signing is { } signing) paragraphs.AddRange(EnglishSignings.Paragraphs(rng, signing, s.SameDay));
        return rng.Chance(0.5) ? $"{v.Host.En} holds talks with {v.Guest.RoleEn} {v.Guest.En}" : $"{v.Guest.Surname} visits {v.City.En}: {v.Topics[0].En} on the agenda";
    }

    static string Topics(IReadOnlyList<Subject> topics) =>
        topics.Count == 1 ? topics[0].En : string.Join(", ", topics.Take(topics.Count - 1).Select(t => t.En)) + " and " + topics[^1].En;

    static string Project(JointProject p) =>
        $"{p.KzCompany} and {p.BgCompany} are building a {p.Facility} in {p.City.En} under the {p.Name} project. The total cost of the {p.Name} project is estimated at {Money.En(p.Cost)}, and the first stage is due to open in {p.Year + 2}.";

    static string Dateline(Random rng, Story s) => $"{s.City.En.ToUpperInvariant()}, {rng.One(EnglishWords.Slots["weekday"])}.";
}
