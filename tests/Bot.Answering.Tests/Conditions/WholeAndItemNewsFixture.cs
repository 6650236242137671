using Bot.Answering.Tests.Reading;
using Bot.TestKit;

namespace Bot.Answering.Tests.Conditions;

/// <summary>
/// A whole's value beside what it is mostly made of, in layouts no news item has: a Bulgarian trade digest of stories under
/// headings (Kazakhstan's exports "основно суров петрол и алуминий", and another country's imports "основно машини") and a
/// Kazakh year-end note (exports "негізінен мұнай мен алюминий", imports "негізінен дәрі-дәрмектер"). No line states the
/// oil's own value.
/// </summary>
public sealed class WholeAndItemNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("digest-bg.md", Digest);
        files.Write("year-end-kk.txt", YearEnd);
    }

    const string Digest = """
# Търговски бюлетин: седмицата в цифри

_София, 14 февруари 2026_

## Казахстан

Износът на Казахстан за България през 2025 г. достигна 410,5 млн. долара, основно суров петрол и алуминий.

## Турция

Вносът на Турция от България се увеличи до 2,1 млрд. долара, основно машини.
""";

    const string YearEnd = """
Қазақстан мен Болгария арасындағы сауда: 2025 жылдың қорытындысы

Астана, 2026 жылғы 10 ақпан

2025 жылы Қазақстанның Болгарияға экспорты 410,5 млн долларға жетті, оның негізінен мұнай мен алюминий.

Болгариядан импорт 80,2 млн доллар болды, негізінен дәрі-дәрмектер.
""";
}
