using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store with an education agreement that entered into force and an air services agreement that was only initialled.</summary>
public sealed class AgreementFieldNewsFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("education-en.md", Doc("Kazakhstan and Bulgaria sign education agreement", "2015-05-20", "en",
            "The ministers of education of Kazakhstan and Bulgaria signed an agreement on cooperation in education and science in Astana on 19 May 2015. "
            + "The agreement entered into force on 3 February 2016."));
        files.Write("flights-en.md", Doc("Direct flights between Astana and Sofia discussed", "2017-10-25", "en",
            "The air services agreement between Kazakhstan and Bulgaria was initialled in Sofia in October 2017; it has not entered into force yet. "
            + "Airlines of both countries are studying demand for a direct route."));
        files.Write("twinning-en.md", Doc("Varna and Aktau become twin cities", "2024-03-12", "en",
            "The mayor of Varna Blagomir Kotsev and the akim of Aktau Nurlan Rakhimov signed a memorandum on twinning in Varna on 11 March 2024."));
        files.Write("tax-en.md", Doc("Tax convention signed", "1997-11-14", "en",
            "Kazakhstan and Bulgaria signed a convention on the avoidance of double taxation in Almaty on 13 November 1997."));
        files.Write("railway-en.md", Doc("Railway memorandum signed", "2022-09-15", "en",
            "The transport ministries of Kazakhstan and Bulgaria signed a memorandum on cooperation in railway transport in Astana on 14 September 2022."));
        files.Write("fair-ru.md", Doc("Ярмарка в Астане", "2023-05-02", "ru",
            "В Астане открылась ярмарка болгарских вин. В ней приняли участие сорок производителей."));
    }
}
