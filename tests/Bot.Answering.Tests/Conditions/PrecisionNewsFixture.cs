using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Conditions;

/// <summary>
/// Layouts no news item has, each with a line about another agreement, step or thing beside the asked one: an embassy's
/// Telegram post (a memorandum signed today, another treaty's ratification recalled), an FAQ page whose questions head
/// their answers (cultural centres, students, an education agreement whose ratification is not published), a Kazakh
/// chronology page (five Bulgarian cultural centres, Kazakh students in Bulgaria).
/// </summary>
public sealed class PrecisionNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("embassy-telegram-ru.txt", TelegramPost);
        files.Write("faq-education-bg.html", Faq);
        files.Write("chronology-kk.md", Chronology);
    }

    const string TelegramPost = """
Посольство Казахстана в Болгарии | Telegram

🇰🇿🇧🇬 София, 12 марта 2024 г.

⚡️ Сегодня в Софии министры цифрового развития двух стран подписали меморандум о сотрудничестве в сфере цифровизации.

📌 Напомним: договор о взаимной правовой помощи по уголовным делам, подписанный в 2019 году, был ратифицирован Мажилисом 14 апреля 2021 года.

👉 Подписывайтесь на наш канал!
""";

    const string Faq = """
<html><head><title>Често задавани въпроси: образование в Казахстан</title><meta property="article:published_time" content="2024-11-05T10:00:00+02:00"></head>
<body><article><h1>Често задавани въпроси: образование в Казахстан</h1>
<h3>Има ли български културни центрове в Казахстан?</h3>
<p>Да. В Казахстан работят пет български културни центъра – в Павлодар, Караганда, Алмати, Актобе и Астана.</p>
<h3>Колко казахстански студенти учат в България?</h3>
<p>През учебната 2023/2024 година в български университети учат 42 казахстански студенти.</p>
<h3>Кога беше ратифицирано споразумението за образование?</h3>
<p>Споразумението за сътрудничество в образованието беше подписано в Астана на 3 октомври 2017 г. Информация за ратификацията му не е публикувана.</p>
</article></body></html>
""";

    const string Chronology = """
# Қазақстан – Болгария: білім және мәдениет шежіресі

## 2019
- 7 қазан: Болгария вице-президенті Илияна Йотова Павлодарға барды; Қазақстанда бес болгар мәдени орталығы жұмыс істейтіні айтылды.

## 2023
- 15 қыркүйек: Болгарияның жоғары оқу орындарында 38 қазақстандық студент оқуын бастады.
- 3 қараша: Софияда Қазақстан мәдениеті күндері өтті.
""";
}
