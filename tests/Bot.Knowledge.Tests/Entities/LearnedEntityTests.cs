using Bot.Knowledge.Ingestion;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Entities;

/// <summary>
/// A store with no curated data learns the people its documents name, in any script and inflection: Токаев, Tokayev,
/// Tokaev and Тоқаев are one person, and names are kept in their base form.
/// </summary>
public sealed class LearnedEntityTests : IDisposable
{
    readonly TempStore _temp = TempStore.Empty();
    readonly TempFolder _folder = new();

    TestStores Store => _temp.Store;

    async Task IngestAsync(params (string Lang, string Body)[] docs)
    {
        var files = docs.Select((d, i) => _folder.Write($"{i}-{d.Lang}.md", MarkdownDoc.With($"Article {i}", "2025-06-10", d.Lang, d.Body))).ToList();
        var report = await Store.Ingestor.IngestAsync(files, CancellationToken.None);
        report.Results.ShouldAllBe(r => r.Status == IngestStatus.Added);
    }

    static readonly string[] Spellings = ["Токаев", "Tokayev", "Tokaev", "Тоқаев", "Токаевым", "Тоқаевтың"];

    [Fact]
    public async Task One_person_in_four_spellings_across_scripts_and_cases_is_one_entity()
    {
        await IngestAsync(
            ("ru", "Вчера президент Казахстана Касым-Жомарт Токаев принял делегацию."),
            ("en", "The delegation was received by President Kassym-Jomart Tokayev in the Akorda."),
            ("kk", "Делегация Мемлекет басшысы Қасым-Жомарт Тоқаевпен кездесті."),
            ("en", "Bulgarian ministers met President Tokaev on Monday."));

        var index = Store.Entities.Known();
        var ids = Spellings.Select(n => index.Resolve(n)?.Id).ToList();
        ids.ShouldAllBe(id => id != null && id == ids[0]);
        index.Get(ids[0]!).ShouldNotBeNull().Type.ShouldBe("person");
    }

    [Fact]
    public async Task A_name_written_only_in_an_oblique_case_is_stored_in_its_base_form_with_its_country()
    {
        await IngestAsync(("ru", "Переговоры прошли с премьер-министром Казахстана Олжасом Бектеновым в Астане."));

        var person = Store.Entities.Known().Resolve("Bektenov").ShouldNotBeNull();
        person.Name.ShouldBe("Олжас Бектенов");
        person.Country.ShouldBe("KZ");
        Store.Entities.Known().Resolve("Бектенов")!.Id.ShouldBe(person.Id);
    }

    [Fact]
    public async Task A_city_after_in_before_a_surname_is_no_part_of_the_name()
    {
        await IngestAsync(
            ("bg", "Новият посланик на България в Казахстан е Огнян Стефанов Колев. След пристигането си в Астана Колев ще връчи акредитивните си писма."),
            ("ru", "Новый посол Казахстана в Болгарии Тимур Серикбаев прибыл в Софию. На встрече с мэром Пловдива Здравко Димитровым обсуждался туризм."));

        var people = Store.Entities.Known().All.Where(e => e.Type == "person").Select(e => e.Name).ToList();
        people.ShouldContain("Огнян Стефанов Колев");
        people.ShouldNotContain(p => p.Contains("Астана"));
        people.ShouldContain("Здравко Димитров");
        people.ShouldNotContain(p => p.Contains("Пловдив"));
    }

    [Fact]
    public async Task A_name_right_after_an_institution_named_for_someone_starts_at_its_given_name()
    {
        await IngestAsync(
            ("ru", "Делегацию встретил ректор Софийского университета имени Климента Охридского Георги Вылчев."),
            ("bg", "Новият посланик на България в Казахстан е Георги Петров Воденски."));

        var people = Store.Entities.Known().All.Where(e => e.Type == "person").Select(e => e.Name).ToList();
        people.ShouldContain("Георги Вылчев");
        people.ShouldNotContain(p => p.Contains("Охрид"));
        // A given name, a father's name and a surname stay one name.
        people.ShouldContain("Георги Петров Воденски");
    }

    [Fact]
    public async Task The_last_word_of_a_ministry_before_a_name_or_an_adverb_opening_a_sentence_is_no_part_of_the_name()
    {
        await IngestAsync(
            ("en", "On the Kazakh side the commission is co-chaired by Deputy Prime Minister and Minister of National Economy Serik Zhumangarin."),
            ("ru", "Новый посол Тимур Серикбаев прибыл в Софию. Ранее Серикбаев возглавлял департамент Европы."));

        var people = Store.Entities.Known().All.Where(e => e.Type == "person").Select(e => e.Name).ToList();
        people.ShouldContain("Serik Zhumangarin");
        people.ShouldNotContain(p => p.Contains("Economy") || p.Contains("Ранее"));
    }

    [Fact]
    public async Task Two_people_who_share_a_surname_skeleton_but_not_a_given_name_stay_two()
    {
        await IngestAsync(("en", "Majilis Chairman Kabibulla Dzhakupov met the guests. Separately, fund chief Nurlan Zhakupov spoke about uranium."));

        var people = Store.Entities.Known().All.Where(e => e.Type == "person").Select(e => e.Name).ToList();
        people.ShouldContain("Kabibulla Dzhakupov");
        people.ShouldContain("Nurlan Zhakupov");
    }

    [Fact]
    public async Task Places_are_known_without_curated_data_and_a_curated_entity_wins_over_the_gazetteer()
    {
        Store.Entities.Known().Resolve("Благоевграда").ShouldNotBeNull().Id.ShouldBe("blagoevgrad");
        Store.Entities.Upsert([new Model.Entity("blagoevgrad", "city", "Blagoevgrad (curated)", "BG", null, ["Blagoevgrad"])]);

        Store.Entities.Known().Get("blagoevgrad").ShouldNotBeNull().Name.ShouldBe("Blagoevgrad (curated)");
    }

    public void Dispose()
    {
        _temp.Dispose();
        _folder.Dispose();
    }
}
