using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An institution is found under its name in another language's spelling («Қазпошта» for "Казпочта"), and a post under
/// its name in another language (chargé d'affaires, временный поверенный, временно управляващ, уақытша сенімді өкіл).
/// </summary>
public sealed class InstitutionAndRoleTests(InstitutionAndRoleNewsFixture fixture) : IClassFixture<InstitutionAndRoleNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Fact]
    public void A_Russian_question_about_Kazpochta_is_answered_from_a_Kazakh_text_about_Kazposhta()
    {
        var answer = Ask("Где Казпочта открыла новый логистический центр?", "ru");
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldStartWith("Шымкент");
    }

    [Theory]
    [InlineData("Кто из казахстанских дипломатов, временный поверенный, открыл выставку ковров в Пловдиве?", "ru", "Нурланов")]
    [InlineData("Кой временно управляващ откри изложбата на килими в Пловдив?", "bg", "Нурланов")]
    [InlineData("Пловдивтегі кілем көрмесін уақытша сенімді өкіл ретінде кім ашты?", "kk", "Нурланов")]
    public void The_charge_d_affaires_is_found_by_the_name_of_the_post_in_each_language(string question, string lang, string expected)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.ShouldContain(expected);
    }

    [Theory]
    [InlineData("Кто выступил на вечере болгарской культуры в Шымкенте?", "ru", "Стефан Петров")]
    [InlineData("Who spoke at the Bulgarian culture evening in Shymkent?", "en", "Stefan Petrov")]
    public void Whoever_spoke_is_found_by_the_Kazakh_words_for_speaking(string question, string lang, string expected) =>
        Ask(question, lang).Text.ShouldStartWith(expected);
}
