using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Agreements;

/// <summary>
/// A document that is only to be signed, being prepared, or initialled with its signing still ahead is no signed
/// agreement, in any of the four languages; and a sentence that mentions a document without naming it ("в меморандуме не
/// названы маршруты") gives no name to the one signed after it.
/// </summary>
public sealed class PlannedSigningTests
{
    static List<AgreementDraft> Read(string text) =>
        [.. new DocumentExtractor(KbEntities.Index()).Extract(PlainTextReader.Read("file:/tmp/plans.txt", text)).Agreements];

    [Theory]
    [InlineData("Sofia, 10 March 2026. A memorandum on air services between Kazakhstan and Bulgaria is to be signed in the autumn.")]
    [InlineData("Sofia, 10 March 2026. The signing of the agreement on road transport between Kazakhstan and Bulgaria is scheduled for May.")]
    [InlineData("Астана, 11 марта 2026 года. Меморандум о сотрудничестве в области морского транспорта между Казахстаном и Болгарией планируется подписать в мае.")]
    [InlineData("Астана, 11 марта 2026 года. Подписание соглашения о воздушном сообщении между Казахстаном и Болгарией запланировано на осень.")]
    [InlineData("Пловдив, 12 март 2026 г. Предстои да бъде подписан меморандум за сътрудничество в областта на туризма между Казахстан и България.")]
    [InlineData("Пловдив, 12 март 2026 г. Текстът на споразумението за железопътен транспорт между Казахстан и България беше парафиран, а подписването му ще стане по-късно.")]
    [InlineData("Алматы, 13 наурыз 2026 жыл. Қазақстан мен Болгария арасында туризм саласындағы ынтымақтастық туралы меморандумға қол қою жоспарлануда.")]
    public void A_document_still_to_be_signed_is_no_signed_agreement(string text) => Read(text).ShouldBeEmpty();

    /// <summary>
    /// A document the sides agreed to prepare for signing, or that is ready or put forward for it, is not signed yet; before,
    /// the Russian sentence became two signed agreements, "Договорились" and "Протокол о" (and two alerts).
    /// </summary>
    [Theory]
    [InlineData("Астана, 21 октября 2026 года. Кроме того, стороны договорились подготовить к подписанию протокол о внесении изменений в конвенцию об избежании двойного налогообложения между Казахстаном и Болгарией.")]
    [InlineData("София, 21 октомври 2026 г. Страните се договориха да подготвят за подписване протокол за изменение на спогодбата за избягване на двойното данъчно облагане между България и Казахстан.")]
    [InlineData("Sofia, 21 October 2026. The sides agreed to prepare for signing a protocol amending the convention on the avoidance of double taxation between Kazakhstan and Bulgaria.")]
    [InlineData("Sofia, 21 October 2026. A protocol amending the double taxation convention between Kazakhstan and Bulgaria is ready for signing.")]
    public void A_document_prepared_for_signing_is_no_signed_agreement(string text) => Read(text).ShouldBeEmpty();

    /// <summary>A signing that happened beside such a plan is still read: the plan takes only its own clause's document.</summary>
    [Fact]
    public void A_document_signed_beside_one_prepared_for_signing_is_read()
    {
        var signed = Read("Астана, 21 октября 2026 года. По итогам встречи было подписано соглашение о взаимном признании документов об образовании между Казахстаном и Болгарией. "
            + "Кроме того, стороны договорились подготовить к подписанию протокол о внесении изменений в конвенцию об избежании двойного налогообложения.").ShouldHaveSingleItem();
        signed.Title.ShouldContain("образовании");
    }

    [Theory]
    [InlineData("The talks ended with a memorandum of understanding. Routes and carriers are not named: the memorandum leaves them to the sides. The memorandum was signed by the head of the Civil Aviation Committee and a representative of the Bulgarian transport ministry.", "leaves")]
    [InlineData("Итогом переговоров стал меморандум о взаимопонимании, который открывает дорогу авиасообщению. Конкретные маршруты в меморандуме не названы — их стороны определят позднее. Меморандум подписали председатель Комитета гражданской авиации и представитель Министерства транспорта Болгарии.", "названы")]
    [InlineData("Резултатът от разговорите е меморандум за разбирателство. В меморандума не са посочени конкретни маршрути. Меморандумът беше подписан от председателя на Комитета за гражданска авиация и представител на Министерството на транспорта на България.", "посочени")]
    public void A_document_mentioned_without_its_name_gives_none_to_the_one_signed_next(string text, string predicate)
    {
        var signed = Read(text).ShouldHaveSingleItem();
        signed.Title.ShouldNotContain(predicate, Case.Insensitive);
    }
}
