using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Agreements;

/// <summary>
/// A signing a text puts off, cancels or denies is no signed agreement, in any of the four languages and inside a list:
/// "the signing of … has been postponed", "подписание … перенесено", "Reports that … was signed are untrue", "опровергли
/// сообщения …", "Опровергаваме информацията, че …", "… жоққа шығарды", or told only as hearsay ("allegedly signed", "якобы подписанном",
/// "уж подписано"). What is called off in another clause ("signed …,
/// but the visit was postponed") takes nothing back.
/// </summary>
public sealed class TakenBackSigningTests
{
    static List<AgreementDraft> Read(string text) =>
        [.. new DocumentExtractor(KbEntities.Index()).Extract(PlainTextReader.Read("file:/tmp/taken-back.txt", text)).Agreements];

    [Theory]
    [InlineData("Sofia, 10 March 2026. The signing of an agreement on maritime transport between Kazakhstan and Bulgaria has been postponed until the autumn.")]
    [InlineData("Sofia, 10 March 2026. Kazakhstan and Bulgaria postponed the signing of the memorandum on cooperation in tourism.")]
    [InlineData("Sofia, 10 March 2026. Reports that a memorandum on green energy between Kazakhstan and Bulgaria was signed in Sofia are untrue, the ministry said.")]
    [InlineData("Астана, 11 марта 2026 года. Подписание Соглашения о морском транспорте между Казахстаном и Болгарией перенесено на следующий год.")]
    [InlineData("Астана, 11 марта 2026 года. В МИД опровергли сообщения о том, что соглашение о безвизовом режиме между Казахстаном и Болгарией было подписано.")]
    [InlineData("Пловдив, 12 март 2026 г. Подписването на меморандума за сътрудничество в областта на туризма между Казахстан и България беше отложено.")]
    [InlineData("Пловдив, 12 март 2026 г. Опровергаваме информацията, че е подписан меморандум за сътрудничество в областта на медиите между България и Казахстан.")]
    [InlineData("Алматы, 13 наурыз 2026 жыл. Қазақстан мен Болгария арасында туризм саласындағы ынтымақтастық туралы меморандумға қол қою кейінге шегерілді.")]
    [InlineData("Алматы, 13 наурыз 2026 жыл. Министрлік Қазақстан мен Болгария арасында көлік туралы келісімге қол қойылды деген ақпаратты жоққа шығарды.")]
    [InlineData("Sofia, 10 September 2025. Officials of Sofia and Astana have discussed a twinning agreement since 2023, but no agreement has yet been signed.")]
    [InlineData("Астана, 11 марта 2026 года. Соглашение о сотрудничестве в области туризма между Казахстаном и Болгарией так и не было в итоге подписано.")]
    [InlineData("Алматы, 13 наурыз 2026 жыл. Қазақстан мен Болгария арасындағы туризм туралы келісімге әзірге ешкім қол қойған жоқ.")]
    [InlineData("Sofia, 10 March 2026. Several websites wrote that a memorandum on nuclear energy between Kazakhstan and Bulgaria had allegedly been signed in Varna.")]
    [InlineData("Астана, 11 марта 2026 года. В социальных сетях появились сообщения о якобы подписанном соглашении о трудовой миграции между Казахстаном и Болгарией.")]
    [InlineData("Пловдив, 12 март 2026 г. В медиите се появиха публикации за уж подписано споразумение за трудова миграция между България и Казахстан.")]
    public void A_signing_put_off_or_denied_is_no_signed_agreement(string text) => Read(text).ShouldBeEmpty();

    [Fact]
    public void An_item_of_a_list_that_puts_its_signing_off_is_no_signed_agreement_and_its_neighbour_still_is()
    {
        var agreements = Read("""
            Алматы, 1 июля 2025 года. По итогам заседания межправительственной комиссии Казахстан — Болгария:
            - подписан Меморандум о сотрудничестве в области здравоохранения;
            - подписание Соглашения о морском транспорте перенесено на следующий год.
            """);
        agreements.ShouldHaveSingleItem().Title.ShouldContain("здравоохранения");
    }

    [Theory]
    [InlineData("Sofia, 10 March 2026. An agreement on road transport between Kazakhstan and Bulgaria was signed in Sofia, but the visit of the minister to Varna was postponed.")]
    [InlineData("Астана, 11 марта 2026 года. Соглашение о воздушном сообщении между Казахстаном и Болгарией подписано в Астане; визит министра в Шымкент отменён.")]
    [InlineData("Sofia, 10 March 2026. An agreement on the abolition of visa requirements between Kazakhstan and Bulgaria was signed in Sofia.")]
    [InlineData("Астана, 11 марта 2026 года. Стороны не только подписали соглашение о сотрудничестве в области туризма между Казахстаном и Болгарией, но и утвердили план.")]
    public void A_signing_beside_something_else_called_off_is_still_signed(string text) => Read(text).ShouldHaveSingleItem();
}
