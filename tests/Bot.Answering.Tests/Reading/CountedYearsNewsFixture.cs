using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// Items whose second figure is dated only by a number of years counted from the year of the sentence before it
/// ("ten years later", "три години по-късно", "он бір жылдан кейінгі санақта").
/// </summary>
public sealed class CountedYearsNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("pavlodar-ru.md", Doc("Болгары Павлодарской области", "2024-03-01", "ru",
            "По переписи 1989 года в Павлодарской области проживали 3 210 болгар. Спустя десять лет перепись насчитала в области 2 140 болгар."));
        files.Write("burgas-bg.md", Doc("Казахстански студенти в Бургас", "2023-10-05", "bg",
            "През 2016 г. в Бургаския свободен университет учеха 120 студенти от Казахстан. Три години по-късно там учеха 310 студенти от Казахстан."));
        files.Write("film-en.md", Doc("Kazakh film days in Sofia", "2022-11-14", "en",
            "The first Kazakh film days in Sofia, held in 2011, drew 4,000 visitors. Five years later the Kazakh film days drew 9,500 visitors."));
        files.Write("shymkent-kk.md", Doc("Шымкенттегі болгарлар", "2021-08-20", "kk",
            "2005 жылғы санақ бойынша Шымкентте 640 болгар тұрды. Он бір жылдан кейінгі санақта Шымкентте 410 болгар тіркелді."));
    }
}
