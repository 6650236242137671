using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Agreements;

/// <summary>
/// "Law No. 269 «On the ratification of the Convention … on the avoidance of double taxation». The convention was signed in
/// Almaty on 13 November 1997.": a document signed under its kind alone is the one the sentence before named by its subject
/// (a legal database's list of related acts, a register, a news item), in any language; without such a sentence it keeps
/// its kind as its name.
/// </summary>
public sealed class DocumentNamedBeforeTests
{
    static List<AgreementDraft> Read(string text) =>
        [.. new DocumentExtractor(KbEntities.Index()).Extract(PlainTextReader.Read("file:/tmp/related.txt", text)).Agreements];

    [Theory]
    [InlineData("Закон Республики Казахстан от 9 июля 1998 года № 269 «О ратификации Конвенции между Правительством Республики Казахстан и Правительством Республики Болгария об избежании двойного налогообложения». Конвенция подписана в Алматы 13 ноября 1997 года.", "двойного налогообложения", "1997-11-13")]
    [InlineData("Law No. 202 of 15 May 2001 ratified the Agreement between Kazakhstan and Bulgaria on the mutual promotion and protection of investments. The agreement was signed in Sofia on 15 September 1999.", "protection of investments", "1999-09-15")]
    [InlineData("Със Закон от 2001 г. е ратифицирана Спогодбата между България и Казахстан за насърчаване и взаимна защита на инвестициите. Спогодбата е подписана в София на 15 септември 1999 г.", "защита на инвестициите", "1999-09-15")]
    public void A_document_signed_under_its_kind_alone_takes_the_name_the_sentence_before_gave_it(string text, string subject, string day)
    {
        var signed = Read(text).ShouldHaveSingleItem();
        signed.Title.ShouldContain(subject, Case.Insensitive);
        signed.Signed.ShouldNotBeNull().Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(day);
    }

    [Fact]
    public void A_document_of_another_kind_named_before_is_not_taken()
    {
        var signed = Read("The Agreement on the protection of investments was discussed at length. The convention was signed in Almaty on 13 November 1997.")
            .ShouldHaveSingleItem();
        signed.Title.ShouldNotContain("investments", Case.Insensitive);
    }
}
