using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Knowledge.Tests.Entities;

/// <summary>
/// A person's name is the words that stand together as one: an abbreviated title ("Проф.", "Amb."), a word that opens the
/// sentence ("Затем", "Meanwhile") or another surname ("Тоқаев Радевпен") is no given name of the surname after it.
/// </summary>
public sealed class NameWordsTogetherTests
{
    static List<string> Names(string sentence, string lang) =>
        [.. PersonFinder.Find(TokenList.Of(sentence), lang, [], new HashSet<string>()).Select(p => string.Join(" ", [.. p.GivenParts, p.SurnameBases[0]]))];

    [Theory]
    [InlineData("ru", "Проф. Иванов выступил с лекцией о Казахстане.", "Иванов")]
    [InlineData("bg", "Акад. Петров посрещна казахстанската делегация.", "Петров")]
    [InlineData("en", "Amb. Petkov met the governor of Almaty region.", "Petkov")]
    [InlineData("kk", "Проф. Ахметов баяндама жасады.", "Ахметов")]
    [InlineData("ru", "Затем Салтанов встретился с ректором университета.", "Салтанов")]
    [InlineData("bg", "Заедно Стоянов и Ахметов откриха изложбата.", "Стоянов")]
    [InlineData("en", "Meanwhile Tokayev thanked the Bulgarian side.", "Tokayev")]
    [InlineData("kk", "Бүгін Тоқаев Радевпен Ақордада кездесті.", "Тоқаев")]
    [InlineData("kk", "Бүгін Тоқаев Радевпен Ақордада кездесті.", "Радев")]
    [InlineData("en", "The talks were held in Astana. Tokayev thanked Radev.", "Tokayev")]
    [InlineData("en", "It was signed by Bulgaria's Minister of Transport and Communications Stanimir Kostadinov.", "Stanimir Kostadinov")]
    [InlineData("en", "He met the Minister of Trade and Integration Arman Shakkaliyev.", "Arman Shakkaliyev")]
    [InlineData("en", "It was signed by Bulgaria's Deputy Prime Minister for Economic Policy Tomislav Donchev.", "Tomislav Donchev")]
    [InlineData("en", "He met the Minister of Labour and Social Policy Ivan Hristanov.", "Ivan Hristanov")]
    [InlineData("ru", "Документ подписал министр торговли и интеграции Арман Шаккалиев.", "Арман Шаккалиев")]
    public void Words_beside_a_surname_that_are_not_its_given_name_stay_out_of_the_name(string lang, string sentence, string name) =>
        Names(sentence, lang).ShouldContain(name);

    [Fact]
    public void A_place_word_between_two_surname_shaped_words_makes_no_given_name()
    {
        var names = Names("Сапардың екінші күні Тоқаев Софиядағы Борисова бағында ескерткіш ашты.", "kk");
        names.ShouldContain("Тоқаев");
        names.ShouldNotContain(n => n.Contains("Софиядағы"));
    }

    [Theory]
    [InlineData("en", "During the visit she met Prime Minister Bakytzhan Sagintayev.", "Bakytzhan Sagintayev")]
    [InlineData("en", "For the Republic of Bulgaria:    Milena Dimova, Ministry of Transport", "Milena Dimova")]
    [InlineData("en", "Talks with K. Massimov went well.", "K Massimov")]
    [InlineData("ru", "Ирина Петрова и Полина Иванова выступили на форуме.", "Полина Иванова")]
    [InlineData("bg", "Вицепрезидентът Илияна Йотова посети Астана.", "Илияна Йотова")]
    [InlineData("kk", "ҚР Президенті Қасым-Жомарт Тоқаев Румен Радевпен кездесті.", "Қасым-Жомарт Тоқаев")]
    public void Given_names_and_initials_standing_with_the_surname_stay_in_the_name(string lang, string sentence, string name) =>
        Names(sentence, lang).ShouldContain(name);
}
