using Bot.Answering.Composing;
using Bot.Answering.Conversation;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Bulgaria's ambassador to Kazakhstan" and "Kazakhstan's ambassador to Bulgaria" are two people: the one whose own post
/// is of the asked country answers, in any language the post is written in; the ambassador who met a new rector is not
/// the rector; and "who was the rector before him?" asks for the one who held the post then, not for the new one.
/// </summary>
public sealed class OfficeOfCountryTests(OfficeOfCountryTests.Fixture fixture) : IClassFixture<OfficeOfCountryTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("envoys-ru.md", Doc("Послы обсудили визит", "2023-10-02", "ru",
                "Посол Казахстана в Болгарии Ерлан Ахметов обсудил в Софии программу визита с заместителем министра экономики Болгарии Стефаном Пеевым.\n\n"
                + "В тот же день посол Болгарии в Казахстане Марин Русев вручил копии верительных грамот в Астане."));
            files.Write("rector-en.md", Doc("Kazakh envoy visits Ruse University", "2023-05-04", "en",
                "On 3 May 2023 the Ambassador of Kazakhstan Erlan Akhmetov met the newly elected rector of the University of Ruse, Prof. Lyuben Stoev.\n\n"
                + "The ambassador first came to the university in 2019, when he was received by the then rector, Prof. Hristo Belev."));
        }
    }

    Answer Ask(string question, string lang, ConversationState? chat = null) => fixture.Answerer.Answer(question, lang, chat);

    [Theory]
    [InlineData("Who is Bulgaria's ambassador to Kazakhstan?", "en", "Marin Rusev", "Akhmetov")]
    [InlineData("Кой е посланикът на България в Казахстан?", "bg", "Марин Русев", "Ахметов")]
    [InlineData("Who is Kazakhstan's ambassador to Bulgaria?", "en", "Akhmetov", "Rusev")]
    [InlineData("Кто посол Казахстана в Болгарии?", "ru", "Ахметов", "Русев")]
    public void The_ambassador_of_the_asked_country_answers_not_the_other_countrys(string question, string lang, string expected, string other)
    {
        var first = Ask(question, lang).Text.Split('\n')[0];

        first.ShouldContain(expected);
        first.ShouldNotContain(other);
    }

    [Theory]
    [InlineData("Who is the rector of the University of Ruse?", "en", "Stoev")]
    [InlineData("Кто ректор Русенского университета?", "ru", "Стоев")]
    public void The_rector_is_the_one_the_post_is_given_not_the_ambassador_who_met_him(string question, string lang, string expected)
    {
        var first = Ask(question, lang).Text.Split('\n')[0];

        first.ShouldContain(expected);
        first.ShouldNotContain(lang == "en" ? "Akhmetov" : "Ахметов");
    }

    [Theory]
    [InlineData("Who became rector of the University of Ruse in 2023?", "And who was the rector before him?", "en", "Belev")]
    [InlineData("Кто стал ректором Русенского университета в 2023 году?", "А кто был ректором до него?", "ru", "Белев")]
    public void A_follow_up_asking_for_the_predecessor_names_the_one_who_held_the_post_then(string first, string followUp, string lang, string expected)
    {
        var chat = new ConversationState();
        Ask(first, lang, chat).Text.Split('\n')[0].ShouldContain(lang == "en" ? "Stoev" : "Стоев");

        var next = Ask(followUp, lang, chat).Text.Split('\n')[0];

        next.ShouldContain(expected);
        next.ShouldNotContain(lang == "en" ? "Stoev" : "Стоев");
        next.ShouldNotContain(lang == "en" ? "Akhmetov" : "Ахметов");
    }
}

/// <summary>A store naming only Bulgaria's ambassador: asked for Kazakhstan's, the bot does not offer him as the answer.</summary>
public sealed class OfficeOfCountryRefusalTests(OfficeOfCountryRefusalTests.Fixture fixture) : IClassFixture<OfficeOfCountryRefusalTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files) =>
            files.Write("exhibition-bg.md", Doc("Изложба в Алмати", "2022-11-18", "bg",
                "Посланикът на България в Казахстан Марин Русев откри изложба на български икони в Алмати."));
    }

    [Theory]
    [InlineData("Who is Kazakhstan's ambassador to Bulgaria?", "en", "Rusev")]
    [InlineData("Кто посол Казахстана в Болгарии?", "ru", "Русев")]
    public void The_other_countrys_ambassador_is_no_answer(string question, string lang, string other)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.Split('\n')[0].ShouldNotContain(other);
    }
}
