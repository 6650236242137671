namespace Bot.Bench;

/// <summary>The background sentences that make up most of a news article: sector news, regional economy, people and events.</summary>
internal static class EnglishFiller
{
    static readonly string[] Sentences =
    [
        "{company} plans to {verb} a {adj} {noun} in the {region} region, which could create about {n} jobs by {year}.",
        "Experts note that {adj} demand for {product} in {market} has grown over the past {n} months.",
        "The {event} in {city} brought together more than {n} participants from {market}.",
        "{kzperson}, {official} of {company}, said the company is looking at exports of {product} to {market}.",
        "{bgperson}, {official} of {company}, said the first {adj} consignment of {product} is expected by the end of {year}.",
        "Farmers in the village of {village} mostly grow {product} and {product}, and the {adj} harvest was the largest in a decade.",
        "Under the {project} programme, {n} {people} from {city} will take part in {activity}.",
        "The delegation also visited a {adj} {noun} near {city}, where they were briefed on plans in {sector}.",
        "According to {source}, the {sector} sector of the {region} region grew by {pct}% last year.",
        "Local authorities in {region} have allocated land for a {adj} {noun} and a {adj} {noun}.",
        "The {noun} is designed to handle {product}, {product} and {product} bound for {market}.",
        "Representatives of {n} companies working in {sector} and {sector} held bilateral meetings.",
        "{company} already ships {product} to {market} and wants to use Bulgarian ports to reach {market}.",
        "The first stage of the {project} project includes a {adj} {noun}, while the second stage covers {sector}.",
        "A {adj} {noun} for {product} opened in {region} with the support of {company}.",
        "Participants also discussed {adj} barriers in {sector}, including certification and the cost of the {noun}.",
        "{source} noted that the number of tourists travelling between the two countries rose by {pct}% in {year}.",
        "The {event} featured {people} from {region} and {region}, as well as guests from {market}.",
        "In {city}, {people} and {people} met at the {event} to share experience in {sector}.",
        "The regional administration of {region} signed a contract with {company} for the supply of {product}.",
        "Analysts expect {sector} and {sector} to remain the main drivers of cooperation in the coming years.",
        "{kzperson} and {bgperson} presented a {adj} {noun} aimed at {people} in {sector}.",
        "The company's {adj} {noun} in {region} employs about {n} people and processes {product}.",
        "Officials said that the {noun} on the {region} border would reduce waiting times for trucks carrying {product}.",
        "More than {n} {people} have completed {activity} since the programme was launched in {year}.",
        "The {adj} {noun} will be financed by {company} and a {adj} loan from a regional development bank.",
        "Students of the Kazakh language department in {city} prepared a performance of folk songs for the {event}.",
        "An exhibition of Bulgarian icons and Kazakh felt carpets opened at the {event} in {city}.",
        "The village of {village} in the {region} region still keeps Bulgarian traditions, songs and cuisine.",
        "A direct charter flight between {city} and {othercity} carried {n} passengers during the summer season.",
    ];

    public static string Paragraph(Random rng, IReadOnlyDictionary<string, string> context, int sentences) =>
        string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Template.Fill(rng, rng.One(Sentences), EnglishWords.Slots, context)));
}
