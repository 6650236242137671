namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// A fact sheet's lines state counts and amounts as slides write them: the counted thing placed before a colon
/// ("Bulgarian companies in Kazakhstan: >60"), a sign for the qualifier (">60", "~$375 mln", "35+"). "Companies with Bulgarian participation" are companies
/// of one country in the other, not participants of an event. Sentences of our own, in four languages.
/// </summary>
public sealed class SlideCountLineTests : IDisposable
{
    readonly NewsItemIngestion _news = new();

    [Theory]
    [InlineData("en", "Key figures\n\n- Trade turnover 2024: ~$375 mln\n- Bulgarian companies in Kazakhstan: >60\n- Kazakh companies in Bulgaria: 35+\n")]
    [InlineData("ru", "Ключевые показатели\n\n- Товарооборот 2024: ~375 млн долларов\n- Компании с болгарским капиталом в Казахстане: >60\n- Казахстанские компании в Болгарии: 35+\n")]
    [InlineData("bg", "Основни данни\n\n- Стокообмен 2024: ~375 млн. долара\n- Български компании в Казахстан: >60\n- Казахстански компании в България: 35+\n")]
    [InlineData("kk", "Негізгі көрсеткіштер\n\n- Тауар айналымы 2024: ~375 млн доллар\n- Қазақстандағы болгар компаниялары: >60\n- Болгариядағы қазақстандық компаниялар: 35+\n")]
    public async Task Signed_values_keep_their_qualifier_and_counts_take_the_label_before_the_colon(string lang, string body)
    {
        var figures = await _news.IngestAsync(lang, "2025-06-20", body);

        var listed = NewsItemIngestion.Listed(figures);
        var turnover = figures.Where(f => f.Metric == "turnover" && f.Value == 375).ShouldHaveSingleItem(listed);
        turnover.Qualifier.ShouldBe("about");
        var bg = figures.Where(f => f.Metric == "companies_bg_in_kz").ShouldHaveSingleItem(listed);
        (bg.Value, bg.Qualifier).ShouldBe((60, "more_than"));
        var kz = figures.Where(f => f.Metric == "companies_kz_in_bg").ShouldHaveSingleItem(listed);
        (kz.Value, kz.Qualifier).ShouldBe((35, "more_than"));
    }

    [Fact]
    public async Task Companies_with_Bulgarian_participation_are_no_event_s_participants()
    {
        var figures = await _news.IngestAsync("en", "2025-06-08",
            "Bulgarian direct investment in Kazakhstan totalled $6.2 million in January-September 2024. More than 60 companies with Bulgarian participation are registered in Kazakhstan.");

        var listed = NewsItemIngestion.Listed(figures);
        figures.Where(f => f.Metric == "companies_bg_in_kz").ShouldHaveSingleItem(listed).Value.ShouldBe(60);
        figures.ShouldNotContain(f => f.Metric == "event_participants", listed);
    }

    public void Dispose() => _news.Dispose();
}
