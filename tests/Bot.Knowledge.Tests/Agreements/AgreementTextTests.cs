using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Agreements;

/// <summary>
/// The text of an agreement (a ministry's copy, a legal database's page) states its facts in its parts: its heading names
/// it, its final clause ("Done at …", "Совершено в …", "Изготвено в гр. …", "… жасалды") dates and places its signing, the
/// signature block under it names who signed for each side, in columns side by side or in a table, and "In the presence
/// of" names people who signed nothing. Another agreement the text mentions keeps its own date.
/// </summary>
public sealed class AgreementTextTests
{
    const string TourismTxt = """
        AGREEMENT
        between the Government of the Republic of Kazakhstan and the Government of the Republic of Bulgaria
        on cooperation in the field of tourism

        The Government of the Republic of Kazakhstan and the Government of the Republic of Bulgaria, hereinafter referred to as "the Parties",

        Guided by the Agreement on air services between the two Governments signed at Almaty on 5 May 2005,

        Have agreed as follows:

        Article 1
        The Parties shall promote cooperation in the field of tourism on the basis of equality and mutual benefit.

        Article 9
        This Agreement shall enter into force on the date of receipt of the last written notification by which the Parties inform each other of the completion of their internal procedures.

        Done at Sofia on 14 March 2019 in two originals, each in the Kazakh, Bulgarian, Russian and English languages, all texts being equally authentic.

        FOR THE GOVERNMENT OF THE                    FOR THE GOVERNMENT OF THE
        REPUBLIC OF KAZAKHSTAN                       REPUBLIC OF BULGARIA

        Yerlan Sultanbekov                           Nikolina Angelkova
        Minister of Culture and Sport                Minister of Tourism

        In the presence of:
        Dimitar Kostov, Ambassador of the Republic of Bulgaria
        """;

    static ExtractedFacts Read(SourceDocument doc) => new DocumentExtractor(KbEntities.Index()).Extract(doc);

    [Fact]
    public void A_final_clause_dates_and_places_the_agreement_the_text_is_not_one_it_mentions()
    {
        var facts = Read(PlainTextReader.Read("file:/tmp/tourism.txt", TourismTxt));
        var own = facts.Agreements.Where(a => a.Domain == "tourism").ShouldHaveSingleItem();
        own.Title.ShouldStartWith("Agreement between the Government of the Republic of Kazakhstan");
        own.Signed.ShouldBe(new PartialDate(2019, 3, 14));
        own.Place.ShouldBe("Sofia");
        facts.Agreements.ShouldContain(a => a.Domain == "aviation" && a.Signed == new PartialDate(2005, 5, 5));
    }

    [Fact]
    public void Two_columns_side_by_side_name_one_signer_for_each_side_and_no_one_present()
    {
        var facts = Read(PlainTextReader.Read("file:/tmp/tourism.txt", TourismTxt));
        var signing = facts.Events.Where(e => e.Kind == EventKinds.Signing).ShouldHaveSingleItem();
        signing.Label.ShouldContain("tourism");
        signing.Actors.Select(a => (a.Name, a.Country, a.Title)).ShouldBe(
            [("Yerlan Sultanbekov", "KZ", "Minister of Culture and Sport"), ("Nikolina Angelkova", "BG", "Minister of Tourism")]);
    }

    [Fact]
    public void A_clause_naming_the_text_itself_is_of_that_agreement()
    {
        var facts = Read(PlainTextReader.Read("file:/tmp/tourism.txt", TourismTxt));
        facts.Events.Where(e => e.Kind == EventKinds.EntryIntoForce).ShouldAllBe(e => e.Label.Contains("tourism") && e.Start == null);
    }
}
