using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Facts;

/// <summary>
/// Ways news states that documents were signed without a plain "X and Y signed a memorandum on Z", written here in
/// words of our own (not the devcorpus's), read into a store with no curated data.
/// </summary>
public sealed class AgreementReadingTests : IDisposable
{
    readonly TempStore _temp = TempStore.Empty();
    readonly TempFolder _folder = new();

    async Task<IReadOnlyList<Agreement>> IngestAsync(string lang, string date, string body)
    {
        var file = _folder.Write($"{lang}-{Guid.NewGuid():N}.md", MarkdownDoc.With("News item", date, lang, body));
        var result = (await _temp.Store.Ingestor.IngestAsync([file], CancellationToken.None)).Results.ShouldHaveSingleItem();
        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        return _temp.Store.Agreements.All();
    }

    static string Countries(Agreement a) => string.Join('+', a.Parties.Select(p => p.Country).Order(StringComparer.Ordinal));

    [Fact]
    public async Task Documents_counted_as_the_outcome_of_talks_are_each_an_agreement_with_its_own_title()
    {
        var agreements = await IngestAsync("en", "2024-05-20",
            "On 14 May 2024 the Bulgarian and Kazakh foreign ministers met in Sofia. Three documents resulted from the talks: "
            + "a memorandum on consular cooperation, an agreement on air services, and a joint programme of academic exchanges.");

        agreements.Select(a => a.Kind).ShouldBe(["memorandum", "agreement", "programme"], ignoreOrder: true);
        agreements.Single(a => a.Kind == "agreement").Title.ShouldBe("Agreement on air services");
        agreements.Single(a => a.Kind == "programme").Title.ShouldStartWith("Joint programme");
        agreements.ShouldAllBe(a => a.Signed == new PartialDate(2024, 5, 14));
    }

