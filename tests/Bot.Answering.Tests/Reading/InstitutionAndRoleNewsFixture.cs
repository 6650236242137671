using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store whose items name an institution in its Kazakh spelling and a post in English, and a speaker by the Kazakh words for speaking.</summary>
public sealed class InstitutionAndRoleNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("post-kk.md", Doc("Қазпошта Шымкентте жаңа орталық ашты", "2024-03-05", "kk",
            "«Қазпошта» акционерлік қоғамы Шымкентте жаңа логистикалық орталық ашты. Орталық күніне 40 мың сәлемдеме өңдейді."));
        files.Write("carpets-en.md", Doc("Exhibition of Kazakh carpets opens in Plovdiv", "2021-05-14", "en",
            "An exhibition of Kazakh carpets opened in Plovdiv on Thursday. The exhibition was opened by Kazakhstan's chargé d'affaires in Bulgaria, Aidar Nurlanov."));
        files.Write("evening-kk.md", Doc("Шымкентте болгар мәдениеті кеші өтті", "2022-11-18", "kk",
            "Кеше Шымкентте болгар мәдениеті кеші өтті. Кеште Болгария елшісінің орынбасары Стефан Петров сөз сөйледі."));
    }
}
