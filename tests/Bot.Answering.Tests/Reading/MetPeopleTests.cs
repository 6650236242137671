namespace Bot.Answering.Tests.Reading;

/// <summary>"Whom did she meet during the visit": everyone the sources say she met or was received by, not only the first.</summary>
public sealed class MetPeopleTests(MetPeopleNewsFixture fixture) : IClassFixture<MetPeopleNewsFixture>
{
    [Theory]
    [InlineData("Whom did Mariya Dobreva meet during her visit to Kazakhstan in May 2016?", "en")]
    [InlineData("С кем встречалась председатель парламента Болгарии Мария Добрева во время визита в Казахстан?", "ru")]
    [InlineData("С кого се срещна Мария Добрева по време на посещението в Казахстан?", "bg")]
    public void Everyone_the_sentence_says_she_met_is_listed_not_only_the_first(string question, string lang)
    {
        var text = fixture.Answerer.Answer(question, lang).Text;
        text.ShouldContain(lang == "en" ? "• Bakytzhan Sagintayev" : "• Бакытжан Сагинтаев");
        text.ShouldContain(lang == "en" ? "• Nurlan Nigmatulin" : "• Нурлан Нигматулин");
        text.ShouldContain(lang == "en" ? "• Kairat Abdrakhmanov" : "• Каират Абдрахманов");
    }
}
