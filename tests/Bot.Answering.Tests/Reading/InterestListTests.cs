using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "In which areas was Bulgaria interested": the areas a side is interested in are listed from the sentence that
/// enumerates them, in whatever language the question and the report are written. A which-word before a word for areas
/// or sectors ("кои области", "каких сферах", "қандай салаларда") asks for that list, not for a region; and a sentence
/// later in a report from Astana, placing nothing elsewhere, is about those talks in Astana even when a capital stands in
/// it for its government ("София заинтересована в …").
/// </summary>
public sealed class InterestListTests(InterestListTests.Fixture fixture) : IClassFixture<InterestListTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("konsultacii-ru.md", Doc("Казахстан и Болгария намерены расширить сотрудничество", "2023-10-21", "ru",
                "**АСТАНА.** В Министерстве иностранных дел Казахстана в Астане прошёл раунд политических консультаций с Болгарией.\n\n"
                + "Стороны обсудили состояние и перспективы политического и культурного сотрудничества.\n\n"
                + "Болгарский дипломат сообщил, что София заинтересована в развитии связей в сфере энергетики, включая производство водорода, "
                + "а также в телекоммуникациях, транспорте и логистике."));
            files.Write("chronology-en.md", Doc("Kazakhstan and Bulgaria: chronology of relations", "2024-05-01", "en",
                "- 21 October 2023 – political consultations between the foreign ministries in Astana.\n"
                + "- 9 June 2025 – official visit of the President of Bulgaria to Astana."));
            files.Write("forum-bg.md", Doc("Бизнес форум в Пловдив", "2024-04-02", "bg",
                "Пловдив, 2 април. В Пловдив се проведе бизнес форум. Казахстанските компании проявиха интерес към селското стопанство, "
                + "фармацията и винопроизводството."));
        }
    }

    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("Към кои отрасли е проявила интерес България по време на политическите консултации в Астана през октомври 2023 г.?", "bg")]
    [InlineData("В кои области българската страна заяви интерес към сътрудничество на консултациите в Астана през октомври 2023 г.?", "bg")]
    [InlineData("В каких сферах Болгария выразила заинтересованность на консультациях в Астане в октябре 2023 года?", "ru")]
    [InlineData("Which sectors was Bulgaria interested in at the consultations in Astana in October 2023?", "en")]
    public void The_areas_of_interest_are_listed_from_the_sentence_that_names_them_though_a_capital_speaks_in_it(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        answer.Text.ShouldContain("энергетики", customMessage: answer.Text);
        answer.Text.ShouldContain("телекоммуникациях", customMessage: answer.Text);
        answer.Text.ShouldContain("логистике", customMessage: answer.Text);
    }

    [Theory]
    [InlineData("В кои области проявиха интерес казахстанските компании на форума в Пловдив?", "bg")]
    [InlineData("Пловдивтегі форумда қазақстандық компаниялар қандай салаларға қызығушылық танытты?", "kk")]
    public void A_word_for_areas_after_which_asks_for_the_list_not_for_a_region(string question, string lang)
    {
        var answer = Ask(question, lang);

        answer.Text.ShouldContain("фармацията", customMessage: answer.Text);
        answer.Text.ShouldContain("винопроизводството", customMessage: answer.Text);
    }

    [Fact]
    public void A_which_city_question_is_still_answered_with_the_city()
    {
        var answer = Ask("В каком городе прошёл бизнес-форум в апреле 2024 года?", "ru");

        answer.Text.Split('\n')[0].ShouldContain("Пловдив", customMessage: answer.Text);
    }
}
