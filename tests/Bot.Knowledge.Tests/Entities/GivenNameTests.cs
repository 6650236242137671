using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Knowledge.Tests.Entities;

/// <summary>
/// A common given name before a capitalised word makes a person's name even when the surname ends like no Slavic or
/// Kazakh one ("Кирилл Шмидт", "Stefan Mueller"); capitalised pairs without one, or before a legal form, stay no person.
/// </summary>
public sealed class GivenNameTests
{
    static List<string> Surnames(string sentence, string lang) =>
        PersonFinder.Find(TokenList.Of(sentence), lang, [], new HashSet<string>()).Select(p => p.WrittenSurname).ToList();

    [Theory]
    [InlineData("ru", "Делегацию Казахстана возглавил Асет Нуркенов, а болгарскую – Кирилл Шмидт.", "Шмидт")]
    [InlineData("bg", "От българска страна участва Стефан Мюлер, съветник в министерството.", "Мюлер")]
    [InlineData("en", "The Bulgarian side was represented by Stefan Mueller, an adviser to the minister.", "Mueller")]
    [InlineData("kk", "Бүгінгі кездесуге Болат Шмидт қатысты.", "Шмидт")]
    public void A_given_name_before_a_surname_of_any_ending_names_a_person(string lang, string sentence, string surname) =>
        Surnames(sentence, lang).ShouldContain(surname);

    [Theory]
    [InlineData("ru", "Выставка «Золото Фракии» открылась в Астане.")]
    [InlineData("bg", "Договорът беше подписан от Стефан Трейд ЕООД.")]
    [InlineData("en", "The exhibition Thracian Gold opened in Astana.")]
    public void Capitalised_words_without_a_given_name_or_before_a_legal_form_name_no_person(string lang, string sentence) =>
        Surnames(sentence, lang).ShouldBeEmpty();
}
