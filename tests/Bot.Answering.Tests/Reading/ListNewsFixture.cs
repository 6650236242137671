using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store with news items that state a list over two sentences.</summary>
public sealed class ListNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("rail.md", "---\ntitle: \"Rail operators meet in Ruse\"\ndate: 2026-03-02\nlang: en\n---\n\n"
            + "Rail operators of the two countries met in Ruse on Monday.\n\n"
            + "The operators plan to launch three services next year:\n\n"
            + "1. a weekly container train from Dostyk to Ruse;\n2. a ferry link for wagons across the Black Sea;\n3. a joint booking office in Almaty.\n");
        files.Write("speaker.md", Doc("Parliamentary ties", "2017-02-01", "en",
            "Parliamentary ties grew last year. From 3 to 5 May 2016 the Speaker of the Bulgarian parliament, Maria Dobreva, was in Kazakhstan on an official visit. "
            + "She met the Senate Chairman and the Foreign Minister. Three documents came out of the trip: a memorandum on parliamentary exchanges, a youth "
            + "exchange programme and a cooperation agreement in the field of archives."));
        files.Write("farming.md", Doc("Farm ministers meet", "2026-10-14", "en",
            "The ministers of agriculture of Bulgaria and Kazakhstan met in Astana and agreed on three priorities for 2027. "
            + "The priorities are grain logistics through the Middle Corridor, joint wine production and exchanges of veterinary students."));
        files.Write("goods.md", Doc("Екі ел саудасы", "2024-05-20", "kk",
            "Былтыр Қазақстанның Болгарияға экспорты 120 млн долларға жетті, оның басым бөлігі мыс. Екі жақты саудада жүн, шарап пен жеміс сияқты тауарлар да бар."));
    }
}
