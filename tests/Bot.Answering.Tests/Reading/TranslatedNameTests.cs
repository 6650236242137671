using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A name the question quotes is found where a text of another language writes it translated word by word: „Зелен
/// транспорт" is «Жасыл көлік» in a Kazakh report; another cluster's chairman is no answer.
/// </summary>
public sealed class TranslatedNameTests(TranslatedNameTests.Fixture fixture) : IClassFixture<TranslatedNameTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files) =>
            files.Write("forum.md", Doc("Көлік форумы", "2024-04-11", "kk",
                "Форумда «Жасыл көлік» кластерінің төрағасы Айбек Сейітов сөз сөйледі.\n\n"
                + "«Алтын жол» кластерінің төрағасы Нұрлан Әбдіров те форумға қатысты."));
    }

    [Theory]
    [InlineData("Кой е председател на клъстера „Зелен транспорт“?", "bg")]
    [InlineData("Кто председатель кластера «Зелёный транспорт»?", "ru")]
    [InlineData("Who is the chairman of the \"Green Transport\" cluster?", "en")]
    public void A_quoted_name_is_found_translated_in_another_language(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldNotBe(AnswerKind.NotFound, answer.Text);
        var lead = answer.Text.Split('\n')[0];
        (lead.Contains("Сейітов", StringComparison.Ordinal) || lead.Contains("Seyitov", StringComparison.Ordinal) || lead.Contains("Сеитов", StringComparison.Ordinal)).ShouldBeTrue(answer.Text);
        lead.ShouldNotContain("Әбдіров");
    }
}
