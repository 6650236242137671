using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store with items stating both the value of Kazakh exports and the goods they were.</summary>
public sealed class GoodsNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("exports-bg.md", Doc("Износът расте", "2024-02-20", "bg",
            "През 2023 г. износът на Казахстан за България възлиза на 120 млн. долара. Основните стоки в износа бяха петрол, феросплави и зърно."));
        files.Write("exports-kk.md", Doc("Экспорт өсті", "2024-02-21", "kk",
            "2023 жылы Қазақстанның Болгарияға экспорты 120 млн долларды құрады. Экспорттың негізгі бөлігін мұнай құрады, сондай-ақ ферроқорытпалар мен астық жеткізілді."));
    }
}
