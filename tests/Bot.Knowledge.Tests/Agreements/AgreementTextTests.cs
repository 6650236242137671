using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.TestKit.Documents;

namespace Bot.Knowledge.Tests.Agreements;

/// <summary>
/// The text of an agreement (a ministry's copy, a legal database's page) states its facts in its parts: its heading names
/// it, its final clause ("Done at …", "Совершено в …", "Изготвено в гр. …", "… жасалды") dates and places its signing, the
/// signature block under it names who signed for each side, in columns side by side or in a table, and "In the presence
/// of" names people who signed nothing. Another agreement the text mentions keeps its own date.
/// </summary>
public sealed class AgreementTextTests
{
    const string TourismTxt = AgreementTexts.Tourism;

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

    [Fact]
    public void An_initialled_text_is_no_signed_agreement()
    {
        const string text = """
            Соглашение между Правительством Республики Казахстан и Правительством Республики Болгария о воздушном сообщении

            Статья 22
            Настоящее Соглашение вступает в силу с даты получения последнего письменного уведомления.

            Парафировано в городе Астане 28 апреля 2016 года в двух экземплярах, каждый на казахском, болгарском и русском языках.

            За Правительство                             За Правительство
            Республики Казахстан                         Республики Болгария

            Т. Ластаев                                   Н. Бухова
            """;
        var facts = Read(PlainTextReader.Read("file:/tmp/air.txt", text));
        facts.Agreements.ShouldBeEmpty();
        facts.Events.ShouldNotContain(e => e.Kind == EventKinds.Signing);
    }

    [Fact]
    public void A_legal_database_note_dates_each_step_of_the_agreement_it_heads_and_a_related_item_keeps_its_own_law()
    {
        const string text = """
            LEGAL DATABASE OF THE REPUBLIC OF BULGARIA

            Treaty between the Republic of Bulgaria and the Republic of Kazakhstan on mutual legal assistance in civil matters

            (Ratified by a law adopted by the National Assembly on 18 January 2012, State Gazette No. 8 of 2012) (Entered into force on 1 September 2012)

            Related documents:
            - Agreement between the Government of the Republic of Bulgaria and the Government of the Republic of Kazakhstan on readmission, ratified by Law No. 77 of 5 June 2008;

            Article 30
            This Treaty is subject to ratification and shall enter into force on the thirtieth day after the exchange of the instruments of ratification.

            Signed at Astana on 12 May 2011 in two copies, each in the Bulgarian, Kazakh and Russian languages.

            For the Republic of Bulgaria
            Margarita Popova
            Minister of Justice

            For the Republic of Kazakhstan
            Rashid Tusupbekov
            Minister of Justice
            """;
        var facts = Read(PlainTextReader.Read("file:/tmp/legal.txt", text));
        var own = facts.Agreements.Where(a => a.Title.Contains("legal assistance")).ShouldHaveSingleItem();
        own.Signed.ShouldBe(new PartialDate(2011, 5, 12));
        facts.Events.ShouldContain(e => e.Kind == EventKinds.EntryIntoForce && e.Label == own.Title && e.Start == new PartialDate(2012, 9, 1));
        facts.Events.ShouldContain(e => e.Kind == EventKinds.Ratification && e.Label.StartsWith(own.Title) && e.Start == new PartialDate(2012, 1, 18));
        facts.Events.ShouldContain(e => e.Kind == EventKinds.Ratification && e.Label.Contains("readmission") && e.Label.Contains("77"));
        var signing = facts.Events.Where(e => e.Kind == EventKinds.Signing).ShouldHaveSingleItem();
        signing.Actors.Select(a => (a.Name, a.Country)).ShouldBe([("Margarita Popova", "BG"), ("Rashid Tusupbekov", "KZ")]);
    }

    [Fact]
    public void Kazakh_columns_closed_by_their_postposition_name_each_side()
    {
        const string text = """
            Қазақстан Республикасының Үкіметі мен Болгария Республикасының Үкіметі арасындағы туризм саласындағы ынтымақтастық туралы келісім

            1-бап
            Тараптар туризм саласындағы ынтымақтастықты дамытады.

            Софияда 2019 жылғы 14 наурызда екі түпнұсқа данада, әрқайсысы қазақ, болгар және орыс тілдерінде жасалды.

            Қазақстан Республикасының                Болгария Республикасының
            Үкіметі үшін                             Үкіметі үшін

            Ерлан Сұлтанбеков                        Николина Ангелкова
            """;
        var facts = Read(PlainTextReader.Read("file:/tmp/kk.txt", text));
        facts.Agreements.ShouldHaveSingleItem().Signed.ShouldBe(new PartialDate(2019, 3, 14));
        facts.Events.Where(e => e.Kind == EventKinds.Signing).ShouldHaveSingleItem().Actors.Select(a => (a.Name, a.Country))
            .ShouldBe([("Ерлан Сұлтанбеков", "KZ"), ("Николина Ангелкова", "BG")]);
    }
}
