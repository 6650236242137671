namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Who heads X" is answered by the person the text gives to X: not by one written in the part of the sentence about
/// another society, nor by a learned person whose surname the chair's name holds, nor by a book's title in quotation marks.
/// </summary>
public sealed class PersonOfOwnPartTests(SocietiesNewsFixture fixture) : IClassFixture<SocietiesNewsFixture>
{
    string FirstLine(string question, string lang) => fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];

    [Fact]
    public void The_chair_of_the_asked_society_is_not_the_one_named_in_the_other_societys_part()
    {
        var line = FirstLine("Кто возглавляет общество «Извор»?", "ru");
        line.ShouldContain("Ганева");
        line.ShouldNotContain("Колева");
        line.ShouldNotContain("Стефан");
    }

    [Fact]
    public void The_person_in_the_part_of_the_asked_society_still_answers_for_it() =>
        FirstLine("Кой ръководи сдружението „Родина“?", "bg").ShouldContain("Колева");

    [Theory]
    [InlineData("Кто перевёл сборник «Дала әуені» на болгарский язык?", "ru")]
    [InlineData("Кой преведе сборника „Дала әуені“ на български?", "bg")]
    [InlineData("Who translated the collection \"Дала әуені\" into Bulgarian?", "en")]
    [InlineData("«Дала әуені» жинағын болгар тіліне кім аударды?", "kk")]
    public void A_translated_title_in_quotation_marks_is_no_translator(string question, string lang)
    {
        var line = FirstLine(question, lang);
        line.ShouldNotContain("Песен");
        line.ShouldNotContain("Дала");
    }
}
