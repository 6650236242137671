using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>News items that state lengths, durations, tonnages and census rows, written for <see cref="QuantityAnswerTests"/>.</summary>
public sealed class QuantityNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("railway.md", Doc("Новая железная дорога", "2023-09-10", "ru",
            "Новая железная дорога Достык — Мойынты протяжённостью 836 км будет сдана в 2025 году. Стоимость проекта оценивается в 1,2 млрд долларов."));
        files.Write("visit.md", Doc("Minister in Sofia", "2024-04-02", "en",
            "The Kazakh energy minister arrived in Sofia on a three-day visit. He met the speaker of parliament."));
        files.Write("route.md", Doc("Каспий бағыты", "2025-03-01", "kk",
            "Каспий бағыты бойынша жүк тасымалы 2024 жылы 3,8 млн тоннаға жетті. Бағыттағы сауда көлемі 2024 жылы 120 млн долларды құрады."));
        files.Write("census.md", Doc("Българите в областта", "2020-01-10", "bg",
            "Броят на българите в Карагандинска област според преброяванията:\n- 2001 г. — 2 340 души\n- 2011 г. — 1 980 души"));
    }
}
