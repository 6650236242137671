using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A law, a decree or a letter names its signer only in the lines that close it ("Президент Республики Казахстан
/// Б. САРСЕНОВ", "С уважение, / Мария Петрова / Председател на УС", "Sincerely, Daniel Moore, Chairman of …"): asked who
/// signed that text, in any language, the user gets that person; asked who signed the agreement it is about, not.
/// </summary>
public sealed class SignatureBlockTests(SignatureBlockTests.Fixture fixture) : IClassFixture<SignatureBlockTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("zakon-ru.txt",
                "ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН\n\nО ратификации Соглашения между Республикой Казахстан и Республикой Болгария о сотрудничестве в области туризма\n\n"
                + "Ратифицировать Соглашение между Республикой Казахстан и Республикой Болгария о сотрудничестве в области туризма, совершенное в Варне 12 мая 2016 года.\n\n"
                + "Президент\nРеспублики Казахстан                              Б. САРСЕНОВ\n\nАстана, Акорда, 3 марта 2017 года\n№ 51-VI\n");
            files.Write("pismo-bg.md", Doc("Агенцията подписа меморандум с казахстанския фонд", "2024-09-20", "bg",
                "Уважаеми членове,\n\nУведомяваме Ви, че на 18 септември 2024 г. в Алмати Българската агенция за износ и казахстанският фонд „Экспорт-Алатау“ подписаха меморандум за сътрудничество в селското стопанство.\n\n"
                + "Фирмите, които желаят да участват в първата мисия, могат да заявят интерес до 15 октомври.\n\nС уважение,\n\nМария Петрова\nПредседател на Управителния съвет на агенцията\n"));
            files.Write("statement-en.md", Doc("Business council statement on the Varna logistics hub", "2024-05-14", "en",
                "The Kazakhstan–Bulgaria Business Council welcomes the decision to build a joint logistics hub in the port of Varna and calls on member companies to take part in the tender.\n\n"
                + "Sincerely, Daniel Moore, Chairman of the Kazakhstan–Bulgaria Business Council\n"));
            files.Write("ukaz-bg.txt",
                "ДЪРЖАВЕН ВЕСТНИК\n\nУКАЗ № 48\n\nПОСТАНОВЯВАМ:\n\nДа се обнародва Законът за ратифициране на Спогодбата между Република България и Република Казахстан за социална сигурност.\n\n"
                + "Издаден в София на 5 март 2019 г.\n\nПрезидент на Републиката: Иван Колев\nМинистър на правосъдието: Петър Стоев\n\n"
                + "ЗАКОН\nза ратифициране на Спогодбата между Република България и Република Казахстан за социална сигурност\n\n"
                + "Член единствен. Ратифицира Спогодбата за социална сигурност, подписана на 2 октомври 2018 г. в Астана.\n\n"
                + "Председател на Народното събрание: Стефан Маринов\n");
        }
    }

    string Lead(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage);
        return answer.Text.Split('\n')[0];
    }

    [Theory]
    [InlineData("Кто подписал закон о ратификации соглашения о туризме с Болгарией?", "ru")]
    [InlineData("Who signed the Kazakh law ratifying the tourism agreement with Bulgaria?", "en")]
    [InlineData("Болгариямен туризм туралы келісімді ратификациялау туралы заңға кім қол қойды?", "kk")]
    public void The_law_is_signed_by_the_name_under_the_president_line(string question, string lang) =>
        Lead(question, lang).ShouldContain("Сарсенов");

    [Theory]
    [InlineData("Who signed the letter of the Bulgarian export agency?", "en", "Petrova")]
    [InlineData("Кто подписал письмо агентства членам о меморандуме с казахстанским фондом?", "ru", "Петрова")]
    [InlineData("Кой подписа обръщението на бизнес съвета за логистичния център във Варна?", "bg", "Moore")]
    [InlineData("Who signed the business council's statement on the Varna logistics hub?", "en", "Moore")]
    public void A_letter_is_signed_by_the_name_after_its_closing(string question, string lang, string surname) =>
        Lead(question, lang).ShouldContain(surname);

    [Theory]
    [InlineData("Кой подписа указа за обнародване на закона за социалната сигурност с Казахстан?", "bg")]
    [InlineData("Кто подписал указ об обнародовании закона о социальном обеспечении с Казахстаном?", "ru")]
    public void A_decree_is_signed_by_its_own_block_not_by_the_law_below_it(string question, string lang)
    {
        var lead = Lead(question, lang);
        lead.ShouldContain("Колев");
        lead.ShouldNotContain("Маринов");
    }

    [Fact]
    public void Who_signed_the_memorandum_is_not_the_letters_signer() =>
        fixture.Answerer.Answer("Кто подписал меморандум между болгарским агентством и фондом Экспорт-Алатау?", "ru").Text.ShouldNotContain("Петрова");

    /// <summary>
    /// Two laws ratifying an agreement with the same country: the one asked is the one whose text names the asked subject
    /// ("спогодба" is an agreement as "соглашение" is, so both laws match the question's other words).
    /// </summary>
    [Theory]
    [InlineData("Кой подписа закона за ратифициране на спогодбата за социална сигурност?", "bg", "Маринов", "Сарсенов")]
    [InlineData("Кто подписал закон о ратификации спогодбы о социальной безопасности с Казахстаном?", "ru", "Маринов", "Сарсенов")]
    [InlineData("Кой подписа закона за ратифициране на спогодбата за туризъм с Казахстан?", "bg", "Сарсенов", "Маринов")]
    public void The_law_asked_is_the_one_whose_text_names_its_subject(string question, string lang, string signer, string other)
    {
        var lead = Lead(question, lang);
        lead.ShouldContain(signer);
        lead.ShouldNotContain(other);
    }
}
