using Bot.TestKit;
using Bot.TestKit.Documents;

namespace Bot.Answering.Tests.Agreements;

/// <summary>
/// Asked of the text of an agreement (a ministry's copy, a legal database's page), the bot answers from its parts: the
/// final clause tells when and where it was signed, the signature block who signed for each side (in columns laid side by
/// side, or in a table), and a clause that only sets the rule of its entry into force is no date — never a line that
/// names another agreement the text mentions, nor the other side's signer, nor someone only present.
/// </summary>
public sealed class AgreementTextAnswerTests
{
    const string TourismTxt = AgreementTexts.Tourism;

    const string EducationHtml = """
        <!DOCTYPE html>
        <html lang="kk"><head><meta charset="utf-8"><title>Келісім мәтіні</title></head>
        <body>
        <h1>Қазақстан Республикасының Үкіметі мен Болгария Республикасының Үкіметі арасындағы білім беру саласындағы ынтымақтастық туралы келісім</h1>
        <p>2004 жылғы 18 мамырда Софияда қол қойылған мәдени ынтымақтастық туралы келісімді басшылыққа ала отырып,</p>
        <p>1-бап</p>
        <p>Тараптар жоғары оқу орындары арасындағы студенттер мен оқытушылар алмасуын дамытады.</p>
        <p>Астана қаласында 2018 жылғы 12 қыркүйекте екі түпнұсқа данада, әрқайсысы қазақ, болгар және орыс тілдерінде жасалды.</p>
        <table>
        <tr><td>Қазақстан Республикасының Үкіметі үшін</td><td>Болгария Республикасының Үкіметі үшін</td></tr>
        <tr><td>Ерлан Сағадиев<br>Білім және ғылым министрі</td><td>Красимир Вылчев<br>Білім және ғылым министрі</td></tr>
        </table>
        </body></html>
        """;

    static async Task<TempStore> StoreWith(params (string Name, string Text)[] files)
    {
        var temp = TempStore.Empty();
        var dir = Directory.CreateTempSubdirectory("agreement-text-");
        foreach (var (name, text) in files) await File.WriteAllTextAsync(Path.Combine(dir.FullName, name), text);
        await temp.Store.Ingestor.IngestAsync([dir.FullName], CancellationToken.None);
        return temp;
    }

    [Fact]
    public async Task The_signing_of_the_agreement_the_text_is_is_dated_by_its_final_clause_not_by_an_agreement_it_mentions()
    {
        using var temp = await StoreWith(("tourism.txt", TourismTxt));
        var answer = temp.Store.Offline.Answer("When and where was the Kazakhstan-Bulgaria agreement on cooperation in tourism signed?", "en");
        answer.Text.ShouldContain("14 March 2019");
        answer.Text.ShouldContain("Sofia");
        answer.Text.ShouldNotContain("2005");
    }

    [Theory]
    [InlineData("Кто подписал соглашение о сотрудничестве в области туризма со стороны Болгарии?", "ru", "Nikolina Angelkova", "Sultanbekov")]
    [InlineData("Кой подписа споразумението за туризъм от казахстанска страна?", "bg", "Yerlan Sultanbekov", "Angelkova")]
    public async Task Each_side_of_a_two_column_signature_block_answers_for_its_own_country(string question, string lang, string signer, string other)
    {
        using var temp = await StoreWith(("tourism.txt", TourismTxt));
        var answer = temp.Store.Offline.Answer(question, lang);
        answer.Text.ShouldStartWith(signer);
        answer.Text.ShouldNotContain(other);
        answer.Text.ShouldNotContain("Kostov");
    }

    [Fact]
    public async Task A_signature_table_names_the_signer_under_the_side_asked()
    {
        using var temp = await StoreWith(("education.html", EducationHtml));
        var answer = temp.Store.Offline.Answer("Who signed the education agreement for Bulgaria?", "en");
        answer.Text.ShouldStartWith("Красимир Вылчев");
        answer.Text.ShouldNotContain("Сағадиев");
    }

    [Fact]
    public async Task A_rule_of_entry_into_force_is_no_date()
    {
        using var temp = await StoreWith(("tourism.txt", TourismTxt));
        var answer = temp.Store.Offline.Answer("When did the tourism agreement enter into force?", "en");
        answer.Text.ShouldContain("last written notification");
        answer.Text.ShouldNotContain("2019");
    }
}
