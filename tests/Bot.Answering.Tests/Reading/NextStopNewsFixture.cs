using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// Layouts no visit report has: a Telegram post whose bullets send two travellers to two places (Radev from Astana to
/// Tashkent, the prime minister to Brussels) under hashtags naming countries, and a Kazakh chronology of other trips.
/// </summary>
public sealed class NextStopNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("radev-tg-ru.md", Doc("Радев завершил визит в Казахстан", "2025-06-10", "ru",
            "🇧🇬🇰🇿 Президент Болгарии Румен Радев завершил двухдневный визит в Казахстан.\n\n"
            + "▪️ В Акорде подписаны пять документов о сотрудничестве.\n"
            + "▪️ Премьер-министр Болгарии Росен Желязков тем временем вылетел в Брюссель на заседание Европейского совета.\n"
            + "▪️ Из Астаны Радев отправился в Ташкент, где его ждут переговоры с президентом Узбекистана.\n\n"
            + "#визит #Болгария #Казахстан"));
        files.Write("chronology-kk.md", Doc("Сапарлар шежіресі", "2025-06-20", "kk",
            "## 2025 жыл\n\n"
            + "- 9 маусым: Болгария Президенті Румен Радев Астанада Қасым-Жомарт Тоқаевпен келіссөз жүргізді.\n"
            + "- 11 маусым: Болгарияның сыртқы істер министрі Георг Георгиев Анкараға аттанды.\n"
            + "- 14 маусым: Тоқаев Душанбеге жұмыс сапарымен барды."));
    }
}
