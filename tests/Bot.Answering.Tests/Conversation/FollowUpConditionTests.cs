using Bot.Answering.Conversation;
using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Conversation;

/// <summary>
/// A follow-up keeps the conditions it does not restate and replaces those it does: "And the fourth?" asks of the fourth
/// session; "since when did he head it?" after "who headed it before X?" asks of the one the answer named; "and when was
/// it ratified?" after a question on a convention asks of its ratification, not its signing again.
/// </summary>
public sealed class FollowUpConditionTests(FollowUpConditionTests.Fixture fixture) : IClassFixture<FollowUpConditionTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("sessions.md", Doc("Commission prepares its next session", "2025-04-18", "en",
                "The fourth session of the intergovernmental commission was held in Burgas. The fifth session will take place in Shymkent next month."));
            files.Write("sessions-kk.md", Doc("Комиссия келесі отырысқа дайындалуда", "2025-04-18", "kk",
                "Үкіметаралық комиссияның төртінші отырысы Бургаста өтті. Бесінші отырысы келесі айда Шымкентте өтеді."));
            files.Write("mission.md", Doc("Посолство на Казахстан в България", "2024-07-10", "bg",
                "Посланик Нуржан Айдаров е начело на посолството от началото на 2023 г. Неговият предшественик Галым Оспанов ръководеше мисията от август 2009 г."));
            files.Write("mission-en.md", Doc("Embassy of Kazakhstan in Bulgaria", "2024-07-10", "en",
                "Ambassador Nurzhan Aidarov has headed the embassy since early 2023. His predecessor Galym Ospanov headed the mission from August 2009."));
            files.Write("treaty.md", Doc("Treaties of Kazakhstan and Bulgaria", "2016-01-20", "en",
                "The Convention on the avoidance of double taxation between Kazakhstan and Bulgaria was signed in Almaty on 13 November 1997. "
                + "Kazakhstan ratified it by Law No. 269 of 9 July 1998."));
        }
    }

    string Ask(string question, ConversationState chat, string lang) => fixture.Answerer.Answer(question, lang, chat).Text;

    [Theory]
    [InlineData("In which city will the fifth session of the intergovernmental commission take place?", "And the fourth?", "en")]
    [InlineData("В каком городе пройдёт пятое заседание межправительственной комиссии?", "А четвёртое?", "ru")]
    [InlineData("В кой град ще се проведе петото заседание на междуправителствената комисия?", "А четвъртото?", "bg")]
    [InlineData("Үкіметаралық комиссияның бесінші отырысы қай қалада өтеді?", "Ал төртіншісі ше?", "kk")]
    public void A_follow_up_naming_only_an_ordinal_asks_of_that_one(string first, string followUp, string lang)
    {
        var chat = new ConversationState();
        Ask(first, chat, lang).Split('\n')[0].ShouldMatch("Shymkent|Шымкент");

        Ask(followUp, chat, lang).Split('\n')[0].ShouldMatch("Burgas|Бургас");
    }

    [Theory]
    [InlineData("Who headed the Kazakh mission in Bulgaria before Aidarov?", "Since when did he head it?", "en")]
    [InlineData("Кто руководил казахстанской миссией в Болгарии до Айдарова?", "А с какого года он её возглавлял?", "ru")]
    [InlineData("Кой ръководеше казахстанската мисия в България преди Айдаров?", "А от коя година я ръководеше той?", "bg")]
    public void A_pronoun_after_a_who_question_points_at_the_person_the_answer_named(string first, string followUp, string lang)
    {
        var chat = new ConversationState();
        Ask(first, chat, lang).ShouldMatch("Ospanov|Оспанов");

        var next = Ask(followUp, chat, lang).Split('\n')[0];

        next.ShouldContain("2009");
        next.ShouldNotContain("2023");
    }

    [Theory]
    [InlineData("Where was the convention on the avoidance of double taxation between Kazakhstan and Bulgaria signed?", "And when did Kazakhstan ratify it?", "en")]
    [InlineData("Где была подписана конвенция об избежании двойного налогообложения между Казахстаном и Болгарией?", "А когда Казахстан её ратифицировал?", "ru")]
    [InlineData("Къде е подписана спогодбата между Казахстан и България за избягване на двойното данъчно облагане?", "А кога Казахстан я ратифицира?", "bg")]
    public void A_follow_up_asking_a_later_step_of_an_agreement_is_answered_with_that_step(string first, string followUp, string lang)
    {
        var chat = new ConversationState();
        Ask(first, chat, lang).ShouldMatch("Almaty|Алмат");

        var next = Ask(followUp, chat, lang).Split('\n')[0];

        next.ShouldContain("1998");
        next.ShouldNotContain("1997");
    }
}
