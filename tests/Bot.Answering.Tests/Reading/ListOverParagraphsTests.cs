using Bot.Answering.Composing;
using Bot.Answering.Language;
using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>A list whose items stand one to a paragraph, after a sentence ending with a colon, is quoted whole — not its lead-in and first item only.</summary>
public sealed class ListOverParagraphsTests(ListOverParagraphsTests.Store fixture) : IClassFixture<ListOverParagraphsTests.Store>
{
    public sealed class Store : NewsFixture
    {
        protected override void WriteNews(TempFolder files)
        {
            files.Write("ports.md", Doc("Port talks in Varna", "2023-04-18", "en",
                "The two delegations met at the port of Varna on 17 April 2023.\n\n" +
                "After the talks the sides exchanged the following documents:\n\n" +
                "a memorandum on ferry connections between Varna and Aktau;\n\n" +
                "a protocol on customs data exchange;\n\n" +
                "an agreement on training harbour pilots.\n\n" +
                "The delegation then visited the container terminal."));
            files.Write("culture.md", Doc("Дни культуры в Таразе", "2022-09-08", "ru",
                "В Таразе завершились Дни болгарской культуры.\n\n" +
                "В программу фестиваля вошли:\n\n" +
                "выставка болгарской иконописи;\n\n" +
                "концерт ансамбля «Родопи»;\n\n" +
                "показ фильма о Пловдиве.\n\n" +
                "Следующий фестиваль пройдёт в Шымкенте."));
        }
    }

    Answer Ask(string question) => fixture.Answerer.Answer(question, LanguageChooser.Detect(question));

    [Fact]
    public void Every_document_of_a_list_over_paragraphs_is_quoted()
    {
        var answer = Ask("Which documents were exchanged after the port talks in Varna?");
        answer.Text.ShouldContain("ferry connections");
        answer.Text.ShouldContain("customs data");
        answer.Text.ShouldContain("harbour pilots");
        answer.Text.ShouldNotContain("container terminal");
    }

    [Fact]
    public void Every_item_of_a_Russian_list_over_paragraphs_is_quoted()
    {
        var answer = Ask("Что вошло в программу фестиваля болгарской культуры в Таразе?");
        answer.Text.ShouldContain("иконописи");
        answer.Text.ShouldContain("Родопи");
        answer.Text.ShouldContain("фильма о Пловдиве");
        answer.Text.ShouldNotContain("Шымкенте");
    }
}
