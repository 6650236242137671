using Bot.Answering.Conversation;
using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Conversation;

/// <summary>
/// A follow-up that points at what the last answer named ("Who is the mayor of that city?" after the city was answered)
/// asks of that one, not of what the last question named; one that names the other side of a flow ("And what did
/// Bulgaria ship in that period?") asks of that flow in the same period; one whose answer no source holds is refused.
/// </summary>
public sealed class PointedFollowUpTests(PointedFollowUpTests.Fixture fixture) : IClassFixture<PointedFollowUpTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("twin-kk.md", Doc("Түркістан мен Пловдив бауырлас қала атанды", "2025-09-20", "kk",
                "Болгарияның Пловдив қаласы Түркістанмен бауырластық туралы меморандумға қол қойды. "
                + "Түркістан қаласының әкімі Нұрбол Тұрашбеков құжатқа қол қойды. Пловдив мэрі Костадин Димитров қонақтарды қарсы алды."));
            files.Write("twin-en.md", Doc("Plovdiv signs twinning memorandum", "2025-09-21", "en",
                "The Bulgarian city of Plovdiv signed a twinning memorandum with Turkistan. The mayor of Turkistan, Nurbol Turashbekov, "
                + "signed the document in Plovdiv, and Plovdiv mayor Kostadin Dimitrov welcomed the guests."));
            files.Write("trade-ru.md", Doc("Товарооборот в первом полугодии 2024 года", "2024-08-05", "ru",
                "В январе–июне 2024 года экспорт Казахстана в Болгарию составил 152,4 млн долларов США. Основу экспорта составили нефть и металлы. "
                + "Болгария за тот же период поставила в Казахстан товаров на 38,7 млн долларов, в основном лекарственные препараты."));
            files.Write("trade-bg.md", Doc("Износът на Казахстан за България расте", "2024-08-06", "bg",
                "През първото полугодие на 2024 г. Казахстан е изнесъл за България стоки за 152,4 млн. долара, предимно петрол и метали. "
                + "България е изнесла за Казахстан стоки за 38,7 млн. долара — главно лекарства и медицинско оборудване."));
            files.Write("consultations-bg.md", Doc("Политически консултации между България и Казахстан в София", "2025-03-14", "bg",
                "В София се проведе поредният кръг политически консултации между министерствата на външните работи на България и Казахстан. "
                + "Българската делегация бе водена от заместник-министъра Елена Шекерлетова.\n\n"
                + "Казахстанската страна беше представлявана от заместник-министъра на външните работи Алибек Бакаев."));
            files.Write("commission-en.md", Doc("Sixth session of the intergovernmental commission", "2025-11-12", "en",
                "The sixth session of the Kazakhstan–Bulgaria intergovernmental commission was held in Varna. The Kazakh delegation was headed by "
                + "Minister of Trade Arman Shakkaliyev, while the Bulgarian side was led by Minister of Economy Petar Dilov."));
            files.Write("fuel-en.md", Doc("Kazakhstan to supply fuel to Kozloduy", "2025-06-09", "en",
                "Minister of Energy Almasadam Satkaliyev announced that Kazakhstan plans to supply nuclear fuel to the Kozloduy nuclear power plant. "
                + "The volumes were not disclosed."));
        }
    }

    string Ask(string question, ConversationState chat, string lang) => fixture.Answerer.Answer(question, lang, chat).Text;

    [Theory]
    [InlineData("Which Kazakh city twinned with Plovdiv?", "Who is the mayor of that city?", "en")]
    [InlineData("Какой казахстанский город стал побратимом Пловдива?", "А кто мэр этого города?", "ru")]
    [InlineData("Кой казахстански град стана побратим на Пловдив?", "А кой е кметът на този град?", "bg")]
    [InlineData("Пловдивпен қай қала бауырлас қала атанды?", "Сол қаланың әкімі кім?", "kk")]
    public void That_city_after_an_answer_naming_a_city_is_the_city_answered(string first, string followUp, string lang)
    {
        var chat = new ConversationState();
        Ask(first, chat, lang).Split('\n')[0].ShouldMatch("Turk|Түркістан|Туркестан");

        var lead = Ask(followUp, chat, lang).Split('\n')[0];

        lead.ShouldMatch("Turashbekov|Турашбеков|Тұрашбеков");
        lead.ShouldNotMatch("Dimitrov|Димитров");
    }

    [Theory]
    [InlineData("Who led the Bulgarian delegation at the political consultations in Sofia?", "And from the Kazakh side?", "en")]
    [InlineData("Кто возглавлял болгарскую делегацию на политических консультациях в Софии?", "А с казахстанской стороны?", "ru")]
    public void The_other_side_is_read_where_the_last_answer_told_of_the_same_occasion(string first, string followUp, string lang)
    {
        var chat = new ConversationState();
        Ask(first, chat, lang).Split('\n')[0].ShouldMatch("Shekerletova|Шекерлетова");

        var lead = Ask(followUp, chat, lang).Split('\n')[0];

        lead.ShouldMatch("Bakaev|Bakayev|Бакаев");
        lead.ShouldNotMatch("Shakkali|Шак+али");
    }

    [Theory]
    [InlineData("Who headed the Kazakh delegation at the sixth session of the intergovernmental commission?", "And from the Bulgarian side?", "en")]
    [InlineData("Кто возглавил казахстанскую делегацию на шестом заседании межправкомиссии?", "А с болгарской стороны?", "ru")]
    [InlineData("Кой ръководеше казахстанската делегация на шестото заседание на междуправителствената комисия?", "А от българска страна?", "bg")]
    [InlineData("Үкіметаралық комиссияның алтыншы отырысында қазақстандық делегацияны кім басқарды?", "Ал болгар тарапынан?", "kk")]
    public void The_other_side_of_a_delegation_is_its_other_head(string first, string followUp, string lang)
    {
        var chat = new ConversationState();
        Ask(first, chat, lang).ShouldMatch("Shakkali|Шак+али");

        Ask(followUp, chat, lang).Split('\n')[0].ShouldMatch("Dilov|Дилов");
    }

    [Theory]
    [InlineData("What were Kazakhstan's exports to Bulgaria in the first half of 2024?", "And how much did Bulgaria export over that period?", "en")]
    [InlineData("Каким был экспорт Казахстана в Болгарию в первом полугодии 2024 года?", "А что поставляла Болгария за тот же период?", "ru")]
    [InlineData("2024 жылдың бірінші жартыжылдығында Қазақстанның Болгарияға экспорты қанша болды?", "Ал Болгария сол кезеңде не жеткізді?", "kk")]
    public void A_follow_up_naming_the_other_country_as_the_one_shipping_asks_of_its_flow_in_the_same_period(string first, string followUp, string lang)
    {
        var chat = new ConversationState();
        Ask(first, chat, lang).Split('\n')[0].ShouldMatch("152[.,]4");

        var lead = Ask(followUp, chat, lang).Split('\n')[0];

        lead.ShouldMatch("38[.,]7");
        lead.ShouldNotMatch("152[.,]4");
    }

    [Theory]
    [InlineData("2024 жылдың бірінші жартыжылдығында Қазақстанның Болгарияға экспорты қанша болды?", "Бұл өткен жылдың сәйкес кезеңімен салыстырғанда қалай өзгерді?", "kk")]
    [InlineData("What were Kazakhstan's exports to Bulgaria in the first half of 2024?", "How did this change compared with the same period a year earlier?", "en")]
    [InlineData("Каким был экспорт Казахстана в Болгарию в первом полугодии 2024 года?", "Как это изменилось по сравнению с тем же периодом прошлого года?", "ru")]
    public void A_comparison_after_a_figure_is_answered_with_that_figure_of_its_period(string first, string followUp, string lang)
    {
        var chat = new ConversationState();
        Ask(first, chat, lang).ShouldMatch("152[.,]4");

        var answer = fixture.Answerer.Answer(followUp, lang, chat);

        answer.Kind.ShouldNotBe(Bot.Answering.Composing.AnswerKind.NotFound);
        answer.Text.Split('\n')[0].ShouldMatch("2024");
    }

    [Fact]
    public void A_question_naming_one_country_as_the_one_shipping_asks_of_its_exports()
    {
        var lead = Ask("How much did Bulgaria ship in the first half of 2024?", new ConversationState(), "en").Split('\n')[0];

        lead.ShouldMatch("38[.,]7");
        lead.ShouldNotMatch("152[.,]4");
    }

    [Theory]
    [InlineData("Who announced that Kazakhstan plans to supply nuclear fuel to the Kozloduy plant?", "How many reactors does that plant operate?", "en")]
    [InlineData("Кто объявил, что Казахстан будет поставлять ядерное топливо на АЭС «Козлодуй»?", "А сколько реакторов работает на этой станции?", "ru")]
    public void A_follow_up_no_source_answers_is_refused_not_answered_from_the_last_answer(string first, string followUp, string lang)
    {
        var chat = new ConversationState();
        Ask(first, chat, lang).Split('\n')[0].ShouldMatch("Satkaliyev|Саткалиев");

        var answer = fixture.Answerer.Answer(followUp, lang, chat);

        answer.Kind.ShouldBe(Bot.Answering.Composing.AnswerKind.NotFound);
    }
}
