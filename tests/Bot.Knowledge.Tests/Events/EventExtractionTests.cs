using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Events;

/// <summary>
/// Visits, talks, sessions, posts and anniversaries come out of news text in the four languages, written here in words
/// of our own (not the devcorpus's), into a store with no curated data at all.
/// </summary>
public sealed class EventExtractionTests : IDisposable
{
    readonly TempStore _temp = TempStore.Empty();
    readonly TempFolder _folder = new();

    TestStores Store => _temp.Store;

    async Task IngestAsync(string lang, string date, string body)
    {
        var file = _folder.Write($"{lang}-{Guid.NewGuid():N}.md", MarkdownDoc.With("Test article", date, lang, body));
        var result = (await Store.Ingestor.IngestAsync([file], CancellationToken.None)).Results.ShouldHaveSingleItem();
        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
    }

    IReadOnlyList<Event> Of(string kind) => Store.Events.OfKind(kind);

    [Fact]
    public async Task A_Russian_visit_from_one_day_to_another_is_stored_with_both_days_and_its_kind()
    {
        await IngestAsync("ru", "2024-02-01",
            "Министр иностранных дел Болгарии Ивайло Калфин находился в Казахстане с официальным визитом с 12 по 14 марта 2007 года.");

        var visit = Of(EventKinds.Visit).ShouldHaveSingleItem();
        visit.Actors.ShouldHaveSingleItem().Name.ShouldBe("Ивайло Калфин");
        visit.Start.ShouldBe(new PartialDate(2007, 3, 12));
        visit.End.ShouldBe(new PartialDate(2007, 3, 14));
        visit.Format.ShouldBe("official");
        visit.Place.ShouldNotBeNull().EntityId.ShouldBe("kazakhstan");
        visit.Status.ShouldBe(EventStatuses.Held);
    }

    [Fact]
    public async Task English_talks_the_day_before_publication_are_dated_that_day_with_both_sides()
    {
        await IngestAsync("en", "2026-03-05",
            "SOFIA — Bulgarian Prime Minister Rosen Zhelyazkov and Kazakh Foreign Minister Murat Nurtleu held talks at the Council of Ministers yesterday.");

        var talks = Of(EventKinds.Talks).ShouldHaveSingleItem();
        talks.Start.ShouldBe(new PartialDate(2026, 3, 4));
        talks.Actors.Concat(talks.Counterparts).Select(a => a.Name).ShouldBe(["Rosen Zhelyazkov", "Murat Nurtleu"], ignoreOrder: true);
        talks.Place.ShouldNotBeNull().Name.ShouldBe("Sofia");
    }

    [Fact]
    public async Task A_Bulgarian_guest_received_by_a_minister_is_a_meeting_with_the_minister_as_host()
    {
        await IngestAsync("bg", "2026-04-10",
            "Вчера посланикът на Казахстан Нурбах Рустемов беше приет от министъра на икономиката Петър Дилов в Пловдив.");

        var meeting = Of(EventKinds.Meeting).ShouldHaveSingleItem();
        meeting.Actors.ShouldHaveSingleItem().Name.ShouldBe("Нурбах Рустемов");
        var host = meeting.Counterparts.ShouldHaveSingleItem();
        host.Name.ShouldBe("Петър Дилов");
        host.Role.ShouldBe("host");
        meeting.Start.ShouldBe(new PartialDate(2026, 4, 9));
        meeting.Place.ShouldNotBeNull().EntityId.ShouldBe("plovdiv");
    }

    [Fact]
    public async Task A_commission_session_announced_for_next_month_is_planned_with_its_ordinal_and_city()
    {
        await IngestAsync("ru", "2026-08-20",
            "Восьмое заседание межправительственной комиссии Казахстан — Болгария пройдёт в Варне в следующем месяце.");

        var session = Of(EventKinds.Session).ShouldHaveSingleItem();
        session.Ordinal.ShouldBe(8);
        session.Status.ShouldBe(EventStatuses.Planned);
        session.Place.ShouldNotBeNull().EntityId.ShouldBe("varna");
        session.Start.ShouldBe(new PartialDate(2026, 9));
    }

    [Fact]
    public async Task A_Kazakh_session_ordinal_is_read_from_the_ordinal_word()
    {
        await IngestAsync("kk", "2026-10-02", "Үкіметаралық комиссияның жетінші отырысы кеше Алматыда өтті.");

        var session = Of(EventKinds.Session).ShouldHaveSingleItem();
        session.Ordinal.ShouldBe(7);
        session.Start.ShouldBe(new PartialDate(2026, 10, 1));
        session.Place.ShouldNotBeNull().EntityId.ShouldBe("almaty");
        session.Status.ShouldBe(EventStatuses.Held);
    }

