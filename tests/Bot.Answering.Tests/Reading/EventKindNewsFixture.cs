using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store where one news item tells of two events in one city: political consultations, and an earlier session of the commission, each with its own head of the Bulgarian delegation.</summary>
public sealed class EventKindNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("consultations.md", Doc("Политические консультации в Астане", "2025-03-15", "ru",
            "Заместитель министра иностранных дел Казахстана Алибек Куанышев и заместитель министра иностранных дел Болгарии Петко Дойков провели политические консультации в Астане 14 марта. "
            + "Стороны призвали возобновить работу межправительственной комиссии, которая последний раз собиралась на пятое заседание в Астане. "
            + "Тогда болгарскую делегацию на заседании возглавлял министр экономики Христо Ангелов."));
    }
}
