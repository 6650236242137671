using Bot.Answering.Composing;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A sentence telling of two meetings answers "who met X" with the person in X's clause; a post written beside the named
/// person is that person's title, not the asked one; an anniversary named in the paragraph before holds the sentences after it.
/// </summary>
public sealed class PartnerClauseTests(PartnerNewsFixture fixture) : IClassFixture<PartnerNewsFixture>
{
    Answer Ask(string question, string lang) => fixture.Answerer.Answer(question, lang);

    [Theory]
    [InlineData("Кто встречался с послом Кемеловым?", "ru", "Тодоров")]
    [InlineData("Who met ambassador Kemelov?", "en", "Todorov")]
    [InlineData("Кой се срещна с посланик Кемелов?", "bg", "Тодоров")]
    [InlineData("Елші Кемелов кіммен кездесті?", "kk", "Тодоров")]
    public void The_one_who_met_the_named_ambassador_is_the_person_in_his_clause(string question, string lang, string met)
    {
        var answer = Ask(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage);
        answer.Text.Split('\n')[0].ShouldContain(met);
    }

    [Theory]
    [InlineData("Which foreign ministers exchanged congratulations on the 25th anniversary of relations?", "en", "Abdrakhmanov")]
    [InlineData("Какие министры иностранных дел обменялись поздравлениями к 25-летию отношений?", "ru", "Абдрахманов")]
    [InlineData("Кои министри на външните работи си размениха поздравления за 25-годишнината на отношенията?", "bg", "Абдрахманов")]
    [InlineData("Қарым-қатынастың 25 жылдығына орай қай сыртқы істер министрлері құттықтау алмасты?", "kk", "Абдрахманов")]
    public void The_ministers_sentence_after_the_anniversary_paragraph_answers_which_ministers(string question, string lang, string minister)
    {
        var answer = Ask(question, lang).Text;
        answer.Split('\n')[0].ShouldContain(minister);
        answer.ShouldContain("Младенов");
    }
}
