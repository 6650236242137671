using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// A dateline with a day and month but no year ("АСТАНА, 12 марта. /Казинформ/ –", "Tuesday, 14 May (BTA) –", "06.12 —")
/// dates the text in the year its file name or address gives, a date the text states near that day, or the dates of the
/// other stories its page lists ("Тағы оқыңыз: … (05.06.2025)"); with none, or only a date long before it, the text stays
/// undated rather than dated in a guessed year.
/// </summary>
public sealed class YearlessDatelineTests
{
    [Theory]
    [InlineData("file:/meeting.txt", "Ашикбаев встретился с послом Болгарии\n\nАСТАНА, 12 марта. /Казинформ/ – Заместитель министра иностранных дел Ержан Ашикбаев встретился с послом Болгарии. Стороны обсудили заседание межправкомиссии, намеченное на 20 мая 2025 года в Софии.", "2025-03-12")]
    [InlineData("file:/data/2024-05-14_bta-visit.txt", "Bulgarian economy minister visits Astana\n\nTuesday, 14 May (BTA) – Bulgarian Minister of Economy Bogdan Bogdanov arrived in Astana for talks with the Kazakh trade minister on a logistics hub in Burgas.", "2024-05-14")]
    [InlineData("file:/bta.txt", "Министър Богданов пристигна в Астана\n\nСОФИЯ, 3 януари /БТА/ – Министърът на икономиката Богдан Богданов замина за Астана. Визитата беше договорена на 28 декември 2024 г. по време на телефонен разговор.", "2025-01-03")]
    [InlineData("file:/news.txt", "Білім беру саласындағы ынтымақтастық\n\n06.12 — Астанада вице-министр Болгарияның Білім министрлігінің делегациясымен кездесті. Бұған дейін, 2025 жылғы 28 қарашада, тараптар меморандумның жобасын келіскен болатын.", "2025-12-06")]
    public void A_yearless_dateline_takes_the_year_the_file_name_or_a_nearby_date_gives(string uri, string text, string date) =>
        PlainTextReader.Read(uri, text).Published.ToString().ShouldBe(date);

    [Theory]
    [InlineData("file:/kazinform.txt", "Бектенов Радевпен кездесті\n\nАстана. 9 маусым. ҚазАқпарат – Премьер-министр Олжас Бектенов Қазақстанға ресми сапармен келген Болгария Президенті Румен Радевпен кездесті. Тараптар сауда мен логистиканы талқылады.\n\nАйта кетейік, Болгария Президенті ертең Өзбекстанға барады.\n\nТағы оқыңыз:\n* Қазақстан мен Венгрия арасындағы тауар айналымы өсті (05.06.2025)\n* Астанада бизнес-форум өтті (04.06.2025)", "2025-06-09")]
    [InlineData("file:/mid.txt", "Министры обсудили транзит\n\nАСТАНА, 3 марта. /Казинформ/ – Министр иностранных дел Казахстана провёл переговоры с болгарским коллегой о транзите грузов через порт Варна и Транскаспийский маршрут.\n\nЧитайте также:\nКазахстан и Венгрия подписали соглашение о сотрудничестве – 27 февраля 2024\nВ Астане открылась выставка – 1 марта 2024", "2024-03-03")]
    [InlineData("file:/bta.txt", "Bulgarian ministers in Astana\n\nSOFIA, January 3 (BTA) – Bulgaria's economy minister left for Astana for talks on a logistics hub at the port of Burgas and on direct flights between the two capitals.\n\nRelated news:\nBulgaria and Uzbekistan sign a transport deal – 28 December 2024", "2025-01-03")]
    public void A_yearless_dateline_takes_the_year_of_the_other_stories_its_page_lists_beside_it(string uri, string text, string date) =>
        PlainTextReader.Read(uri, text).Published.ToString().ShouldBe(date);

    [Fact]
    public void A_markdown_page_listing_other_stories_dates_its_yearless_dateline_by_them() =>
        MarkdownReader.Read("file:/item.md", "# Посланикът посети Пловдив\n\nПЛОВДИВ, 12 март /БТА/ – Посланикът на Казахстан Виктор Темирбаев посети Пловдив и разговаря с кмета за побратимяването с Шымкент и за пряка авиолиния.\n\n**Прочетете още:**\n\n- Посланикът на Корея дари 40 дървета – 10.03.2025\n- Бюджетът на общината е приет – 11.03.2025")
            .Published.ToString().ShouldBe("2025-03-12");

    [Fact]
    public void Other_stories_listed_months_away_from_a_yearless_dateline_leave_the_text_undated() =>
        PlainTextReader.Read("file:/old.txt", "Министры обсудили транзит\n\nАСТАНА, 3 марта. /Казинформ/ – Министр иностранных дел Казахстана провёл переговоры с болгарским коллегой о транзите грузов через порт Варна и Транскаспийский маршрут.\n\nЧитайте также:\nКазахстан и Венгрия подписали соглашение – 27 сентября 2024")
            .Published.ShouldBeNull();

    [Fact]
    public void A_markdown_item_with_a_month_first_dateline_takes_the_year_of_a_date_planned_after_it() =>
        MarkdownReader.Read("file:/item.md", "# Trade mission to Sofia\n\nASTANA, March 12 (Kazinform) — A Kazakh trade mission will travel to Sofia for talks scheduled on April 2, 2025, the ministry said.")
            .Published.ToString().ShouldBe("2025-03-12");

    [Theory]
    [InlineData("file:/weekday.txt", "Bulgarian economy minister visits Astana\n\nTuesday, 14 May (BTA) – Bulgarian Minister of Economy Bogdan Bogdanov arrived in Astana for talks with the Kazakh trade minister.")]
    [InlineData("file:/history.txt", "Мэры подписали соглашение\n\nПЛОВДИВ, 3 марта. /Агентство/ – Мэры Пловдива и Шымкента подписали соглашение о побратимстве. Первая встреча мэров прошла 16 ноября 2017 года в Шымкенте.")]
    [InlineData("file:/figure.txt", "Trade grows\n\n12.50 — the figure in million dollars that trade with Bulgaria reached, according to the ministry. The talks are planned for 3 March 2025 in Sofia, with ministers of both countries and business delegations taking part.")]
    public void Without_a_year_near_the_dateline_the_text_stays_undated(string uri, string text) =>
        PlainTextReader.Read(uri, text).Published.ShouldBeNull();
}
