using Bot.Knowledge.Metrics;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>The metric catalogue as the answerer uses it: the metric a question asks about, labels, and older keys.</summary>
public sealed class MetricCatalogTests
{
    static readonly MetricCatalog Catalog = MetricCatalog.Default;

    [Theory]
    [InlineData("How much did Bulgaria export to Kazakhstan in 2023?", "exports_bg_to_kz")]
    [InlineData("How much did Kazakhstan export to Bulgaria in 2024?", "exports_kz_to_bg")]
    [InlineData("Колко е внесъл Казахстан от България през 2024 г.?", "exports_bg_to_kz")]
    [InlineData("2024 жылы Қазақстанның Болгарияға экспорты қанша болды?", "exports_kz_to_bg")]
    [InlineData("Каков импорт Казахстана из Болгарии?", "exports_bg_to_kz")]
    [InlineData("На сколько процентов выросли прямые инвестиции Болгарии в Казахстан?", "investment_bg_to_kz")]
    [InlineData("How much have Kazakh companies invested in Bulgaria?", "investment_kz_to_bg")]
    [InlineData("Во сколько раз выросли поставки казахстанской нефти в Болгарию?", "oil_exports_kz_to_bg")]
    [InlineData("What was the trade turnover in 2024?", "turnover")]
    [InlineData("Колко стипендии годишно ще отпуска България за казахстански студенти?", "scholarships_kz_to_bg")]
    public void A_question_names_its_metric_and_direction_in_any_language(string question, string metric) =>
        Catalog.FindInQuestion(question)?.Key.ShouldBe(metric);

    [Theory]
    [InlineData("How much Bulgarian wine did Kazakhstan import in 2024?", "exports_bg_to_kz")]
    [InlineData("What were imports of Bulgarian wine into Kazakhstan in 2024?", "exports_bg_to_kz")]
    [InlineData("Каков импорт болгарского вина в Казахстан?", "exports_bg_to_kz")]
    [InlineData("What were Bulgarian imports in 2024?", "exports_kz_to_bg")]
    [InlineData("What were Kazakh imports in 2024?", "exports_bg_to_kz")]
    public void A_country_adjective_after_or_apart_from_the_word_for_imports_names_where_the_goods_come_from(string question, string metric) =>
        Catalog.FindInQuestion(question)?.Key.ShouldBe(metric);

    [Theory]
    [InlineData("How much did Bulgaria sell to Kazakhstan in January–November 2024?", "exports_bg_to_kz")]
    [InlineData("How much did Kazakhstan buy from Bulgaria last year?", "exports_bg_to_kz")]
    [InlineData("How much did Bulgaria buy from Kazakhstan in 2024?", "exports_kz_to_bg")]
    [InlineData("What were Bulgarian imports from Kazakhstan in 2024?", "exports_kz_to_bg")]
    [InlineData("Сколько Болгария продала Казахстану в 2024 году?", "exports_bg_to_kz")]
    [InlineData("На какую сумму Казахстан купил у Болгарии в 2023 году?", "exports_bg_to_kz")]
    [InlineData("Колко е купила България от Казахстан през 2024 г.?", "exports_kz_to_bg")]
    [InlineData("Болгария Қазақстанға қанша тауар сатты?", "exports_bg_to_kz")]
    [InlineData("Каковы отгрузки казахстанских товаров в Болгарию?", "exports_kz_to_bg")]
    public void A_question_from_the_partner_side_maps_to_the_flow_it_means(string question, string metric) =>
        Catalog.FindInQuestion(question)?.Key.ShouldBe(metric);

    [Theory]
    [InlineData("How much crude did Bulgaria import from Kazakhstan in 2024, in dollar terms?")]
    [InlineData("Колко суров петрол от Казахстан е внесла България през 2024 г.?")]
    [InlineData("Сколько нефти импортировала Болгария из Казахстана в 2024 году?")]
    [InlineData("How much Kazakh crude did Bulgaria import in 2024, in dollar terms?")]
    [InlineData("Сколько казахстанской нефти импортировала Болгария в 2024 году?")]
    [InlineData("Колко казахстански петрол е внесла България през 2024 г.?")]
    public void A_question_naming_a_good_and_the_flow_from_the_importer_side_asks_for_the_goods_series(string question) =>
        Catalog.FindInQuestion(question)?.Key.ShouldBe("oil_exports_kz_to_bg");

    [Fact]
    public void A_question_naming_a_good_the_flow_has_no_series_of_that_way_keeps_the_family_series() =>
        Catalog.FindInQuestion("How much oil did Kazakhstan import from Bulgaria in 2024?")?.Key.ShouldBe("exports_bg_to_kz");

    [Fact]
    public void A_question_about_something_else_names_no_metric() =>
        Catalog.FindInQuestion("Who is the Bulgarian ambassador in Astana?").ShouldBeNull();

    [Theory]
    [InlineData("exports", "exports_kz_to_bg")]
    [InlineData("imports", "exports_bg_to_kz")]
    [InlineData("direct_investment", "investment_bg_to_kz")]
    [InlineData("bulgarian_population", "diaspora_bg_in_kz")]
    [InlineData("turnover", "turnover")]
    public void Older_keys_of_the_curated_data_still_name_their_metric(string key, string canonical) =>
        Catalog.Canonical(key).ShouldBe(canonical);

    [Fact]
    public void Every_metric_has_a_label_in_each_of_the_four_languages()
    {
        foreach (var metric in Catalog.Metrics)
            foreach (var lang in new[] { "en", "ru", "bg", "kk" })
                metric.Labels.GetValueOrDefault(lang).ShouldNotBeNullOrWhiteSpace($"{metric.Key} has no {lang} label");
    }

    [Fact]
    public void Labels_say_which_way_the_goods_go()
    {
        Catalog.Label("exports", "ru").ShouldBe("Экспорт Казахстана в Болгарию");
        Catalog.Label("exports_bg_to_kz", "bg").ShouldBe("Внос на Казахстан от България");
    }

    [Fact]
    public void Every_member_of_a_family_is_a_metric_of_the_catalogue()
    {
        foreach (var family in Catalog.Families)
            foreach (var key in family.Members.Values.Concat(family.Commodities.SelectMany(c => c.Members.Values)))
                Catalog.Find(key).ShouldNotBeNull($"{family.Name} resolves to unknown metric {key}");
    }
}
