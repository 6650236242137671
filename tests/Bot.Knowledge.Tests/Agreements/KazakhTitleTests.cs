using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Agreements;

/// <summary>
/// A Kazakh sentence puts the document's name in the case its verb asks ("… ниет хаттамасына қол қойды"): the agreement
/// is stored under the name as a title gives it ("… ниет хаттамасы"), a name that is the kind word alone as the kind
/// ("Хаттама"), and a name written between the parties and "туралы" starts after the parties.
/// </summary>
public sealed class KazakhTitleTests
{
    static List<AgreementDraft> Read(string text) =>
        [.. new DocumentExtractor(KbEntities.Index()).Extract(PlainTextReader.Read("file:/tmp/kk.txt", text)).Agreements];

    [Theory]
    [InlineData("2004 жылы Алматы мен Варна ынтымақтастық туралы ниет хаттамасына қол қойған.", "Ынтымақтастық туралы ниет хаттамасы")]
    [InlineData("2016 жылы Орал мен Благоевград ынтымақтастық туралы меморандумға қол қойды.", "Ынтымақтастық туралы меморандум")]
    [InlineData("2011 жылы Қазақстан мен Болгария құпия ақпаратты қорғау туралы келісімге қол қойды.", "Құпия ақпаратты қорғау туралы келісім")]
    public void A_name_written_head_last_is_stored_without_its_case_ending(string text, string title) =>
        Read(text).ShouldHaveSingleItem().Title.ShouldBe(title);

    [Theory]
    [InlineData("Қазақстан мен Болгария 2004 жылы хаттамасына қол қойды.")]
    [InlineData("Қазақстан мен Болгария 2004 жылы хаттамаға қол қойды.")]
    public void A_name_that_is_the_kind_alone_is_the_kind(string text) =>
        Read(text).ShouldHaveSingleItem().Title.ShouldBe("Хаттама");
}