    [Fact]
    public async Task An_apposition_names_an_ambassador_with_the_country_he_serves_and_the_one_he_serves_in()
    {
        await IngestAsync("en", "2026-01-14",
            "The exhibition was opened by Dimitar Stoyanov, Ambassador of Bulgaria to Kazakhstan, and local officials.");

        var role = Of(EventKinds.Role).Where(r => r.RoleTitle == "ambassador").ShouldHaveSingleItem();
        role.Actors.ShouldHaveSingleItem().Name.ShouldBe("Dimitar Stoyanov");
        role.Actors[0].Country.ShouldBe("BG");
        role.Place.ShouldNotBeNull().EntityId.ShouldBe("kazakhstan");
        role.Start.ShouldBe(new PartialDate(2026, 1, 14));
    }

    [Fact]
    public async Task A_list_of_appointments_gives_each_person_the_post_its_introduction_names_in_the_place_of_the_item()
    {
        await IngestAsync("ru", "2024-07-03",
            "Президент Казахстана подписал указы о назначении новых послов Казахстана. Назначены следующие послы:\n\n"
            + "- Румыния — Ерлан Бекмуратов, вместо Серика Абенова;\n- Болгария — Айгуль Жаксыбекова.");

        var roles = Of(EventKinds.Role).Where(r => r.RoleTitle == "ambassador").ToList();
        roles.Single(r => r.Actors[0].Name.Contains("Бекмуратов")).Place.ShouldNotBeNull().EntityId.ShouldBe("romania");
        roles.Single(r => r.Actors[0].Name.Contains("Жаксыбекова")).Place.ShouldNotBeNull().EntityId.ShouldBe("bulgaria");
        roles.Single(r => r.Actors[0].Name.Contains("Абенов")).Status.ShouldBe(EventStatuses.Former);
    }

    [Fact]
    public async Task A_list_of_appointments_whose_introduction_names_no_post_takes_the_post_the_text_named_before()
    {
        await IngestAsync("en", "2024-07-03",
            "Bulgarian Ambassador Petar Kolev will present his credentials in Astana next week.\n\nThe other appointments are:\n\n"
            + "- Romania — Ivan Marinov\n- Serbia — Elena Georgieva");

        var roles = Of(EventKinds.Role).Where(r => r.RoleTitle == "ambassador").ToList();
        roles.Single(r => r.Actors[0].Name == "Ivan Marinov").Place.ShouldNotBeNull().EntityId.ShouldBe("romania");
        roles.Single(r => r.Actors[0].Name == "Elena Georgieva").Place.ShouldNotBeNull().EntityId.ShouldBe("serbia");
    }

    [Fact]
    public async Task A_list_pairing_places_and_people_without_appointments_gives_no_posts()
    {
        await IngestAsync("en", "2024-07-03",
            "Bulgarian Ambassador Petar Kolev opened the exhibition. The winners of the photo contest are:\n\n- Romania — Ivan Marinov\n- Serbia — Elena Georgieva");

        Of(EventKinds.Role).ShouldNotContain(r => r.Actors[0].Name == "Ivan Marinov" || r.Actors[0].Name == "Elena Georgieva");
    }

    [Fact]
    public async Task A_post_held_since_a_month_is_dated_from_that_month()
    {
        await IngestAsync("ru", "2026-05-01",
            "С сентября 2021 года посольство Казахстана в Софии возглавляет посол Казахстана Айдар Кузембаев.");

        var role = Of(EventKinds.Role).Where(r => r.RoleTitle == "ambassador").ShouldHaveSingleItem();
        role.Actors[0].Name.ShouldBe("Айдар Кузембаев");
        role.Start.ShouldBe(new PartialDate(2021, 9));
        role.Status.ShouldBe(EventStatuses.Current);
    }

    [Fact]
    public async Task An_anniversary_of_relations_in_a_dated_text_gives_the_year_they_were_established()
    {
        await IngestAsync("bg", "2022-06-05", "Днес двете държави отбелязват 30-ата годишнина от установяването на дипломатическите отношения.");

        Of(EventKinds.Anniversary).ShouldHaveSingleItem().Ordinal.ShouldBe(30);
        Of(EventKinds.Establishment).ShouldHaveSingleItem().Start.ShouldBe(new PartialDate(1992));
    }

