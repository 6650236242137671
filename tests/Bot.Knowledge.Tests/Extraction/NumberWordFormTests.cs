using Bot.Knowledge.Extraction;

namespace Bot.Knowledge.Tests.Extraction;

/// <summary>
/// A number word in whatever form the sentence puts it — a case of Russian, a personal or definite form of Bulgarian,
/// a collective form of Kazakh, a word worth one and a half — is read as its number, with the unit or scale after it.
/// </summary>
public sealed class NumberWordFormTests
{
    [Theory]
    [InlineData("Делегация встретилась с пятью министрами.", 5)]
    [InlineData("Стороны обменялись двумя протоколами.", 2)]
    [InlineData("В форуме участвовали представители из пяти стран.", 5)]
    [InlineData("Соглашение подписали с одиннадцатью компаниями.", 11)]
    [InlineData("Проект поддержан двадцатью банками.", 20)]
    [InlineData("В Софию приехали пятеро студентов.", 5)]
    [InlineData("Четирима министри посетиха Астана.", 4)]
    [InlineData("На срещата присъстваха петима посланици.", 5)]
    [InlineData("Двата университета подписаха договор.", 2)]
    [InlineData("Кездесуге бесеуі қатысты.", 5)]
    [InlineData("Келіссөзге екеуі қатысты.", 2)]
    public void A_number_word_in_a_case_or_personal_form_is_its_number(string text, double value) =>
        NumberReader.Find(text).ShouldHaveSingleItem().Absolute.ShouldBe(value);

    [Theory]
    [InlineData("Работы продлятся полтора года.", 1.5)]
    [InlineData("Посол работает на этом посту около полутора лет.", 1.5)]
    [InlineData("В программе учатся полторы тысячи студентов.", 1500)]
    [InlineData("Инвестициите са за един и половина милиона лева.", 1.5e6)]
    [InlineData("Преговорите продължиха една и половина години.", 1.5)]
    [InlineData("Келіссөздер бір жарым жылға созылды.", 1.5)]
    [InlineData("The talks lasted one and a half years.", 1.5)]
    public void A_word_worth_one_and_a_half_is_read_with_the_scale_after_it(string text, double value) =>
        NumberReader.Find(text).ShouldHaveSingleItem().Absolute.ShouldBe(value, 1e-9);

    [Theory]
    [InlineData("Посол работает на этом посту около полутора лет.", "years")]
    [InlineData("Келіссөздер бір жарым жылға созылды.", "years")]
    [InlineData("Преговорите продължиха една и половина години.", "years")]
    public void A_duration_of_one_and_a_half_keeps_its_unit(string text, string unit)
    {
        var quantity = QuantityFinder.Find(text).ShouldHaveSingleItem();
        quantity.Number.Value.ShouldBe(1.5);
        quantity.Unit.ShouldBe(unit);
    }
}
