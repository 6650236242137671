using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Who did X sign with": in a list of signed documents each item names its own parties; when the item about X names
/// its partner in words the store cannot read as a name, the next item's parties are still no answer.
/// </summary>
public sealed class ListItemPartyTests(ListItemPartyTests.Fixture fixture) : IClassFixture<ListItemPartyTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files) =>
            files.Write("signed.md", Doc("Подписанные документы", "2024-06-18", "ru",
                "В ходе визита были подписаны следующие документы:\n\n"
                + "- меморандум о сотрудничестве между торговой палатой Шымкента и болгарской ассоциацией виноделов;\n"
                + "- соглашение о перевозках между ТОО «Алтын Жол» и ООО «Дунав Логистик»."));
    }

    [Theory]
    [InlineData("С кем торговая палата Шымкента подписала меморандум о сотрудничестве?", "ru")]
    [InlineData("Who did the Shymkent chamber of commerce sign a cooperation memorandum with?", "en")]
    [InlineData("С кого търговската палата на Шимкент подписа меморандум за сътрудничество?", "bg")]
    [InlineData("Шымкент сауда палатасы кіммен ынтымақтастық меморандумына қол қойды?", "kk")]
    public void The_partner_of_one_list_item_is_never_taken_from_the_next_item(string question, string lang)
    {
        var first = fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

        first.ShouldNotContain("Дунав");
        first.ShouldNotContain("Алтын");
    }
}
