using Bot.Knowledge.Extraction;

namespace Bot.Knowledge.Tests.Extraction;

/// <summary>Numbers written in words, composed of several words or with a scale word, are read as the number they state.</summary>
public sealed class NumberReaderTests
{
    [Theory]
    [InlineData("Kórmege otyz bes suretshi qatysty.", 35)]
    [InlineData("Kórmege otyz bes suretşı qatysty.", 35)]
    [InlineData("Oblysta bır million tūrğyn bar.", 1_000_000)]
    [InlineData("Jobağa tört kompaniia qatysady.", 4)]
    public void A_Kazakh_number_word_in_the_Latin_alphabet_is_read(string text, double value) =>
        NumberReader.Find(text).ShouldHaveSingleItem().Absolute.ShouldBe(value);

    [Fact]
    public void An_English_word_spelt_like_a_Kazakh_number_in_Latin_is_no_number() =>
        NumberReader.Find("The memorandum on logistics was signed on Monday.").ShouldBeEmpty();

    [Theory]
    [InlineData("Some forty-five engineers came.", 45)]
    [InlineData("В проекте заняты девяносто семь специалистов.", 97)]
    [InlineData("Дойдоха двадесет и три студенти.", 23)]
    [InlineData("Форумға елуге жуық компания қатысты.", 50)]
    [InlineData("Three hundred guests were invited.", 300)]
    [InlineData("Около ста двадцати человек пришли.", 120)]
    [InlineData("Оған жетпіс бес адам келді.", 75)]
    [InlineData("Авиакомпания летает в Софию по двум маршрутам.", 2)]
    [InlineData("Рейсы выполняются тремя самолетами в неделю.", 3)]
    [InlineData("Договор подписали шестью подписями.", 6)]
    [InlineData("Трите авиокомпании ще летят до Алмати.", 3)]
    [InlineData("Елдер арасындағы тауар айналымы тоқсан пайызға өсті.", 90)]
    public void A_number_in_words_is_read_whole(string text, double value) =>
        NumberReader.Find(text).ShouldHaveSingleItem().Absolute.ShouldBe(value);

    [Theory]
    [InlineData("Гостите от Казахстан бяха тридесет и две хиляди петстотин и осемнадесет души.", 32_518)]
    [InlineData("Since then some two thousand three hundred and forty students have enrolled.", 2_340)]
    [InlineData("За год приехали сорок две тысячи сто пятнадцать туристов.", 42_115)]
    [InlineData("Жылына алпыс бес мың жеті жүз келуші тіркелді.", 65_700)]
    [InlineData("Общо шестдесет хиляди и двеста нощувки.", 60_200)]
    public void A_number_in_words_goes_on_past_its_scale_word(string text, double value) =>
        NumberReader.Find(text).ShouldHaveSingleItem().Absolute.ShouldBe(value);

    [Theory]
    [InlineData("Жол ұзындығы 7 мың шақырым.", 7, "thousand")]
    [InlineData("Пристигнаха 15 хиляди туристи.", 15, "thousand")]
    [InlineData("The terminal handled 2.3 million tonnes.", 2.3, "million")]
    public void A_scale_word_after_a_number_belongs_to_it(string text, double value, string scale)
    {
        var number = NumberReader.Find(text).ShouldHaveSingleItem();
        number.Value.ShouldBe(value);
        number.Scale.ShouldBe(scale);
    }

    [Theory]
    [InlineData("Делегация прибыла с трёхдневным визитом на шесть дней.", "days")]
    [InlineData("Бағыт бойынша 3 млн тоннаға дейін жүк тасымалданады.", "tonnes")]
    [InlineData("Магистралата е дълга 420 километра.", "km")]
    [InlineData("Елшінің үш күндік сапары аяқталды.", "days")]
    public void A_unit_after_a_number_is_read_with_any_ending(string text, string unit) =>
        QuantityFinder.Find(text).ShouldContain(q => q.Unit == unit);
}
