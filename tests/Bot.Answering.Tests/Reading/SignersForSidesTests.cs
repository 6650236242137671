using Bot.Answering.Composing;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// A twinning memorandum signed "during the official visit of President …": the president whose visit it was signed
/// nothing, and asked who signed for each city, the user gets both signatories, one a side, in any language.
/// </summary>
public sealed class SignersForSidesTests(SignersForSidesTests.Fixture fixture) : IClassFixture<SignersForSidesTests.Fixture>
{
    public sealed class Fixture : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("aktau-en.md", Doc("Aktau and Burgas become twin cities", "2024-06-05", "en",
                "During the official visit of President Kassym-Jomart Tokayev to Bulgaria, a memorandum on twinning between Aktau and Burgas was signed in Sofia. "
                + "For Aktau the document was signed by akim Nurlan Beisenov, and for Burgas by mayor Dimitar Nikolov."));
            files.Write("varna-bg.md", Doc("Варна и Атърау станаха побратими", "2024-10-12", "bg",
                "По време на официалното посещение на президента Румен Радев в Казахстан беше подписан меморандум за побратимяване между Варна и Атърау. "
                + "От страна на Варна документа подписа кметът Благомир Коцев, а от страна на Атърау – акимът Серик Шапкенов."));
        }
    }

    string Lead(string question, string lang)
    {
        var answer = fixture.Answerer.Answer(question, lang);
        answer.Kind.ShouldBe(AnswerKind.Passage);
        return answer.Text.Split('\n')[0];
    }

    [Theory]
    [InlineData("Who signed the twinning memorandum for Aktau and for Burgas?", "en", "Beisenov", "Nikolov")]
    [InlineData("Кто подписал меморандум о побратимстве со стороны Актау и со стороны Бургаса?", "ru", "Беисенов", "Николов")]
    [InlineData("Кой подписа меморандума от страна на Варна и от страна на Атърау?", "bg", "Коцев", "Шапкенов")]
    public void Each_sides_signatory_is_named(string question, string lang, string first, string second)
    {
        var lead = Lead(question, lang);
        lead.ShouldContain(first);
        lead.ShouldContain(second);
    }

    [Theory]
    [InlineData("Кто подписал меморандум о побратимстве Варны и Атырау?", "ru")]
    [InlineData("Варна мен Атырау арасындағы бауырластық туралы меморандумға кім қол қойды?", "kk")]
    [InlineData("Who signed the memorandum on twinning between Varna and Atyrau?", "en")]
    public void The_president_whose_visit_it_was_signed_nothing(string question, string lang)
    {
        var text = fixture.Answerer.Answer(question, lang).Text.Split('\n')[0];
        text.ShouldNotContain("Радев");
        text.ShouldNotContain("Radev");
    }
}
