using Bot.Answering.Conversation;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A text about Kazakhstan and Bulgaria that recalls a third country's agreement or event beside its own: the third
/// country's minister, and whoever signed with them, is no signatory of the Kazakh–Bulgarian memorandum, and its capital
/// is not where the week in Bulgaria closed.
/// </summary>
public sealed class ThirdCountryAnswerTests(ThirdCountryAnswerTests.Fixture fixture) : IClassFixture<ThirdCountryAnswerTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("agri-bg.md", Doc("България и Казахстан ще си сътрудничат в селското стопанство", "2024-11-05", "bg",
                "Меморандумът за сътрудничество в селското стопанство между Казахстан и България беше подписан в София от министъра "
                + "на земеделието Георги Тахов и казахстанския министър на земеделието Айдарбек Сапаров.\n\n"
                + "Седмица по-рано в Ташкент подобен документ подписаха Тахов и узбекският министър на земеделието Ибрахим Абдурахмонов."));
            // The Kazakh–Bulgarian memorandum's own report names no signatory; the next sentence tells of Bulgaria's with Uzbekistan.
            files.Write("vet-en.md", Doc("Kazakhstan and Bulgaria sign veterinary memorandum", "2024-10-08", "en",
                "SOFIA — Kazakhstan and Bulgaria signed a memorandum on cooperation in veterinary medicine in Sofia on Monday, the "
                + "Bulgarian food safety agency said.\n\n"
                + "A week earlier a similar veterinary memorandum was signed in Tashkent by Bulgarian Minister Georgi Takhov and Uzbek "
                + "Minister of Agriculture Ibrokhim Abdurakhmonov."));
            files.Write("film-en.md", Doc("Kazakh film week in Bulgaria closes in Varna", "2023-06-12", "en",
                "VARNA — The Kazakh Film Week in Bulgaria closed on Sunday with a screening at the Festival and Congress Centre in Varna.\n\n"
                + "The week in Bulgaria came after a Kazakh Film Week in Hungary, held in Budapest in May 2023."));
        }
    }

    string Ask(string question, ConversationState chat, string lang) => fixture.Answerer.Answer(question, lang, chat).Text;

    [Theory]
    [InlineData("Кто подписал казахстанско-болгарский меморандум о сотрудничестве в сельском хозяйстве?", "ru")]
    [InlineData("Who signed the Kazakhstan–Bulgaria memorandum on agriculture?", "en")]
    public void A_third_countrys_minister_signed_no_Kazakh_Bulgarian_memorandum(string question, string lang)
    {
        var answer = Ask(question, new ConversationState(), lang);

        answer.ShouldMatch("Сапаров|Saparov");
        answer.ShouldNotMatch("Абдурахмонов|Abdurakhmonov");
    }

    [Theory]
    [InlineData("Кто подписал меморандум Казахстана и Болгарии о сотрудничестве в области ветеринарии?", "ru")]
    [InlineData("Who signed the Kazakhstan–Bulgaria veterinary memorandum?", "en")]
    public void A_signing_with_a_third_countrys_minister_names_no_signatory_of_the_asked_memorandum(string question, string lang)
    {
        var answer = Ask(question, new ConversationState(), lang);

        answer.ShouldNotMatch("Абдурахмонов|Abdurakhmonov");
    }

    [Theory]
    [InlineData("In which city did the 2023 Kazakh Film Week in Bulgaria close?", "en")]
    [InlineData("В каком городе завершилась неделя казахского кино в Болгарии в 2023 году?", "ru")]
    public void A_city_of_a_third_country_is_not_where_the_week_in_Bulgaria_closed(string question, string lang)
    {
        var lead = Ask(question, new ConversationState(), lang).Split('\n')[0];

        lead.ShouldNotMatch("Budapest|Будапешт");
    }
}
