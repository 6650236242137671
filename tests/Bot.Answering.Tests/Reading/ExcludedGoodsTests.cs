using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// "Besides oil, what does Kazakhstan sell to Bulgaria?": a sentence that names oil and goes on to other goods ("crude oil,
/// and also ferroalloys, rolled steel and wheat") holds the rest asked for and answers; one about oil alone answers nothing. The fact is written by three outlets in three languages, with a verb of supply and one of export.
/// </summary>
public sealed class ExcludedGoodsTests(ExcludedGoodsTests.Fixture fixture) : IClassFixture<ExcludedGoodsTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("supplies-en.md", Doc("Business forum in Sofia", "2022-05-12", "en",
                "On 11 May 2022 a Kazakh-Bulgarian business forum was held in Sofia.\n\n"
                + "Kazakhstan supplies Bulgaria with crude oil, and also with ferroalloys, rolled steel and wheat."));
            files.Write("exports-ru.md", Doc("Экспорт в Болгарию", "2024-03-01", "ru",
                "По данным министерства торговли, Казахстан экспортирует в Болгарию нефть, а также ферросплавы, цинк и пшеницу."));
            files.Write("exports-kk.md", Doc("Болгарияға экспорт", "2024-06-11", "kk",
                "Қазақстан Болгарияға мұнаймен қатар ферроқорытпалар мен бидай экспорттайды."));
            files.Write("oil-ru.md", Doc("Нефть для Бургаса", "2023-02-03", "ru",
                "Основу казахстанского экспорта в Болгарию по-прежнему составляет нефть для НПЗ в Бургасе."));
        }
    }

    // Ferroalloys, as each outlet writes them.
    static readonly string[] TheRest = ["ferroalloys", "ферросплавы", "ферроқорытпалар"];

    [Theory]
    [InlineData("Besides oil, what does Kazakhstan sell to Bulgaria?", "en")]
    [InlineData("Кроме нефти, что ещё Казахстан поставляет в Болгарию?", "ru")]
    [InlineData("Освен петрол, какви стоки изнася Казахстан за България?", "bg")]
    [InlineData("Мұнайдан басқа Қазақстан Болгарияға қандай тауарлар экспорттайды?", "kk")]
    public void A_sentence_going_on_from_the_excluded_good_to_others_answers(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);

        answer.Kind.ShouldBe(AnswerKind.Passage, answer.Text);
        TheRest.Any(item => answer.Text.Contains(item, StringComparison.Ordinal)).ShouldBeTrue(answer.Text);
        answer.Text.ShouldNotContain("Основу");
    }
}
