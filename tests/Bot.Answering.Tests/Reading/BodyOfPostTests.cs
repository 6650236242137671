using Bot.Answering.Composing;
using Bot.Answering.Lexicon;
using Bot.Answering.Passages;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;

namespace Bot.Answering.Tests.Reading;

/// <summary>"Who chaired the Majilis": of the officials one sentence lists, the one whose post names that body.</summary>
public sealed class BodyOfPostTests(BodyNewsFixture fixture) : IClassFixture<BodyNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("Who chaired the Majilis during Kolev's visit to Kazakhstan?", "en", "Satybaldiev|Сатыбалдиев")]
    [InlineData("Who was the chairman of the Senate when Kolev came to Astana?", "en", "Beketov|Бекетов")]
    [InlineData("Кто был председателем Сената во время визита Колева?", "ru", "Бекетов")]
    public void The_official_whose_post_names_the_asked_body_answers(string question, string lang, string surname)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.Split('\n')[0].ShouldMatch(surname);
    }

    [Fact]
    public void The_prime_minister_listed_first_is_no_chair_of_a_chamber() =>
        Ask("Who chaired the Senate during Kolev's visit?", "en").Text.Split('\n')[0].ShouldNotContain("Omarov");

    [Theory]
    [InlineData("Who chaired the Majilis?", "Majilis", "Мажилиса")]
    [InlineData("Who is Kassym-Jomart Tokayev?", "Jomart", "Жомарт")]
    public void A_Kazakh_name_written_with_j_meets_its_Cyrillic_zh(string question, string asked, string stated)
    {
        var q = new QuestionAnalyzer(DomainLexicon.Default, TimeProvider.System).Analyze(question, "en", new EntityIndex([]));
        var unit = q.Units.Single(u => u.Label.Contains(asked));
        new WordKeys().Of(stated).All.ShouldContain(k => unit.Keys.Contains(k));
    }
}
