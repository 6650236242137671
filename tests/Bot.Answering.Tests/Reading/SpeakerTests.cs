using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "What figure did X give": the answer is what X said — a turn of a transcript under X's label, an answer of an
/// interview whose lead names X — never a figure another speaker or a statistics release gave, and no answer at all
/// when X gave none. "Last year" in such a question is the year before X spoke, not before today.
/// </summary>
public sealed class SpeakerTests(SpeakerTests.Fixture fixture) : IClassFixture<SpeakerTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("transcript.md", Doc("Стенограмма пресс-конференции министров сельского хозяйства", "2024-05-20", "ru",
                "Пресс-конференцию открыли министр Георги Петков и министр Ерлан Смагулов.\n\n"
                + "ВЕДУЩИЙ: Добрый день. Слово министру Болгарии.\n\n"
                + "ПЕТКОВ: Спасибо за приглашение. По итогам прошлого года экспорт зерна из Казахстана в Болгарию составил 40 миллионов долларов.\n\n"
                + "СМАГУЛОВ: Благодарю коллегу. Мы рады болгарским партнёрам и ждём их на выставке в Астане."));
            files.Write("release.md", Doc("Статистика экспорта зерна", "2024-03-01", "ru",
                "По данным статистики, экспорт зерна из Казахстана в Болгарию в 2023 году составил 75 миллионов долларов."));
            files.Write("interview.md", Doc("Wine on the Silk Road: an interview", "2024-06-02", "en",
                "*An interview with Dimitar Kostadinov, head of the Bulgarian wine exporters' union, in Almaty.*\n\n"
                + "Q: How are sales going?\n\n"
                + "A: Very well. Our wine sales in Kazakhstan are about 12 million euros a year.\n\n"
                + "Q: Thank you."));
        }
    }

    [Theory]
    [InlineData("Какую цифру экспорта зерна назвал Петков?", "ru")]
    [InlineData("What grain export figure did Petkov give?", "en")]
    [InlineData("Какую цифру экспорта зерна за прошлый год назвал Петков?", "ru")]
    public void A_figure_a_speaker_gave_is_read_from_their_own_turn(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.ShouldContain("40");
        answer.Text.ShouldNotContain("75");
    }

    [Theory]
    [InlineData("Какую цифру экспорта зерна назвал Смагулов?", "ru")]
    [InlineData("What grain export figure did Smagulov give?", "en")]
    public void A_speaker_who_gave_no_figure_gets_no_other_speakers_figure(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Text.ShouldNotContain("40");
        answer.Text.ShouldNotContain("75");
    }

    [Fact]
    public void An_interview_answer_is_the_words_of_the_guest_its_lead_names()
    {
        var answer = fixture.Answerer.Answer("How much wine is sold in Kazakhstan according to Kostadinov?", "en");

        answer.Text.ShouldContain("12");
    }
}