    [Fact]
    public async Task A_visit_whose_sentence_names_no_destination_goes_where_its_paragraph_said_visits_went()
    {
        await IngestAsync("en", "2025-06-06",
            "Bulgarian presidents came to Kazakhstan three times. The first was Ivan Markov: his official visit lasted from 3 to 9 May 1996.");

        var visit = Of(EventKinds.Visit).ShouldHaveSingleItem();
        visit.Actors.ShouldHaveSingleItem().Name.ShouldBe("Ivan Markov");
        visit.Place.ShouldNotBeNull().EntityId.ShouldBe("kazakhstan");
        visit.Start.ShouldBe(new PartialDate(1996, 5, 3));
    }

    [Fact]
    public async Task A_dated_clause_without_a_subject_of_its_own_is_a_second_visit_of_the_same_person()
    {
        await IngestAsync("ru", "2025-06-06",
            "Министр Петр Стоянов побывал в Казахстане с рабочим визитом 4–5 марта 2008 года, а 2 октября 2012 года вернулся с официальным визитом.");

        var visits = Of(EventKinds.Visit).OrderBy(v => v.Start?.Start).ToList();
        visits.Count.ShouldBe(2);
        visits.ShouldAllBe(v => v.Actors[0].Name == "Петр Стоянов");
        visits[1].Start.ShouldBe(new PartialDate(2012, 10, 2));
    }

    [Fact]
    public async Task Each_clause_of_a_sentence_may_establish_something_with_its_own_date()
    {
        await IngestAsync("en", "2025-06-06",
            "Bulgaria opened its embassy in Almaty in 1994, while Kazakhstan set up its mission in Sofia in 2004; in 2019 the mission received the status of an embassy.");

        Of(EventKinds.Establishment).Select(e => e.Start!.Value.Year).Order().ShouldBe([1994, 2004, 2019]);
    }

    [Fact]
    public async Task A_news_lead_that_dates_nothing_dates_its_meeting_to_the_publication_month()
    {
        await IngestAsync("ru", "2023-05-10",
            "Посол Казахстана Виктор Темирбаев встретился с мэром Пловдива Здравко Димитровым. Стороны обсудили побратимство городов.");

        Of(EventKinds.Meeting).ShouldHaveSingleItem().Start.ShouldBe(new PartialDate(2023, 5));
    }

    [Fact]
    public async Task A_title_set_off_by_commas_before_a_name_is_that_persons_post()
    {
        await IngestAsync("en", "2016-06-01",
            "From 3 to 5 May 2016 the Speaker of the Bulgarian National Assembly, Maria Ivanova, was in Kazakhstan on an official visit.");

        var role = Of(EventKinds.Role).ShouldHaveSingleItem();
        role.RoleTitle.ShouldBe("chairman");
        role.Actors.ShouldHaveSingleItem().Name.ShouldBe("Maria Ivanova");
        role.Label.ShouldNotEndWith(",");
    }

    [Fact]
    public async Task Events_of_a_changed_document_replace_the_old_ones_and_the_same_document_again_changes_nothing()
    {
        var file = _folder.Write("talks.md", MarkdownDoc.With("Talks", "2026-03-05", "en",
            "President Kassym-Jomart Tokayev met Bulgarian President Iliana Iotova in Astana on 4 March 2026."));
        await Store.Ingestor.IngestAsync([file], CancellationToken.None);
        await Store.Ingestor.IngestAsync([file], CancellationToken.None);
        Of(EventKinds.Meeting).Count.ShouldBe(1);

        _folder.Write("talks.md", MarkdownDoc.With("Talks", "2026-03-05", "en",
            "President Kassym-Jomart Tokayev met Bulgarian President Iliana Iotova in Almaty on 3 March 2026."));
        await Store.Ingestor.IngestAsync([file], CancellationToken.None);

        var meeting = Of(EventKinds.Meeting).ShouldHaveSingleItem();
        meeting.Place.ShouldNotBeNull().EntityId.ShouldBe("almaty");
        meeting.Start.ShouldBe(new PartialDate(2026, 3, 3));
    }

    [Fact]
    public async Task Events_are_found_by_the_entity_taking_part()
    {
        await IngestAsync("en", "2026-03-05", "President Kassym-Jomart Tokayev met Bulgarian President Iliana Iotova in Astana on 4 March 2026.");

        var tokayev = Store.Entities.Known().Resolve("Tokayev").ShouldNotBeNull();
        Store.Events.Involving(tokayev.Id).ShouldContain(e => e.Kind == EventKinds.Meeting);
        Store.Events.Involving("astana").ShouldContain(e => e.Kind == EventKinds.Meeting);
    }

    public void Dispose()
    {
        _temp.Dispose();
        _folder.Dispose();
    }
}
