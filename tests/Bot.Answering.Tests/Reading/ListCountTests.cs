using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "How many documents were signed…" where the report lists them without stating their number: the count is the listed
/// documents' — numbered items over paragraphs, or semicolons in one sentence — not an establishment closing the list,
/// nor the number signed on another occasion; a number the text states wins over the items counted.
/// </summary>
public sealed class ListCountTests(ListCountTests.Fixture fixture) : IClassFixture<ListCountTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            // A Telegram post of a regional akimat: numbered items, one a paragraph; a council set up after them; 2019's signing.
            files.Write("pavlodar.md", Doc("Павлодар мен Русе", "2024-03-12", "kk",
                "📌 Павлодар облысының әкімі Асайын Байханов Болгарияның Русе облысының губернаторы Стоян Пасевпен Павлодарда кездесті.\n\n" +
                "Кездесу қорытындысы бойынша мына құжаттарға қол қойылды:\n\n" +
                "1) Павлодар облысы мен Русе облысы арасындағы ынтымақтастық туралы меморандум;\n\n" +
                "2) Павлодар және Русе университеттері арасындағы академиялық алмасу туралы келісім;\n\n" +
                "3) туризм саласындағы ынтымақтастық бағдарламасы.\n\n" +
                "Сондай-ақ бірлескен іскерлік кеңес құрылды.\n\n" +
                "Еске салайық, 2019 жылы Русе делегациясының Павлодарға сапары кезінде екі құжатқа қол қойылды.\n\n" +
                "#Павлодар #Болгария"));
            // A city hall's bulletin: the documents between semicolons of one sentence; an earlier signing stated by number.
            files.Write("shymkent.md", Doc("Сообщение пресс-службы акимата Шымкента", "2023-10-05", "ru",
                "Дата публикации: 05.10.2023\n\n" +
                "В ходе визита делегации Пловдива в Шымкент 4 октября 2023 года были подписаны: соглашение об установлении побратимских связей; " +
                "меморандум о сотрудничестве в сфере образования; протокол о культурном обмене на 2024–2025 годы.\n\n" +
                "Кроме того, стороны обсудили открытие прямого авиарейса.\n\n" +
                "Ранее, в 2018 году, делегации подписали в Пловдиве четыре документа."));
            // An FAQ: the number stated, and only some of the documents listed.
            files.Write("almaty.md", Doc("Business council FAQ", "2022-05-21", "en",
                "Q: What came out of the Almaty session of the Kazakh–Bulgarian business council?\n\n" +
                "A: Six documents were signed in Almaty on 20 May 2022. The documents signed included:\n\n" +
                "- a memorandum on grain logistics;\n- an agreement on pharmaceutical distribution.\n\n" +
                "Q: When is the next session?\n\nA: In Sofia, in spring 2023."));
        }
    }

    [Theory]
    [InlineData("How many documents were signed following the talks in Pavlodar in March 2024?", "en")]
    [InlineData("Сколько документов подписали по итогам встречи в Павлодаре в марте 2024 года?", "ru")]
    [InlineData("Колко документа бяха подписани след срещата в Павлодар през март 2024 г.?", "bg")]
    public void The_documents_listed_one_a_paragraph_are_counted_not_the_council_nor_2019s(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        FirstNumber(answer).ShouldBe("3", answer.Text);
        answer.Text.ShouldContain("туризм");
        answer.Text.ShouldNotContain("кеңес құрылды");
    }

    [Theory]
    [InlineData("Колко документа бяха подписани в Шимкент по време на визитата на делегацията от Пловдив през октомври 2023 г.?", "bg")]
    [InlineData("Қазан 2023 жылы Пловдив делегациясының Шымкентке сапары кезінде қанша құжатқа қол қойылды?", "kk")]
    public void The_documents_between_semicolons_of_one_sentence_are_counted(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        FirstNumber(answer).ShouldBe("3", answer.Text);
    }

    [Theory]
    [InlineData("How many documents were signed in Almaty on 20 May 2022?", "en")]
    [InlineData("Сколько документов было подписано в Алматы 20 мая 2022 года?", "ru")]
    public void A_number_the_text_states_wins_over_the_items_it_lists(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        FirstNumber(answer).ShouldBe("6", answer.Text);
    }

    // The number the answer leads with, whatever words its language puts before it ("Найдено документов: 3.").
    static string FirstNumber(Answer answer) => System.Text.RegularExpressions.Regex.Match(answer.Text.Split('\n')[0], @"\d+").Value;
}
