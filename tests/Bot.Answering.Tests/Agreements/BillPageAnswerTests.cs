using Bot.TestKit;

namespace Bot.Answering.Tests.Agreements;

/// <summary>
/// A parliament's pages on a bill that ratifies a treaty, read as the fields of that treaty: the bill's card (a status table
/// whose rows are the treaty, the readings and the law or decree the bill became), the committee's report, a note added after
/// the page was published, a fact box beside it on treaties ratified earlier, a box of other bills; a Kazakh news item on
/// the bill. Each step is its own dated event of the one treaty: the law is its ratification, the note its entry into force,
/// the treaty keeps its signing. The bill's own number is no law, another bill's decree and another country's treaty are
/// never given, and a box of other bills is not read at all.
/// </summary>
public sealed class BillPageAnswerTests
{
    // A National Assembly bill card (bg): the treaty signed in Astana in October 2016, the decree of 20 January 2017, a note
    // (updated) that it entered into force on 1 June 2017; a fact box with the 1997 tax convention signed in Almaty; a box of
    // other bills with Georgia's air services agreement and its decree No. 9.
    const string BillCard = """
        <!DOCTYPE html>
        <html lang="bg"><head><meta charset="utf-8">
        <title>Законопроект за ратифициране на Споразумението с Казахстан за международен автомобилен превоз — Народно събрание</title>
        <meta property="article:published_time" content="2017-01-25T09:00:00+02:00">
        </head><body>
        <nav><a href="/">Начало</a> | <a href="/bills">Законопроекти</a> | <a href="/plenary">Пленарни заседания</a></nav>
        <main>
        <h1>Законопроект № 702-02-41 за ратифициране на Споразумението между правителството на Република България и правителството на Република Казахстан за международен автомобилен превоз на пътници и товари</h1>
        <table class="bill-status">
        <tr><th>Вносител</th><td>Министерски съвет</td></tr>
        <tr><th>Ратифициран договор</th><td>Споразумение за международен автомобилен превоз на пътници и товари, подписано на 12 октомври 2016 г. в Астана</td></tr>
        <tr><th>Разпределен на</th><td>Комисия по транспорт, информационни технологии и съобщения</td></tr>
        <tr><th>Първо гласуване</th><td>11.01.2017 — „за“ 142, „против“ 0, „въздържал се“ 3</td></tr>
        <tr><th>Второ гласуване</th><td>18.01.2017 — приет окончателно</td></tr>
        <tr><th>Статус</th><td>Обнародван с Указ № 12 от 20 януари 2017 г.</td></tr>
        </table>
        <h2>Доклад на комисията</h2>
        <p>Комисията отбелязва, че споразумението беше подписано по време на посещението на министъра на транспорта в Астана през октомври 2016 г. То урежда превоза на пътници и товари по шосе между двете страни и транзита през техните територии.</p>
        <p>Бележка (актуализирано): Споразумението влезе в сила на 1 юни 2017 г.</p>
        <aside><h3>Ратифицирани по-рано договори с Казахстан</h3>
        <ul><li>Спогодба за избягване на двойното данъчно облагане по отношение на данъците върху дохода и имуществото (подписана на 13 ноември 1997 г. в Алмати) — ратифицирана със закон, приет на 4 март 1998 г.</li></ul></aside>
        <aside><h3>Други законопроекти</h3><ul><li>Законопроект за ратифициране на Споразумението с Грузия за въздушни съобщения — Указ № 9 от 16.01.2017</li><li>Законопроект за държавния бюджет за 2017 г. — 09.12.2016</li></ul></aside>
        </main>
        <footer>Народно събрание на Република България · © 2017</footer>
        </body></html>
        """;

