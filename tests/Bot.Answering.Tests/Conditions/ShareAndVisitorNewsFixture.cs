using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Conditions;

/// <summary>
/// Layouts no news item has, each stating one side's number beside the total, or a visit beside the one who invited it:
/// a Kazakh briefing transcript (4 flights a week for each side, 8 in all both ways, and another country's 20), an HTML
/// programme page as a definition list (the Bulgarian president's visit at the Kazakh president's invitation, and an
/// invitation the other way with no dates), an embassy's Telegram post in Russian telling both, and a Bulgarian chronicle of a visit already made.
/// </summary>
public sealed class ShareAndVisitorNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("briefing-kk.txt", Briefing);
        files.Write("programme-en.html", Programme);
        files.Write("telegram-ru.txt", TelegramPost);
        files.Write("chronicle-bg.txt", Chronicle);
    }

    const string Chronicle = """
Хроника на посещенията

София, 20 март 2026

Президентът на Казахстан Касъм-Жомарт Токаев посети България на 3 октомври 2025 г.
""";

    const string Briefing = """
Қазақстан Сыртқы істер министрлігінің ресми өкілінің брифингі

Астана, 2026 жылғы 3 наурыз

Тілші: Болгариямен тікелей әуе қатынасы қашан ашылады?

Ресми өкіл: Әуе билігі арасындағы қолданыстағы меморандум бойынша әр тараптың тағайындалған әуе компаниялары аптасына 4 рейске дейін орындай алады, яғни екі бағытта барлығы аптасына 8 рейс.

Тілші: Өзбекстанмен қатынас туралы не айтасыз?

Ресми өкіл: Өзбекстанмен келісім бойынша аптасына 20 рейс орындалады.
""";

    const string Programme = """
<html><head><title>Programme of the official visit</title><meta property="article:published_time" content="2026-04-20T09:00:00+05:00"></head>
<body><article><h1>Programme of the official visit of the President of Bulgaria to Kazakhstan</h1>
<dl>
<dt>Visit</dt><dd>At the invitation of President Kassym-Jomart Tokayev, President of Bulgaria Rumen Radev will pay an official visit to Kazakhstan on 14–15 May 2026.</dd>
<dt>Talks</dt><dd>The presidents will hold talks in the Akorda on 14 May 2026.</dd>
<dt>Return visit</dt><dd>President Radev invited President Tokayev to visit Bulgaria; the dates will be agreed through diplomatic channels.</dd>
</dl>
</article></body></html>
""";

    const string TelegramPost = """
Посольство Болгарии в Казахстане | Telegram

20.04.2026

📌 По приглашению Президента Касым-Жомарта Токаева 14–15 мая Президент Болгарии Румен Радев посетит Казахстан с официальным визитом.

✈️ Напомним: меморандум между авиационными властями разрешает перевозчикам каждой стороны до 4 рейсов в неделю, то есть в общей сложности 8 рейсов в неделю.

👉 Подписывайтесь на наш канал!
""";
}
