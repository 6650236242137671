using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Figures;

/// <summary>
/// A Russian Telegram post that writes its currency after the scale ("66,6 млн $", "242,2 млн $"), beside the other
/// direction and another year, and a Bulgarian statistics note that parts thousands with dots before a decimal comma
/// ("1.234,5 хил. щатски долара"), beside a third country's trade.
/// </summary>
public sealed class WrittenNumberFormatsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("telegram-ru.md", Doc("Торговля с Болгарией", "2025-02-10", "ru",
            "📈 Итоги 2024 года:\n\n• экспорт Казахстана в Болгарию — 66,6 млн $\n\n• импорт из Болгарии — 12,4 млн $\n\nВ 2023 году экспорт в Болгарию составил 27,5 млн $."));
        files.Write("nsi-bg.md", Doc("Търговия със страни от ОНД", "2022-02-10", "bg",
            "През 2021 г. стокообменът между България и Казахстан е 1.234,5 хил. щатски долара. Стокообменът с Узбекистан е 2.345,6 хил. щатски долара."));
    }
}

/// <summary>"66,6 млн $" is $66.6 million and "1.234,5 хил." is 1,234.5 thousand, of the direction, year and pair asked.</summary>
public sealed class WrittenNumberFormatsTests(WrittenNumberFormatsFixture fixture) : IClassFixture<WrittenNumberFormatsFixture>
{
    [Theory]
    [InlineData("What were Kazakhstan's exports to Bulgaria in 2024?", "en", "66.6", "12.4")]
    [InlineData("Каков был импорт Казахстана из Болгарии в 2024 году?", "ru", "12,4", "66,6")]
    [InlineData("Колко е износът на Казахстан за България през 2023 г.?", "bg", "27,5", "66,6")]
    [InlineData("2021 жылы Қазақстан мен Болгария арасындағы тауар айналымы қанша болды?", "kk", "234,5", "345,6")]
    public void An_amount_is_read_however_its_page_writes_the_number(string question, string lang, string amount, string other)
    {
        var answer = fixture.Answerer.Answer(question, lang).Text;

        answer.Split('\n')[0].ShouldContain(amount);
        answer.Split('\n')[0].ShouldNotContain(other);
    }
}
