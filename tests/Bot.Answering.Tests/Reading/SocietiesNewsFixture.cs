using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>
/// An unseeded store with a sentence telling of two societies, each with its own part, a post naming the other society's
/// chair beside a learned wrestler of her surname, and a translated book with its new title in quotation marks.
/// </summary>
public sealed class SocietiesNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("societies-bg.md", Doc("Българските общности в Карагандинска област", "2025-03-10", "bg",
            "В Караганда работи сдружението „Родина“, ръководено от Мария Колева, а в Темиртау – сдружението „Извор“, което има хор от 25 души."));
        files.Write("izvor-ru.md", Doc("Общество «Извор» отметило юбилей", "2025-04-02", "ru",
            "Корреспондент агентства встретился с председателем болгарского общества «Извор» в Темиртау Еленой Ганевой и расспросил её о подготовке к празднику."));
        files.Write("wrestling-en.md", Doc("Karaganda wrestlers shine in Sofia", "2025-02-14", "en",
            "Bulgarian wrestler Stefan Ganev won gold at the Sofia tournament, and two Kazakh wrestlers took silver."));
        files.Write("book-kk.md", Doc("«Дала әуені» болгар тілінде шықты", "2024-11-05", "kk",
            "Ақын Ерлан Сәрсенбаевтың «Дала әуені» жинағы болгар тіліне аударылып, «Песен на степта» деген атпен жарық көрді.\n\n"
            + "Жинақты қазақ тілінің түпнұсқасынан аударған – аудармашы Донка Митева."));
    }
}
