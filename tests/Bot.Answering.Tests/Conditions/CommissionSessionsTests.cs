using Bot.Answering.Composing;
using Bot.Answering.Conversation;
using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Conditions;

/// <summary>
/// Sessions, rounds and their co-chairs, stated where no training document states them: an English ministry release
/// whose "Notes to editors" footnotes tell of earlier sessions beside another country's commission and a session still
/// to come, a Kazakh report writing its ordinals in words beside the Kazakhstan–Hungary commission, a Bulgarian calendar
/// of sessions with one still ahead, and a Russian MFA item with a background paragraph on the previous round. Asked in
/// en/ru/bg/kk: an answer proves the session's number, its side and that it took place, or the bot refuses.
/// </summary>
public sealed class CommissionSessionsTests(CommissionSessionsTests.Fixture fixture) : IClassFixture<CommissionSessionsTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("economy-release.txt", """
                MINISTRY OF ECONOMY AND INDUSTRY OF THE REPUBLIC OF BULGARIA
                Press release, 14 May 2025

                Bulgaria and Kazakhstan prepare the next intergovernmental commission

                Deputy Minister Nikolay Pavlov today received a delegation of the Kazakh Ministry of Trade and Integration led by Vice Minister Aizhan Bizhanova. The sides discussed preparations for the seventh session of the intergovernmental commission, which is to take place in Astana in the autumn.

                On the same day Minister Petar Dimitrov co-chaired in Sofia the ninth session of the Bulgaria–Uzbekistan intergovernmental commission together with Uzbek Minister Laziz Kudratov.

                Notes to editors
                [1] The sixth session of the Bulgaria–Kazakhstan intergovernmental commission on economic cooperation was held in Sofia on 20 November 2023. The Bulgarian side was led by Minister of Economy Bogdan Bogdanov and the Kazakh side by Minister of Trade Serik Zhumangarin.
                [2] The fifth session took place in Astana in June 2019.
                """);
            files.Write("komissiya-kk.txt", """
                Астана, 3 қазан 2025 жыл. Сауда және интеграция министрлігінің баспасөз қызметі.

                Қазақстан мен Болгария арасындағы экономикалық ынтымақтастық жөніндегі үкіметаралық комиссияның жетінші отырысы Астанада өтті.

                Комиссияның қазақстандық бөлігінің төрағасы – Сауда және интеграция министрі Арман Шаққалиев, болгар бөлігінің төрағасы – Экономика және индустрия министрі Петър Димитров.

                Еске салсақ, комиссияның 5-отырысы 2019 жылы Астанада өткен. Отырыста сауда, көлік-логистика және энергетика салаларындағы ынтымақтастық талқыланды. Комиссияның келесі сегізінші отырысын 2026 жылы Софияда өткізу жоспарланып отыр.

                Осы аптада Қазақстан–Венгрия үкіметаралық комиссиясының он бірінші отырысы Будапештте өтті, оны Венгрия тарапынан Сыртқы істер министрі Петер Сийярто басқарды.
                """);
            files.Write("kalendar-bg.txt", """
                Междуправителствена комисия за икономическо сътрудничество между България и Казахстан

                Календар на заседанията (актуализиран на 10.10.2025 г.)

                Първо заседание – София, октомври 2004 г.
                Второ заседание – Астана, май 2008 г.
                Трето заседание – София, март 2012 г.
                Четвърто заседание – Астана, септември 2015 г. Съпредседатели: министър Лиляна Павлова (България) и министър Тамара Дуйсенова (Казахстан).
                Пето заседание – Астана, юни 2019 г.
                Шесто заседание – София, 20 ноември 2023 г.
                Седмо заседание – Астана, 3 октомври 2025 г.
                Осмо заседание – София, 2026 г. (предстои)

                Междуправителствена комисия България – Узбекистан: девето заседание – София, 14 май 2025 г.
                """);
            files.Write("konsultacii-ru.txt", """
                МИД Республики Казахстан | Новости | 5 марта 2025

                В Софии прошли казахстанско-болгарские политические консультации

                5 марта в Софии состоялся очередной раунд политических консультаций между министерствами иностранных дел Казахстана и Болгарии. Казахстанскую делегацию возглавил заместитель министра иностранных дел Алибек Бакаев, болгарскую — заместитель министра иностранных дел Елена Шекерлетова.

                Стороны обсудили подготовку визита Президента Болгарии в Казахстан и сотрудничество в рамках Среднего коридора.

                Справочно: предыдущий раунд консультаций состоялся в Астане 12 апреля 2022 года. Тогда болгарскую делегацию возглавляла заместитель министра Ирена Димитрова.

                В феврале 2025 года в Будапеште прошли политические консультации МИД Казахстана и Венгрии.
                """);
        }
    }

    string First(string question, string lang) => fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

    [Theory]
    [InlineData("Where was the sixth session of the intergovernmental commission held?", "en", "Sofia", "Astana")]
    [InlineData("Где состоялось 5-е заседание комиссии?", "ru", "Астана", "София")]
    [InlineData("Где состоялось четвёртое заседание межправительственной комиссии?", "ru", "Астана", "София")]
    [InlineData("Къде се проведе четвъртото заседание на междуправителствената комисия?", "bg", "Астана", "София")]
    [InlineData("Үкіметаралық комиссияның жетінші отырысы қайда өтті?", "kk", "Астана", "София")]
    [InlineData("Where was the seventh session of the intergovernmental commission held?", "en", "Astana", "Sofia")]
    public void A_session_asked_by_its_number_in_words_or_digits_is_answered_by_that_session_only(string question, string lang, string expected, string other)
    {
        var first = First(question, lang);

        first.ShouldContain(expected);
        first.ShouldNotContain(other);
    }

    [Theory]
    [InlineData("Где состоялось восьмое заседание межправкомиссии?", "ru", "София")]
    [InlineData("Үкіметаралық комиссияның сегізінші отырысы қайда өтті?", "kk", "София")]
    [InlineData("When was the eighth session of the intergovernmental commission held?", "en", "2026")]
    public void A_session_only_planned_is_never_answered_as_held(string question, string lang, string planned)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.Split('\n')[0].ShouldNotContain(planned);
    }

    [Fact]
    public void A_planned_session_asked_as_planned_is_answered_with_its_place() =>
        First("Үкіметаралық комиссияның сегізінші отырысы қайда өтеді?", "kk").ShouldContain("София");

    [Theory]
    [InlineData("When was the ninth session of the Kazakhstan–Bulgaria intergovernmental commission held?", "en", "May")]
    [InlineData("Къде се проведе деветото заседание на междуправителствената комисия?", "bg", "София")]
    public void Another_countrys_commission_answers_no_question_of_the_kazakhstan_bulgaria_one(string question, string lang, string other)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.NotFound);
        answer.Text.Split('\n')[0].ShouldNotContain(other);
    }

    [Theory]
    [InlineData("Who led the Bulgarian side at the sixth session of the commission?", "en", "Bogdanov", "Zhumangarin")]
    [InlineData("Кой ръководеше българската страна на шестото заседание на комисията?", "bg", "Богданов", "Казахстан")]
    [InlineData("Кто возглавлял болгарскую сторону на шестом заседании комиссии?", "ru", "Богданов", "Жумангарин")]
    [InlineData("Who co-chairs the intergovernmental commission on the Bulgarian side?", "en", "Dimitrov", "Kudratov")]
    public void The_head_of_a_side_is_the_one_of_the_asked_side_and_session(string question, string lang, string expected, string other)
    {
        var first = First(question, lang);

        first.ShouldContain(expected);
        first.ShouldNotContain(other);
    }

    [Theory]
    [InlineData("When was the previous round of political consultations held before March 2025?", "en", "2022", "5 March")]
    [InlineData("Who headed the Bulgarian delegation at the previous consultations?", "en", "Dimitrova", "Shekerletova")]
    [InlineData("Кой ръководи българската делегация на предишния кръг политически консултации?", "bg", "Димитрова", "Шекерлетова")]
    public void The_previous_round_is_the_one_a_background_paragraph_calls_so_not_the_round_reported(string question, string lang, string expected, string other)
    {
        var first = First(question, lang);

        first.ShouldContain(expected);
        first.ShouldNotContain(other);
    }

    [Fact]
    public void A_follow_up_on_that_earlier_round_keeps_to_it_and_not_to_the_time_bound_of_the_first_question()
    {
        var chat = new ConversationState();

        fixture.Answerer.Answer("When was the previous round of political consultations held before March 2025?", "en", chat).Text.Split('\n')[0].ShouldContain("2022");
        var first = fixture.Answerer.Answer("And who led the Bulgarian side at that earlier round?", "en", chat).Text.Split('\n')[0];

        first.ShouldContain("Dimitrova");
        first.ShouldNotContain("Shekerletova");
    }
}
