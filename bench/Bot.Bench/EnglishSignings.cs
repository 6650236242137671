namespace Bot.Bench;

/// <summary>How English releases report signed documents: a "were signed:" list, a bulleted list, or one sentence per document.</summary>
internal static class EnglishSignings
{
    public static IEnumerable<string> Paragraphs(Random rng, Signing signing, bool sameDay)
    {
        // A later article must say when and where; a same-day report leaves that to its dateline and date.
        var when = sameDay && rng.Chance(0.6) ? "" : $"On {Money.DateEn(signing.Date)} in {signing.City.En}, ";
        var header = signing.Items.All(i => i.Kind == "memorandum") ? "memoranda" : "documents";
        var intro = when.Length == 0 ? "The following" : when + "the following";
        switch (rng.Next(3))
        {
            case 0:
                yield return $"On the sidelines of {signing.OccasionEn}, the parties reviewed the results of their work. {intro} {header} were signed: {string.Join("; ", signing.Items.Select(i => Item(rng, i)))}.";
                break;
            case 1:
                yield return $"{intro} {header} were signed following {signing.OccasionEn}:";
                yield return string.Join('\n', signing.Items.Select(i => "- " + Item(rng, i) + ";"));
                break;
            default:
                yield return (when.Length == 0 ? "" : when.TrimEnd(',', ' ') + ", documents were signed. ")
                    + string.Join(' ', signing.Items.Select(i => $"The {i.PartyEn} and the {i.OtherEn} signed {Article(i.Kind)} {KindPhrase(rng, i.Kind)} on {i.Subject.En}."));
                break;
        }
    }

    /// <summary>Plans are news too, and extraction must not take them for signed documents.</summary>
    public static string Plan(Random rng, Subject subject, int year) => rng.Next(3) switch
    {
        0 => $"The sides also agreed to prepare a road map on {subject.En}, which is expected to be signed in {year}.",
        1 => $"A memorandum on {subject.En} will be signed during the next meeting of the intergovernmental commission.",
        _ => $"The ministries plan to sign an agreement on {subject.En} before the end of {year}.",
    };

    static string Item(Random rng, AgreementItem i)
    {
        var parties = i.Subject.Field == "twinning" ? $"the cities of {i.PartyEn} and {i.OtherEn}" : $"the {i.PartyEn} and the {i.OtherEn}";
        return $"{Article(i.Kind)} {KindPhrase(rng, i.Kind)} between {parties} on {i.Subject.En}";
    }

    static string Article(string kind) => kind == "agreement" ? "an" : "a";

    static string KindPhrase(Random rng, string kind) => kind switch
    {
        "memorandum" => rng.Chance(0.6) ? "memorandum of understanding" : "memorandum",
        "programme" => "cooperation programme",
        _ => kind,
    };
}