    [Fact]
    public async Task Two_Kazakh_document_names_in_one_list_each_keep_their_own_subject_and_the_visit_is_no_party()
    {
        var agreements = await IngestAsync("kk", "2023-04-20",
            "Премьер-министрдің сапары барысында Қазақстан Ауыл шаруашылығы министрлігі мен Болгария Земеделие министрлігі арасындағы "
            + "ветеринария саласындағы ынтымақтастық туралы меморандумға және астық экспорты туралы келісімге қол қойылды.");

        agreements.Select(a => a.Title).ShouldBe(
            ["Ветеринария саласындағы ынтымақтастық туралы меморандум", "Астық экспорты туралы келісім"], ignoreOrder: true);
        agreements.ShouldAllBe(a => a.Parties.Count == 2 && !a.Parties.Any(p => p.Name.Contains("сапар", StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("ru", "В ходе визита премьер-министра Министерство энергетики Казахстана и Министерство энергетики Болгарии подписали меморандум о сотрудничестве в области атомной энергетики.")]
    [InlineData("kk", "Форум аясында Қазақстан Энергетика министрлігі мен Болгария Энергетика министрлігі атом энергетикасы туралы меморандумға қол қойды.")]
    public async Task A_circumstance_that_opens_the_sentence_is_no_part_of_the_first_party(string lang, string body)
    {
        var agreement = (await IngestAsync(lang, "2023-04-20", body)).ShouldHaveSingleItem();

        agreement.Parties.Select(p => p.Name).ShouldAllBe(n => char.IsUpper(n[0]) && (n.StartsWith("Мин", StringComparison.Ordinal) || n.StartsWith("Қаз", StringComparison.Ordinal) || n.StartsWith("Бол", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_Kazakh_signing_between_two_ministries_keeps_each_ministrys_whole_name_without_the_day_and_city_before_it()
    {
        var agreements = await IngestAsync("kk", "2024-03-16",
            "15 наурызда Астанада Қазақстан Республикасының Сауда және интеграция министрлігі мен Болгария Республикасының "
            + "Экономика министрлігі арасында инвестициялар туралы меморандумға қол қойылды.");

        var memorandum = agreements.ShouldHaveSingleItem();
        memorandum.Signed.ShouldBe(new PartialDate(2024, 3, 15));
        memorandum.Parties.Select(p => p.Name).ShouldBe(
            ["Қазақстан Республикасының Сауда және интеграция министрлігі", "Болгария Республикасының Экономика министрлігі"]);
        Countries(memorandum).ShouldBe("BG+KZ");
        memorandum.Title.ShouldBe("Инвестициялар туралы меморандум");
    }

    [Fact]
    public async Task A_Kazakh_sentence_naming_the_document_between_the_parties_and_the_verb_keeps_the_name_out_of_the_second_party()
    {
        var agreements = await IngestAsync("kk", "2025-06-10",
            "Кеше Ақордада Қазақстан Цифрлық даму министрлігі мен Болгария Электрондық басқару министрлігі "
            + "электрондық үкімет саласындағы ынтымақтастық туралы меморандумға қол қойды.");

        var memorandum = agreements.ShouldHaveSingleItem();
        memorandum.Parties.Select(p => p.Name).ShouldBe(["Қазақстан Цифрлық даму министрлігі", "Болгария Электрондық басқару министрлігі"]);
        memorandum.Title.ShouldBe("Электрондық үкімет саласындағы ынтымақтастық туралы меморандум");
        memorandum.Signed.ShouldBe(new PartialDate(2025, 6, 9));
    }

    [Fact]
    public async Task A_signing_after_talks_takes_the_city_the_lead_places_the_talks_in_when_the_item_has_no_dateline()
    {
        var agreements = await IngestAsync("en", "2025-03-12",
            "On Tuesday in Sofia the prime ministers of Bulgaria and Kazakhstan held talks on energy and transit routes.\n\n"
            + "After the talks, Bulgargaz and KazMunayGas signed a memorandum on long-term gas supplies.");

        agreements.ShouldHaveSingleItem().Place.ShouldBe("Sofia");
    }

    [Theory]
    [InlineData("ru", "В Акорде состоялись переговоры Президента Казахстана с Президентом Болгарии, прибывшим с официальным визитом.\n\n"
        + "По итогам переговоров подписаны два документа: меморандум о сотрудничестве в области туризма и соглашение о воздушном сообщении.")]
    [InlineData("en", "Talks between the presidents of Kazakhstan and Bulgaria were held in the Akorda on Monday morning.\n\n"
        + "Following the talks, the two sides signed a memorandum on tourism and an agreement on air services.")]
    public async Task A_signing_after_talks_in_a_venue_the_lead_names_takes_the_venue_s_city(string lang, string body)
    {
        var agreements = await IngestAsync(lang, "2025-06-09", body);

        agreements.Count.ShouldBe(2);
        agreements.ShouldAllBe(a => a.Place == "Astana");
    }

    [Fact]
    public async Task A_signing_years_before_the_news_does_not_take_the_city_of_the_lead()
    {
        var agreements = await IngestAsync("en", "2025-03-12",
            "On Tuesday in Sofia the mayors of Sofia and Astana opened an exhibition of photographs.\n\n"
            + "In 2016 the cities of Burgas and Aktau signed a memorandum on port cooperation.");

        agreements.ShouldHaveSingleItem().Place.ShouldBeNull();
    }

    [Fact]
    public async Task A_Russian_count_of_documents_after_po_itogam_lists_signed_documents()
    {
        var agreements = await IngestAsync("ru", "2023-10-02",
            "По итогам переговоров в Астане 29 сентября 2023 года — два документа: меморандум о сотрудничестве в области туризма и соглашение о воздушном сообщении.");

        agreements.Select(a => a.Kind).ShouldBe(["memorandum", "agreement"], ignoreOrder: true);
        agreements.ShouldAllBe(a => a.Signed == new PartialDate(2023, 9, 29));
    }

    [Theory]
    [InlineData("en", "On 2 March 2026 Kazakhstan and Bulgaria signed an agreement on road transport. The region has set aside land for a pilot programme and a training programme.")]
    [InlineData("ru", "2 марта 2026 года Казахстан и Болгария подписали соглашение об автомобильном транспорте. Область выделила землю под пилотную программу и учебную программу.")]
    public async Task A_sentence_after_a_signing_that_mentions_two_programmes_without_a_subject_names_no_more_documents(string lang, string body)
    {
        var agreements = await IngestAsync(lang, "2026-03-03", body);

        agreements.ShouldHaveSingleItem().Kind.ShouldBe("agreement");
    }

    [Fact]
    public async Task The_two_countries_of_a_page_about_Kazakh_Bulgarian_ties_are_Kazakhstan_and_Bulgaria_though_it_names_China_more_often()
    {
        var agreements = await IngestAsync("en", "2026-05-10",
            "A Kazakh–Bulgarian business club opened in Plovdiv. Bulgarian wine makers and Kazakh grain traders met there.\n\n"
            + "The traders already ship grain to China and plan new routes to China and Turkey.\n\n"
            + "The two countries signed an agreement on grain transit on 8 May 2026.");

        Countries(agreements.ShouldHaveSingleItem()).ShouldBe("BG+KZ");
    }

    [Fact]
    public async Task Documents_that_will_come_out_of_a_visit_are_not_signed_yet()
    {
        var agreements = await IngestAsync("en", "2024-05-20",
            "Kazakhstan and Bulgaria expect a lot from the autumn visit. Two documents will come out of the visit: a memorandum on tourism and an agreement on air services.");

        agreements.ShouldBeEmpty();
    }

    [Fact]
    public async Task Documents_only_under_discussion_are_no_agreements()
    {
        var agreements = await IngestAsync("en", "2024-05-20",
            "Two documents are under discussion between Kazakhstan and Bulgaria: a memorandum on tourism and an agreement on air services.");

        agreements.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_sentence_naming_one_of_the_documents_a_signing_only_counted_adds_it()
    {
        var agreements = await IngestAsync("ru", "2022-11-20",
            "В ходе визита президента Болгарии в Казахстан 17 ноября 2022 года подписано четыре документа. Главный из них — соглашение об избежании двойного налогообложения.");

        var agreement = agreements.ShouldHaveSingleItem();
        agreement.Kind.ShouldBe("agreement");
        agreement.Title.ShouldContain("двойного налогообложения");
        agreement.Domain.ShouldBe("tax");
        Countries(agreement).ShouldBe("BG+KZ");
    }

    [Fact]
    public async Task A_Kazakh_topic_first_sentence_names_the_document_by_the_words_before_its_kind()
    {
        var agreements = await IngestAsync("kk", "2022-11-20",
            "Қазақстан мен Болгария арасында 2022 жылғы 17 қарашада үш құжатқа қол қойылды. Олардың ішіндегі ең маңыздысы — әуе қатынасы туралы келісім.");

        var agreement = agreements.ShouldHaveSingleItem();
        agreement.Title.ShouldBe("Әуе қатынасы туралы келісім");
        Countries(agreement).ShouldBe("BG+KZ");
    }

    [Fact]
    public async Task A_document_mentioned_in_passing_after_signed_contracts_is_no_agreement()
    {
        var agreements = await IngestAsync("en", "2022-11-20",
            "Kazakh and Bulgarian firms signed 9 supply contracts at the forum in Almaty. The minister said the memorandum could double trade within two years.");

        agreements.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_passive_signing_names_parties_without_a_country_by_the_one_the_text_gives_them_and_the_other_side()
    {
        var agreements = await IngestAsync("en", "2019-04-12",
            "The speaker of the Bulgarian National Assembly came to Nur-Sultan on 10 April 2019 for talks in Kazakhstan. "
            + "A memorandum of cooperation between the National Assembly and the Senate was signed during the visit.");

        var agreement = agreements.ShouldHaveSingleItem();
        agreement.Title.ShouldBe("Memorandum of cooperation between the National Assembly and the Senate");
        agreement.Parties.Single(p => p.Name == "National Assembly").Country.ShouldBe("BG");
        agreement.Parties.Single(p => p.Name == "Senate").Country.ShouldBe("KZ");
    }

    [Fact]
    public async Task A_headline_announcing_a_signing_makes_no_agreement_when_the_text_signs_nothing()
    {
        var file = _folder.Write("headline.md", MarkdownDoc.With("Kazakhstan and Bulgaria sign memorandum on tourism", "2024-05-20", "en",
            "# Kazakhstan and Bulgaria sign memorandum on tourism\n\nTourism officials of the two countries met in Almaty on Tuesday to discuss direct flights."));
        (await _temp.Store.Ingestor.IngestAsync([file], CancellationToken.None)).Results.ShouldHaveSingleItem().Status.ShouldBe(IngestStatus.Added);

        _temp.Store.Agreements.All().ShouldBeEmpty();
    }

    public void Dispose()
    {
        _temp.Dispose();
        _folder.Dispose();
    }
}