    // A Kazakh parliament news item: the bill approved, the treaty "жасалған" (concluded) in Sofia; an Uzbek treaty beside it.
    const string KazakhNews = """
        ---
        title: "Мәжіліс Болгариямен азаматтық қорғау саласындағы келісімді ратификациялау туралы заң жобасын мақұлдады"
        date: 2020-01-16
        ---

        Мәжіліс Болгариямен азаматтық қорғау саласындағы келісімді ратификациялау туралы заң жобасын мақұлдады

        Астана, 15 қаңтар. Мәжіліс депутаттары жалпы отырыста Қазақстан Республикасының Үкіметі мен Болгария Республикасының Үкіметі арасындағы азаматтық қорғау саласындағы ынтымақтастық туралы келісімді ратификациялау туралы заң жобасын мақұлдады.

        Келісім 2019 жылғы 14 мамырда Софияда жасалған. Құжат табиғи және техногендік сипаттағы төтенше жағдайлардың алдын алу мен оларды жоюда өзара көмек көрсетуді көздейді.

        Депутаттар сондай-ақ Өзбекстанмен әуе қатынасы туралы келісімді ратификациялау туралы заң жобасын мақұлдады. Ол 2019 жылғы 2 қазанда Ташкентте жасалған.
        """;

    static async Task<TempStore> StoreWith(string name, string text)
    {
        var temp = TempStore.Empty();
        var dir = Directory.CreateTempSubdirectory("bill-page-");
        await File.WriteAllTextAsync(Path.Combine(dir.FullName, name), text);
        await temp.Store.Ingestor.IngestAsync([dir.FullName], CancellationToken.None);
        return temp;
    }

    [Fact]
    public async Task The_act_the_bill_became_names_the_treaty_it_ratifies_never_another_bill_s()
    {
        using var temp = await StoreWith("bill.html", BillCard);
        var answer = temp.Store.Offline.Answer("Which treaty does Decree No. 12 of 20 January 2017 ratify?", "en");
        answer.Text.ShouldContain("автомобилен превоз");
        answer.Text.ShouldNotContain("Грузия");
        answer.Text.ShouldNotContain("двойното");
    }

    [Fact]
    public async Task The_ratification_is_dated_by_the_decree_not_by_the_treaty_signed_earlier_in_the_fact_box()
    {
        using var temp = await StoreWith("bill.html", BillCard);
        var answer = temp.Store.Offline.Answer("Кога е ратифицирано споразумението за международен автомобилен превоз?", "bg");
        answer.Text.ShouldStartWith("20 януари 2017");
        answer.Text.ShouldNotContain("1998");
        answer.Text.ShouldNotContain("16.01");
    }

    [Fact]
    public async Task A_note_added_after_the_page_dates_the_entry_into_force_as_done()
    {
        using var temp = await StoreWith("bill.html", BillCard);
        var answer = temp.Store.Offline.Answer("When did the Kazakhstan–Bulgaria road transport agreement enter into force?", "en");
        answer.Text.ShouldStartWith("1 June 2017");
        answer.Text.ShouldNotContain("January");
    }

    [Theory]
    [InlineData("В каком городе была подписана конвенция об избежании двойного налогообложения?", "ru", "Алмат", "Астан")]
    [InlineData("Автомобиль көлігі туралы келісімге қашан және қайда қол қойылды?", "kk", "2016 жылғы 12 қазан", "1997")]
    public async Task Each_treaty_of_the_page_keeps_its_own_signing(string question, string lang, string expected, string other)
    {
        using var temp = await StoreWith("bill.html", BillCard);
        var answer = temp.Store.Offline.Answer(question, lang);
        answer.Text.ShouldContain(expected);
        answer.Text.ShouldNotContain(other);
    }

    [Fact]
    public async Task A_box_of_other_bills_is_not_read_as_the_page_s_facts()
    {
        using var temp = await StoreWith("bill.html", BillCard);
        var answer = temp.Store.Offline.Answer("When was the air services agreement with Georgia ratified?", "en");
        answer.Text.ShouldNotContain("16 January");
        answer.Text.ShouldNotContain("20 January");
        answer.Text.ShouldNotContain("12 October");
    }

    [Theory]
    [InlineData("Когда и где было подписано соглашение с Болгарией о сотрудничестве в области гражданской защиты?", "ru", "14 мая 2019")]
    [InlineData("Where was the civil protection agreement between Kazakhstan and Bulgaria signed?", "en", "Sofia")]
    public async Task A_kazakh_item_s_concluded_treaty_is_signed_where_and_when_it_says(string question, string lang, string expected)
    {
        using var temp = await StoreWith("mazhilis.md", KazakhNews);
        var answer = temp.Store.Offline.Answer(question, lang);
        answer.Text.ShouldContain(expected);
        answer.Text.ShouldNotContain("Ташкент");
        answer.Text.ShouldNotContain("Tashkent");
    }
}
