namespace Bot.Bench;

/// <summary>The history paragraph many articles end with: recognition, diplomatic relations, embassies, the Bulgarian community.</summary>
internal static class EnglishBackground
{
    static readonly string[] Sentences =
    [
        "Bulgaria was among the first countries to recognise the independence of Kazakhstan, on 23 December 1991.",
        "The two countries signed the protocol on the establishment of diplomatic relations on 5 June 1992.",
        "Bulgaria opened its embassy in Almaty in 1994, and Kazakhstan's mission in Sofia became a full embassy in 2019.",
        "About 4,500 ethnic Bulgarians live in Kazakhstan, many of them in the villages of Bolgarka, Razumovka and Andrianovka.",
        "The Kazakh language, history and culture have been taught at Sofia University for more than a decade.",
        "Bulgarian cultural centres such as Zlata and Zdravets work in Almaty and Pavlodar and teach the Bulgarian language.",
        "The Intergovernmental Commission on Economic Cooperation is the main body that coordinates economic ties between the two countries.",
        "Kazakhstan and Bulgaria cooperate closely within the United Nations and the OSCE.",
        "Astana Street in Sofia and Bulgaria Avenue are symbols of the friendship between the two nations.",
    ];

    public static string Paragraph(Random rng) => string.Join(' ', rng.Several(Sentences, rng.Next(2, 5)));
}
