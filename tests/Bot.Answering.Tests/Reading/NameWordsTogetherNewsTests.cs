using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// People learned from news are the words that stand together as a name: an abbreviated title ("Проф.", "Акад."), an
/// adverb opening the sentence ("Затем", "Meanwhile") or a second surname ("Тоқаев Радевпен") makes no person of its own,
/// so "who met whom" lists no "Проф Иванов" or "Тоқаев Радев" and the people the news names keep their names.
/// </summary>
public sealed class NameWordsTogetherNewsTests(NameWordsTogetherNewsTests.Fixture fixture) : IClassFixture<NameWordsTogetherNewsTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("kk.md", Doc("Тоқаев Болгария Президентімен кездесті", "2024-10-22", "kk",
                "Астанада Болгария Президенті Румен Радев ресми сапармен болды. Бүгін Тоқаев Радевпен Ақордада кездесті. "
                + "Тараптар сауда-экономикалық ынтымақтастықты талқылады."));
            files.Write("ru.md", Doc("Лекция в Софии", "2024-03-12", "ru",
                "Делегация Казахстана прибыла в Софию 11 марта 2024 года. Затем Салтанов встретился с ректором университета. "
                + "Вместе Салтанов и Румов обсудили программы обмена студентами. Проф. Иванов выступил с лекцией о Казахстане."));
            files.Write("en.md", Doc("Ambassador meets governor", "2024-05-14", "en",
                "The Ambassador of Bulgaria to Kazakhstan Amb. Petkov met the governor of Almaty region on 13 May 2024. "
                + "Meanwhile Tokayev thanked the Bulgarian side for the support. Dr. Ivanov presented the joint research programme."));
            files.Write("bg.md", Doc("Среща в Пловдив", "2024-06-02", "bg",
                "Акад. Петров посрещна казахстанската делегация в Пловдив на 1 юни 2024 г. Днес Радев разговаря с Токаев по телефона. "
                + "Заедно Стоянов и Ахметов откриха изложбата."));
        }
    }

    [Theory]
    [InlineData("Тоқаев кіммен кездесті?", "kk")]
    [InlineData("С кем встретился Салтанов?", "ru")]
    [InlineData("Whom did Tokayev meet?", "en")]
    [InlineData("С кого се срещна Радев?", "bg")]
    public void No_title_abbreviation_adverb_or_second_surname_is_listed_as_a_given_name(string question, string lang)
    {
        // The people listed ("• Румен Радев [1]"), not the quotes of the sources, which show the sentences as written.
        var listed = string.Join("\n", fixture.Answerer.Answer(question, lang).Text.Split('\n').Where(l => l.StartsWith('•')));
        foreach (var glued in new[] { "Проф", "Акад", "Dr ", "Amb ", "Тоқаев Радев", "Meanwhile", "Затем", "Вместе", "Заедно" })
            listed.ShouldNotContain(glued);
    }

    [Fact]
    public void The_person_named_in_full_keeps_the_full_name()
    {
        var text = fixture.Answerer.Answer("Тоқаев кіммен кездесті?", "kk").Text;
        text.ShouldContain("Румен Радев");
    }
}
