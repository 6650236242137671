using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// A page whose source wraps its paragraphs at a fixed width (a CMS export, a hand-written city hall page) is read as a
/// browser shows it: a line break inside a paragraph is a space, so a sentence broken across source lines ("… Ғабит
/// Сыздықбеков пен Пловдив қаласының мэрі⏎Костадин Димитров қол қойды.") is one sentence, and each paragraph one.
/// </summary>
public sealed class WrappedHtmlParagraphTests
{
    const string Kazakh = """
        <html lang="kk"><head><title>Ақтау мен Бургас бауырлас қала атанды</title></head><body>
        <nav><a href="/">Басты бет</a> <a href="/news">Жаңалықтар</a></nav>
        <article>
          <h1>Ақтау мен Бургас бауырлас қала атанды</h1>
          <time datetime="2025-03-14">14 наурыз 2025</time>
          <p>Бүгін Бургаста Ақтау қаласы мен Болгарияның Бургас қаласы арасында бауырлас қалалық
            қатынастар орнату туралы меморандумға қол қойылды. Құжатқа Ақтау қаласының әкімі Ерлан
            Мұқашев пен Бургас қаласының мэрі Димитър Николов қол қойды.</p>
          <p>Тараптар теңіз көлігі, туризм және білім беру салаларында тәжірибе алмасады. Мамыр айында
            Ақтауға бургастық кәсіпкерлер делегациясы келеді деп күтілуде.</p>
        </article>
        <footer>© 2025 Ақтау қаласының әкімдігі</footer>
        </body></html>
        """;

    const string Bulgarian = """
        <html lang="bg"><head><title>Актау и Бургас вече са побратимени градове</title></head><body>
        <div class="content">
          <h1>Актау и Бургас вече са побратимени градове</h1>
          <p class="date">14.03.2025</p>
          <p>Днес в Бургас беше подписан меморандум за побратимяване между Бургас и казахстанския
             град Актау. Документа подписаха кметът Димитър Николов и
             акимът на Актау Ерлан Мукашев.<br>Церемонията се състоя в сградата на общината.</p>
          <p>През септември 2019 г. тогавашният аким Серик Жолдасов посети Бургас и се срещна
             с тогавашния заместник-кмет Петър Стоянов.</p>
          <p>Според общинския съвет сътрудничеството ще обхване морския транспорт, туризма, образованието
             и културата, а през май в Актау се очаква делегация на бургаски предприемачи и представители
             на пристанището, които ще обсъдят нови линии през Каспийско и Черно море.</p>
        </div>
        </body></html>
        """;

    [Fact]
    public void A_paragraph_wrapped_in_the_source_is_one_paragraph_with_its_sentences_whole()
    {
        var doc = HtmlReader.Read("file:/aktau-burgas-kk.html", null, Kazakh);

        doc.Paragraphs.ShouldContain(p => p.Contains("Құжатқа Ақтау қаласының әкімі Ерлан Мұқашев пен Бургас қаласының мэрі Димитър Николов қол қойды.", StringComparison.Ordinal));
        doc.Paragraphs.ShouldContain(p => p.StartsWith("Тараптар теңіз көлігі", StringComparison.Ordinal) && p.EndsWith("деп күтілуде.", StringComparison.Ordinal));
        doc.Paragraphs.ShouldNotContain(p => p.Contains('\n'));
    }

    [Fact]
    public void A_line_break_element_still_parts_lines_where_source_breaks_do_not()
    {
        var doc = HtmlReader.Read("file:/aktau-burgas-bg.html", null, Bulgarian);

        doc.Paragraphs.ShouldContain("Днес в Бургас беше подписан меморандум за побратимяване между Бургас и казахстанския град Актау. Документа подписаха кметът Димитър Николов и акимът на Актау Ерлан Мукашев.");
        doc.Paragraphs.ShouldContain("Церемонията се състоя в сградата на общината.");
        doc.Paragraphs.ShouldContain("През септември 2019 г. тогавашният аким Серик Жолдасов посети Бургас и се срещна с тогавашния заместник-кмет Петър Стоянов.");
    }
}
